import { agreementSchema, formatYuan } from '@shangan/core';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { showYuan } from '../../ui/format';
import type { EnteredDebt } from './debt-json';
import { overviewMessages } from './messages';

/**
 * Once an agreement is signed, it is what the person pays: its total, instalments and what was
 * waived come first on the debt's card, above the lender's claim and the legal figures.
 */
export function AgreedHeadline({ entered }: { entered: EnteredDebt | undefined }) {
  const text = useMessages(overviewMessages);
  const { locale } = useLocale();
  const parsed = entered?.agreement === undefined ? undefined : agreementSchema.safeParse(entered.agreement);
  if (!parsed?.success) return null;
  const agreement = parsed.data;
  const first = agreement.instalments[0]?.dueOn ?? '';
  const last = agreement.instalments.at(-1)?.dueOn ?? '';
  const waived = agreement.terms.waived;
  return (
    <div class="notice notice-ok" data-figure="agreed-headline">
      <p>
        <strong>
          {text.agreedHeadline(
            showYuan(formatYuan(agreement.total), locale),
            agreement.instalments.length,
            first,
            last,
          )}
        </strong>
        {waived !== undefined && waived > 0 && ` ${text.agreedWaived(showYuan(formatYuan(waived), locale))}`}
      </p>
      <p class="no-print">
        <a href={hrefTo('/progress')}>{text.agreedProgressLink}</a>
      </p>
    </div>
  );
}
