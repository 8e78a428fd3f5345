import { CHANNEL_LABELS } from '@shangan/core';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { showYuan } from '../../ui/format';
import type { CaseDebt } from './case-api';
import { showLocalMinute } from './local-time';
import { negotiatePath } from './negotiate-route';
import { offerMessages } from './offer-messages';

type RecordedOffer = NonNullable<CaseDebt['offers']>[number];

/** Money as the case file holds it (a decimal string or a number), shown in yuan. */
function moneyText(amount: string | number, locale: 'zh' | 'en'): string {
  return showYuan(typeof amount === 'number' ? amount.toFixed(2) : amount, locale);
}

/**
 * The offers recorded on a debt, newest first: who made it, when and through whom (channel, 工号,
 * name, with a link to the contact of the log it was made in), its figures and where it stands.
 */
export function OfferList({ debt }: { debt: CaseDebt }) {
  const text = useMessages(offerMessages);
  const { locale } = useLocale();
  const offers = [...(debt.offers ?? [])].reverse();
  return (
    <section class="card" aria-labelledby="offer-list">
      <h2 id="offer-list">{text.listTitle}</h2>
      {offers.length === 0 ? (
        <p class="muted">{text.listEmpty}</p>
      ) : (
        <ul>
          {offers.map((offer, index) => (
            <li key={`${offer.date}-${index}`}>
              <OfferLine offer={offer} debtId={debt.id} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OfferLine({ offer, debtId, locale }: { offer: RecordedOffer; debtId: string; locale: 'zh' | 'en' }) {
  const text = useMessages(offerMessages);
  const via = offer.via;
  const figures = [
    offer.total === undefined ? undefined : text.listTotal(moneyText(offer.total, locale)),
    offer.periods === undefined ? undefined : text.listPeriods(offer.periods),
  ];
  const who = [
    via?.channel === undefined ? undefined : CHANNEL_LABELS[locale][via.channel],
    via?.staffId === undefined ? undefined : text.listStaff(via.staffId),
    via?.counterpartName,
  ];
  const parts = [offer.date, text.listBy[offer.by], text.listKind[offer.kind], ...figures, ...who];
  return (
    <>
      {parts.filter((part) => part !== undefined).join(' · ')}{' '}
      <span class="badge">{text.listState[offer.state ?? 'open']}</span>
      {via?.contactAt !== undefined && (
        <>
          {' '}
          <a href={hrefTo(negotiatePath(debtId, 'log'))}>
            {text.listContact(showLocalMinute(via.contactAt))}
          </a>
        </>
      )}
    </>
  );
}
