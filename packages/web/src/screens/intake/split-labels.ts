import type { SplitPart } from './debt-draft';
import type { Localized } from './question-data';

/** The parts of a card balance as a statement names them (claimed.split). */
export const SPLIT_LABELS: Record<SplitPart, Localized> = {
  principal: { zh: '本金', en: 'Principal' },
  interest: { zh: '利息', en: 'Interest' },
  lateFees: { zh: '违约金（罚息）', en: 'Late fees (违约金)' },
  instalmentFees: { zh: '分期手续费', en: 'Instalment fees' },
  annualFees: { zh: '年费', en: 'Annual fee' },
  other: { zh: '其他费用', en: 'Other charges' },
};
