import type { PlanReportJson, StrategyName } from '@shangan/core';
import { useId } from 'preact/hooks';
import { useMessages } from '../../i18n/messages';
import { AlternativeList } from './alternative-list';
import { planMessages } from './messages';
import { OfferCard } from './offer-card';

interface OfferSectionProps {
  report: PlanReportJson;
  chosen: StrategyName;
  onChoose: (name: StrategyName) => void;
  lenderOf: (debtId: string) => string;
}

/**
 * The chosen strategy's offer to every creditor; when it does not work, a calm word and the
 * alternatives instead (never offers that cannot be kept).
 */
export function OfferSection({ report, chosen, onChoose, lenderOf }: OfferSectionProps) {
  const text = useMessages(planMessages);
  const selectId = useId();
  const strategy = report.strategies.find((item) => item.name === chosen);
  const noneWorks = report.strategies.every((item) => !item.feasible);
  return (
    <section aria-labelledby="plan-offers">
      <h2 id="plan-offers">{text.offersHeading}</h2>
      <div class="field plan-choose">
        <label for={selectId}>{text.chooseStrategy}</label>
        <select
          id={selectId}
          value={chosen}
          onChange={(event) => {
            const picked = report.strategies.find((item) => item.name === event.currentTarget.value);
            if (picked) onChoose(picked.name);
          }}
        >
          {report.strategies.map((item) => (
            <option key={item.name} value={item.name}>
              {item.feasible ? item.label : text.notWorking(item.label)}
            </option>
          ))}
        </select>
      </div>
      {strategy?.feasible ? (
        <>
          <p class="muted">{text.offersIntro}</p>
          <div class="plan-offers">
            {strategy.proposals.map((proposal) => (
              <OfferCard key={proposal.debtId} proposal={proposal} lender={lenderOf(proposal.debtId)} />
            ))}
          </div>
        </>
      ) : (
        <>
          <p class="notice">{noneWorks ? text.noPlanAll : text.noPlanOne}</p>
          <AlternativeList alternatives={report.alternatives} />
        </>
      )}
    </section>
  );
}
