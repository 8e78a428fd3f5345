import { useId } from 'preact/hooks';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { showYuan } from '../../ui/format';
import { planMessages } from './messages';
import type { StrategyJson } from './strategy-facts';

type ProposalJson = StrategyJson['proposals'][number];

const FIGURES = ['opening', 'target', 'ceiling'] as const;

/** One creditor's offer: the proposal type, opening, target and ceiling each with its reason, and the payments. */
export function OfferCard({ proposal, lender }: { proposal: ProposalJson; lender: string }) {
  const text = useMessages(planMessages);
  const { locale } = useLocale();
  const id = useId();
  return (
    <article class="card plan-offer" aria-labelledby={id}>
      <h3 id={id}>{lender}</h3>
      <p>
        <span class="badge">{proposal.typeLabel}</span>
      </p>
      <dl class="plan-figures">
        {FIGURES.map((figure) => (
          <div key={figure} class="plan-figure">
            <dt>{text[figure]}</dt>
            <dd>
              <span class="figure" data-figure={`offer-${figure}`}>
                {showYuan(proposal[figure], locale)}
              </span>
              <p class="hint">{proposal.rationale[figure]}</p>
            </dd>
          </div>
        ))}
      </dl>
      <PaymentLine proposal={proposal} />
    </article>
  );
}

function PaymentLine({ proposal }: { proposal: ProposalJson }) {
  const text = useMessages(planMessages);
  const { locale } = useLocale();
  if (proposal.periods === 0 || proposal.firstDate === null || proposal.lastDate === null) return null;
  const amounts =
    proposal.periods === 1
      ? text.oneOff(showYuan(proposal.target, locale))
      : text.schedule(showYuan(proposal.monthly, locale), proposal.periods);
  return (
    <p class="plan-payments">
      <span data-figure="offer-payments">{amounts}</span>
      <span class="muted">
        {' · '}
        <span class="plan-dates">{text.dates(proposal.firstDate, proposal.lastDate)}</span>
      </span>
    </p>
  );
}
