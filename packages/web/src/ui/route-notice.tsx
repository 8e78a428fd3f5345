import type { PlanRoute } from '@shangan/core';
import { defineMessages, useMessages } from '../i18n/messages';

export const routeMessages = defineMessages({
  zh: {
    limitation_defence:
      '这笔债可能已经过了诉讼时效。先不要打电话协商、不要还款、不要答应分期或签字确认欠款：这些都可能让时效重新计算或让你失去时效抗辩。法院不会主动替你提出时效，要你自己书面提出。拿不准可以先拨打 12348 法律援助热线。',
    unlicensed:
      '对方可能没有放贷资质。不要和对方协商，也不要转账到对方给的个人账户。保存借款记录、转账记录和催收的截图、录音，向公安机关（110）报案，并向当地的地方金融管理局反映。',
  },
  en: {
    limitation_defence:
      'Limitation may have run on this debt. Do not call to negotiate, pay, agree to instalments or sign anything acknowledging it for now: any of these may restart limitation or cost you the defence. A court will not raise it for you; you must raise it in writing. If unsure, call the 12348 legal-aid line first.',
    unlicensed:
      'The lender may have no licence to lend. Do not negotiate with it and do not transfer money to a private account it gives you. Keep the loan records, transfers and screenshots or recordings of the collection, report it to the police (110) and tell the local financial regulator (地方金融管理局).',
  },
});

/**
 * What to do instead of negotiating, for a debt whose route is not negotiation: said before any
 * script, letter or move towards the lender. Nothing for a debt to negotiate.
 */
export function RouteNotice({ route }: { route: PlanRoute | undefined }) {
  const text = useMessages(routeMessages);
  if (route === undefined || route === 'negotiate') return null;
  return (
    <p class="notice notice-warn" data-route={route}>
      {text[route]}
    </p>
  );
}
