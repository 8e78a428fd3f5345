import type { InstalmentState } from '../progress/agreement-progress.js';
import type { DebtProgressState } from '../progress/case-progress.js';
import type { Labels } from './labels.js';

export const DEBT_PROGRESS_LABELS: Labels<DebtProgressState> = {
  zh: {
    settled: '已按协议还清',
    on_track: '按协议还款中',
    behind: '协议有一期没按时还',
    no_agreement: '还没有书面协议',
    not_to_pay: '方案里不安排还款',
  },
  en: {
    settled: 'paid off under the agreement',
    on_track: 'paying as agreed',
    behind: 'an instalment was missed or late',
    no_agreement: 'no written agreement yet',
    not_to_pay: 'nothing to pay in the plan',
  },
};

export const INSTALMENT_STATE_LABELS: Labels<InstalmentState> = {
  zh: { paid: '已还', paid_late: '逾期后补还', part_paid: '部分已还', missed: '未按时还', due: '未到期' },
  en: { paid: 'paid', paid_late: 'paid late', part_paid: 'part paid', missed: 'missed', due: 'not yet due' },
};

/**
 * Shown on a debt that is behind. Practice, not law: most agreements end on a second default and
 * the lender may then claim the original debt with its penalties — the agreement's own terms decide.
 */
export const BEHIND_WARNING: Record<'zh' | 'en', string> = {
  zh: '很多协议规定：再有一期没按时还，协议就失效，对方可以按原来的全部欠款（含罚息）主张。请马上联系对方说明情况，并以协议里的条款为准。',
  en: 'Many agreements say that one more missed instalment ends the agreement and revives the original debt with its penalties. Contact the lender now to explain, and check what your agreement says.',
};
