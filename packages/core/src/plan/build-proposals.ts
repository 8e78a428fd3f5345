import type { CalendarDate } from '../dates/calendar-date.js';
import { allocate } from '../money/allocate.js';
import { type Fen, fen } from '../money/fen.js';
import { roundToFen } from '../money/rounding.js';
import type { PlanDebt } from './plan-debt.js';
import { type FigureReason, MAX_PLAN_MONTHS, type PlanMonth, type Proposal } from './plan-types.js';
import { chooseProposalType } from './proposal-type.js';
import type { Simulation } from './simulate-strategy.js';
import type { StrategyRules } from './strategy-rules.js';

/**
 * A one-off settlement opens at 80 % of the amount aimed for: room to move up in two or three
 * steps during the calls. This is negotiation practice, not a legal figure, and is labelled so.
 */
export const SETTLEMENT_OPENING_SHARE = 0.8;

export interface ProposalContext {
  debts: readonly PlanDebt[];
  rules: StrategyRules;
  simulation: Simulation;
  months: readonly PlanMonth[];
  capacity: Fen;
  lumpSum: Fen;
  /** What each debt's commitment pays in all (0 for a debt the strategy shares to). */
  committed: readonly Fen[];
}

/** Opening, target and ceiling for every debt of a feasible strategy, each with its reason. */
export function buildProposals(context: ProposalContext): Proposal[] {
  const { debts, rules, simulation, months } = context;
  const slack = totalSlack(context);
  const spare = spareByDebt(context, slack);
  // Each settlement can rise only by its share of the lump sum left after the settlements, and by
  // no more than its share of the plan's slack, so all ceilings can be agreed at once.
  const lumpLeft = fen(
    Math.max(
      0,
      context.lumpSum - [...rules.settled].reduce((sum, index) => sum + (rules.targets[index] ?? 0), 0),
    ),
  );
  const settledTargets = rules.targets.map((target, index) => (rules.settled.has(index) ? target : 0));
  const lumpShare = settledTargets.some((target) => target > 0)
    ? allocate(lumpLeft, settledTargets)
    : settledTargets.map(() => fen(0));
  return debts.map((debt, index) => {
    const target = rules.targets[index] ?? fen(0);
    const paidMonths = simulation.payments
      .map((row, month) => ({ month, amount: row[index] ?? 0 }))
      .filter(({ amount }) => amount > 0);
    const settled = rules.settled.has(index);
    const dateOf = (month: number | undefined): CalendarDate | null =>
      month === undefined ? null : (months[month]?.date ?? null);
    const regular = regularPayment(paidMonths.filter(({ month }) => month > 0).map(({ amount }) => amount));
    const agreed = context.committed[index] ?? fen(0);
    if (agreed > 0) {
      const reason: FigureReason = { code: 'target_agreed', total: agreed };
      return {
        debtId: debt.id,
        type: 'agreed' as const,
        opening: agreed,
        target: agreed,
        ceiling: agreed,
        rationale: { opening: reason, target: reason, ceiling: reason },
        periods: paidMonths.length,
        monthly: fen(regular ?? paidMonths[0]?.amount ?? 0),
        firstDate: dateOf(paidMonths[0]?.month),
        lastDate: dateOf(paidMonths.at(-1)?.month),
      };
    }
    const figures = settled
      ? settlementFigures(debt, target, fen(Math.min(lumpShare[index] ?? 0, spare[index] ?? 0)))
      : instalmentFigures(debt, target);
    return {
      debtId: debt.id,
      type: chooseProposalType({
        target,
        periods: paidMonths.length,
        settled,
        lenderType: debt.lenderType,
        route: debt.route,
      }),
      ...figures,
      target,
      periods: paidMonths.length,
      monthly: fen(regular ?? paidMonths[0]?.amount ?? 0),
      firstDate: dateOf(paidMonths[0]?.month),
      lastDate: dateOf(paidMonths.at(-1)?.month),
    };
  });
}

/**
 * The amount paid most often after the first month (which carries the lump sum): what the person
 * pays "each month". Ties go to the larger amount, so the figure is never understated.
 */
