/** The sample case is an ordinary case with this title: the start screen finds it again by it. */
export const SAMPLE_TITLE = '示例案件';
