import {
  type CaseFileInput,
  createLprTable,
  formatMoney,
  type LprTable,
  orderDebtIds,
  type PlanReportJson,
  quotationFromUser,
  type StrategyName,
  yuan,
} from '@shangan/core';
import { useMemo, useState } from 'preact/hooks';
import { ApiFailure, api, expectOk } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { useCurrentCase } from '../../case/current-case';
import { type Locale, useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { CapacitySliders } from './capacity-sliders';
import { CustomOrder, type OrderSaveState } from './custom-order';
import { type PlanText, planMessages } from './messages';
import { OfferSection } from './offer-section';
import { PrioritySection } from './priority-section';
import { sliderRanges } from './slider-bounds';
import { StrategyCard } from './strategy-card';
import { defaultStrategy, monthlyGap, neededTotal } from './strategy-facts';
import { useWhatIf } from './use-what-if';
import './plan.css';

/**
 * `#/plan`: the plan on the budget's figures comes from the server (`GET …/plan`), the what-if
 * from the same core in the browser (`planInBrowser`). Both are the `planReportJson` shape, and
 * everything below renders from that shape only, so the two can never be drawn differently.
 */
export default function PlanScreen() {
  const text = useMessages(planMessages);
  const { locale } = useLocale();
  const current = useCurrentCase();
  const caseId = current.caseId;
  const budgetPlan = useResource(
    caseId === undefined
      ? null
      : () => expectOk(api.cases[':caseId'].plan.$get({ param: { caseId }, query: { lang: locale } })),
    [caseId, locale, current.version],
  );
  // The quotations the server adds to the built-in table for this case, for the what-if.
  const caseLpr = useResource(
    caseId === undefined ? null : () => expectOk(api.cases[':caseId'].lpr.$get({ param: { caseId } })),
    [caseId],
  );
  const own = caseLpr.data?.own;
  const lpr = useMemo(() => own && createLprTable(own.map(quotationFromUser)), [own]);
  const failure = budgetPlan.error ?? caseLpr.error;
  return (
    <div class="plan">
      <h1>{text.title}</h1>
      <p class="muted">{text.intro}</p>
      {failure ? (
        <ErrorNotice
          error={failure}
          onRetry={() => {
            budgetPlan.reload();
            caseLpr.reload();
          }}
        />
      ) : budgetPlan.data === undefined || current.caseFile === undefined || lpr === undefined ? (
        <Loading label={text.loading} />
      ) : (
        <PlanView budgetPlan={budgetPlan.data} caseFile={current.caseFile} lpr={lpr} />
      )}
    </div>
  );
}

function PlanView({
  budgetPlan,
  caseFile,
  lpr,
}: {
  budgetPlan: PlanReportJson;
  caseFile: CaseFileInput;
  lpr: LprTable;
}) {
  const text = useMessages(planMessages);
  const { locale } = useLocale();
  const current = useCurrentCase();
  const savedOrder = useMemo(
    () =>
      orderDebtIds(
        caseFile.debts.map((debt) => debt.id),
        caseFile.plan?.order ?? [],
      ),
    [caseFile],
  );
  // The order being tried, null while it is the stored one.
  const [orderDraft, setOrderDraft] = useState<string[] | null>(null);
  const [orderState, setOrderState] = useState<OrderSaveState>({ kind: 'idle' });
  const whatIf = useWhatIf(caseFile, locale, orderDraft, lpr);
  const [chosen, setChosen] = useState<StrategyName | null>(null);
  const report = whatIf.result?.ok ? whatIf.result.value : budgetPlan;
  const budget = { monthly: yuan(budgetPlan.capacity.monthly), lumpSum: yuan(budgetPlan.capacity.lumpSum) };
  const ranges = useMemo(() => sliderRanges(budgetPlan), [budgetPlan]);
  const lenders = useMemo(() => new Map(caseFile.debts.map((debt) => [debt.id, debt.lender])), [caseFile]);
  const lenderOf = (debtId: string) => lenders.get(debtId) ?? debtId;
  const shown = chosen ?? defaultStrategy(report);
  const scale = {
    months: Math.max(0, ...report.strategies.map((strategy) => strategy.months)),
    total: Math.max(0, ...report.strategies.filter((s) => s.feasible).map(neededTotal)),
  };
  if (whatIf.result?.ok === false) {
    const error = new ApiFailure(400, 'invalid_input', text.caseInvalid, whatIf.result.issues);
    return (
      <ErrorNotice
        error={error}
        onRetry={() => {
          whatIf.setAmounts(null);
          setOrderDraft(null);
        }}
      />
    );
  }
  const changeOrder = (order: string[]) => {
    setOrderDraft(order.join() === savedOrder.join() ? null : order);
    setOrderState({ kind: 'idle' });
    // The offers below follow the order being arranged.
    setChosen('custom');
  };
  const saveOrder = async () => {
    if (orderDraft === null) return;
    const order = orderDraft;
    setOrderState({ kind: 'saving' });
    try {
      await current.save((stored) => ({ ...stored, plan: { ...stored.plan, order } }));
      setOrderDraft(null);
      setOrderState({ kind: 'saved' });
    } catch (error) {
      setOrderState({ kind: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
    }
  };
  return (
    <>
      <BudgetNotes report={budgetPlan} hasBudget={caseFile.budget !== undefined} />
      <PrioritySection priority={report.priority} />
      <CapacitySliders
        budget={budget}
        ranges={ranges}
        amounts={whatIf.amounts}
        onChange={whatIf.setAmounts}
        summary={summaryOf(report, shown, text, locale)}
      />
      <section aria-labelledby="plan-strategies">
        <h2 id="plan-strategies">{text.strategiesHeading}</h2>
        <p class="muted">{text.strategiesIntro}</p>
        <div class="plan-strategies">
          {report.strategies.map((strategy) => (
            <StrategyCard
              key={strategy.name}
              strategy={strategy}
              recommended={strategy.name === 'pro_rata'}
              selected={strategy.name === shown}
              lenderOf={lenderOf}
              scale={scale}
            />
          ))}
        </div>
      </section>
      {caseFile.debts.length > 1 && (
        <CustomOrder
          order={orderDraft ?? savedOrder}
          lenderOf={lenderOf}
          changed={orderDraft !== null}
          state={orderState}
          onChange={changeOrder}
          onSave={saveOrder}
          onReset={() => {
            setOrderDraft(null);
            setOrderState({ kind: 'idle' });
          }}
        />
      )}
      <OfferSection report={report} chosen={shown} onChoose={setChosen} lenderOf={lenderOf} />
      <section class="notice" aria-labelledby="plan-proposal">
        <h2 id="plan-proposal">{text.proposalHeading}</h2>
        <p>{report.assumption}</p>
      </section>
      <section aria-labelledby="plan-next" class="no-print">
        <h2 id="plan-next">{text.nextHeading}</h2>
        <div class="actions">
          <a class="button" href={hrefTo('/negotiate')}>
            {text.negotiate}
          </a>
          <a class="button button-secondary" href={hrefTo('/documents')}>
            {text.documents}
          </a>
        </div>
      </section>
    </>
  );
}

/** No budget yet, or a budget that does not cover essentials: said before any plan. */
function BudgetNotes({ report, hasBudget }: { report: PlanReportJson; hasBudget: boolean }) {
  const text = useMessages(planMessages);
  const { locale } = useLocale();
  const shortfall = yuan(report.capacity.shortfall);
  if (hasBudget && shortfall === 0) return null;
  return (
    <p class="notice notice-warn">
      {hasBudget ? text.budgetShortfall(formatMoney(shortfall, locale)) : text.noBudget}{' '}
      <a href={hrefTo('/budget')}>{text.editBudget}</a>
    </p>
  );
}

/** The sentence the live region announces: the shown strategy's months to debt-free, or its gap. */
function summaryOf(report: PlanReportJson, name: StrategyName, text: PlanText, locale: Locale): string {
  const strategy = report.strategies.find((item) => item.name === name);
  if (strategy === undefined) return '';
  const gap = monthlyGap(strategy);
  if (gap !== null) return text.announceInfeasible(strategy.label, formatMoney(gap, locale));
  if (strategy.months === 0) return text.announceNothingDue(strategy.label);
  return text.announceFeasible(
    strategy.label,
    strategy.months,
    formatMoney(yuan(strategy.totalPaid), locale),
  );
}