function regularPayment(amounts: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const amount of amounts) counts.set(amount, (counts.get(amount) ?? 0) + 1);
  let best: [number, number] | undefined;
  for (const [amount, count] of counts) {
    if (!best || count > best[1] || (count === best[1] && amount > best[0])) best = [amount, count];
  }
  return best?.[0];
}

/**
 * What 60 months of capacity and the lump sum could pay beyond the plan's targets, shared in
 * proportion to the targets: the room each creditor's ceiling has before the plan stops working.
 */
function spareByDebt({ rules }: ProposalContext, slack: Fen): Fen[] {
  return rules.targets.some((target) => target > 0)
    ? allocate(slack, rules.targets)
    : rules.targets.map(() => fen(0));
}

/**
 * What 60 months of capacity and the lump sum pay beyond all targets. Every strategy spends the
 * whole capacity while anything is owed, so the plan stays feasible as long as the targets grow by
 * no more than this in total.
 */
function totalSlack({ rules, capacity, lumpSum, committed }: ProposalContext): Fen {
  const needed =
    rules.targets.reduce((sum, target) => sum + target, 0) + committed.reduce((sum, total) => sum + total, 0);
  return fen(Math.max(0, capacity * MAX_PLAN_MONTHS + lumpSum - needed));
}

/**
 * An instalment plan's ceiling is its target: the target is already the lower of what a court would
 * likely support and the claim, and the ceiling never rises above what a court would likely support
 * (legal.md §14; ADR 0020). A claim above it is named as what it is, a concession the plan does not make.
 */
function instalmentFigures(debt: PlanDebt, target: Fen) {
  const opening = fen(Math.min(debt.principalOutstanding, target));
  const targetReason: FigureReason =
    debt.route === 'limitation_defence'
      ? { code: 'target_limitation_defence' }
      : debt.route === 'unlicensed'
        ? { code: 'target_unlicensed', supported: debt.supported }
        : target === 0
          ? { code: 'target_nothing_due' }
          : debt.claimed !== null && debt.claimed < debt.supported
            ? { code: 'target_claimed_lower', claimed: debt.claimed, supported: debt.supported }
            : { code: 'target_supported', supported: debt.supported };
  const ceiling = target;
  const ceilingReason: FigureReason =
    debt.claimed !== null && debt.claimed > debt.supported && debt.route === 'negotiate'
      ? { code: 'ceiling_supported', supported: debt.supported, claimed: debt.claimed }
      : { code: 'ceiling_target', reason: debt.claimed === null ? 'no_claim' : 'claim_at_target' };
  if (debt.route !== 'negotiate') {
    // Nothing to bargain over: the one reason says what to do, for all three figures.
    return {
      opening,
      ceiling,
      rationale: { opening: targetReason, target: targetReason, ceiling: targetReason },
    };
  }
  return {
    opening,
    ceiling,
    rationale: {
      opening: (opening < debt.principalOutstanding
        ? { code: 'opening_claim', claimed: opening, principalOutstanding: debt.principalOutstanding }
        : { code: 'opening_principal', principalOutstanding: debt.principalOutstanding }) as FigureReason,
      target: targetReason,
      ceiling: ceilingReason,
    },
  };
}

function settlementFigures(debt: PlanDebt, target: Fen, room: Fen) {
  const ceiling = fen(Math.min(debt.instalmentTarget, target + room));
  return {
    opening: fen(roundToFen(target * SETTLEMENT_OPENING_SHARE)),
    ceiling,
    rationale: {
      opening: {
        code: 'opening_settlement_share',
        share: SETTLEMENT_OPENING_SHARE,
        settlementAmount: target,
      } as FigureReason,
      target: {
        code: 'target_settlement_principal',
        principalOutstanding: debt.principalOutstanding,
        supported: debt.supported,
      } as FigureReason,
      ceiling: {
        code: 'ceiling_settlement',
        lumpAvailable: room,
        instalmentTarget: debt.instalmentTarget,
      } as FigureReason,
    },
  };
}
