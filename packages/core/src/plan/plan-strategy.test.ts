import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DebtAnalysis } from '../analysis/analyze-debt.js';
import { type CalendarDate, date, daysInMonth, fromParts } from '../dates/calendar-date.js';
import { addMonths } from '../dates/date-arithmetic.js';
import { LENDER_TYPES, type LenderType } from '../law/lender-type.js';
import { type Fen, fen } from '../money/fen.js';
import { yuan } from '../money/parse-money.js';
import { SETTLEMENT_OPENING_SHARE } from './build-proposals.js';
import { type PlanDebt, type PlanRoute, toPlanDebt } from './plan-debt.js';
import { planStrategy, type StrategyInput } from './plan-strategy.js';
import { MAX_PLAN_MONTHS, STRATEGIES, type StrategyName, type StrategyPlan } from './plan-types.js';
import { chooseProposalType } from './proposal-type.js';
import { strategyRules } from './strategy-rules.js';

// ---------------------------------------------------------------------------------------------
// Building debts the way the planner receives them: a minimal analysis through toPlanDebt.
// ---------------------------------------------------------------------------------------------

interface DebtFacts {
  lenderType: LenderType;
  route: PlanRoute;
  supported: number;
  claimed: number | null;
  principalOutstanding: number;
  trueRate: number | null;
}

/**
 * The planner reads only id, lenderType, unlicensed, apr.simple and
 * legal.{supported, claimed, principalOutstanding, limitation.state}.
 */
function analysisOf(id: string, facts: DebtFacts): DebtAnalysis {
  return {
    id,
    lenderType: facts.lenderType,
    unlicensed: facts.route === 'unlicensed' ? { declared: true, signs: ['declared'] } : null,
    apr: facts.trueRate === null ? null : { simple: facts.trueRate },
    legal: {
      supported: fen(facts.supported),
      claimed: facts.claimed === null ? null : fen(facts.claimed),
      principalOutstanding: fen(facts.principalOutstanding),
      limitation: { state: facts.route === 'limitation_defence' ? 'possibly_expired' : 'running' },
    },
  } as unknown as DebtAnalysis;
}

function makePlanDebt(id: string, facts: Partial<DebtFacts> & { supported: number }): PlanDebt {
  return toPlanDebt(
    analysisOf(id, {
      lenderType: 'microloan',
      route: 'negotiate',
      claimed: null,
      principalOutstanding: facts.supported,
      trueRate: null,
      ...facts,
    }),
  );
}

const FIRST_DATE = date('2026-12-20');

function plan(
  name: StrategyName,
  debts: readonly PlanDebt[],
  capacity: number,
  lumpSum = 0,
  firstDate: CalendarDate = FIRST_DATE,
): StrategyPlan {
  return planStrategy(name, { debts, capacity: fen(capacity), lumpSum: fen(lumpSum), firstDate });
}

/** payments[month − 1][debt index], zeros included. */
function paymentMatrix(result: StrategyPlan, debts: readonly PlanDebt[]): number[][] {
  return result.schedule.map((month) =>
    debts.map((debt) => month.payments.find((p) => p.debtId === debt.id)?.amount ?? 0),
  );
}

const sumInstalmentTargets = (debts: readonly PlanDebt[]) => sum(debts.map((d) => d.instalmentTarget));
const monthTotal = (month: StrategyPlan['schedule'][number]) =>
  month.payments.reduce((s, p) => s + p.amount, 0);
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const proposalOf = (result: StrategyPlan, id: string) => {
  const proposal = result.proposals.find((p) => p.debtId === id);
  if (!proposal) throw new Error(`no proposal for ${id}`);
  return proposal;
};

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

/** Up to 500,000 yuan, with many small debts so that feasible and infeasible plans both occur. */
const amountFen = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 2_000_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 50_000_000 }) },
);

const debtFacts: fc.Arbitrary<DebtFacts> = fc
  .record({
    lenderType: fc.constantFrom(...LENDER_TYPES),
    route: fc.constantFrom<PlanRoute>(
      'negotiate',
      'negotiate',
      'negotiate',
      'negotiate',
      'limitation_defence',
      'unlicensed',
    ),
    supported: amountFen,
    claimedKind: fc.constantFrom('none', 'near', 'arbitrary'),
    claimedPercent: fc.integer({ min: 0, max: 200 }),
    claimedArbitrary: amountFen,
    principalKind: fc.constantFrom('below', 'below', 'below', 'arbitrary'),
    principalPercent: fc.integer({ min: 0, max: 100 }),
    principalArbitrary: amountFen,
    trueRate: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null }),
  })
  .map((r) => ({
    lenderType: r.lenderType,
    route: r.route,
    supported: r.supported,
    claimed:
      r.claimedKind === 'none'
        ? null
        : r.claimedKind === 'near'
          ? Math.round((r.supported * r.claimedPercent) / 100)
          : r.claimedArbitrary,
    principalOutstanding:
      r.principalKind === 'below'
        ? Math.round((r.supported * r.principalPercent) / 100)
        : r.principalArbitrary,
    trueRate: r.trueRate,
  }));

const firstDate: fc.Arbitrary<CalendarDate> = fc
  .record({
    year: fc.integer({ min: 2024, max: 2032 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => fromParts({ year, month, day: Math.min(day, daysInMonth(year, month)) }));

const MAX_CAPACITY = 5_000_000;
const MAX_LUMP_SUM = 50_000_000;

/**
 * A household: 1–30 debts, a capacity of 0 to 50,000 yuan a month and a lump sum of 0 to 500,000
 * yuan, in fen. Half the time the capacity is drawn freely; the other half it is fitted to clear
 * the debts in about 1–70 months, so that long feasible plans and near misses around 60 months
 * are common too.
 */
const household: fc.Arbitrary<StrategyInput> = fc.limitShrink(
  fc
    .record({
      debts: fc.array(debtFacts, { minLength: 1, maxLength: 30, size: 'medium' }),
      capacity: fc.oneof(
        fc.constant(0),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 500_000 }),
        fc.integer({ min: 0, max: MAX_CAPACITY }),
      ),
      lumpSum: fc.oneof(
        fc.constant(0),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: MAX_LUMP_SUM }),
      ),
      // The custom order: debt indices (unknown ones and repeats too, which the planner skips;
      // the case file refuses them before it gets there).
      orderPicks: fc.array(fc.integer({ min: 0, max: 32 }), { maxLength: 34 }),
      fitMonths: fc.option(fc.integer({ min: 1, max: 70 }), { nil: null }),
      fitTargetPercent: fc.oneof(fc.constant(100), fc.integer({ min: 0, max: 100 })),
      fitLumpPercent: fc.oneof(
        fc.constant(0),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 100 }),
      ),
      firstDate,
    })
    .map(
      ({
        debts: facts,
        capacity,
        lumpSum,
        fitMonths,
        fitTargetPercent,
        fitLumpPercent,
        firstDate: first,
        orderPicks,
      }): StrategyInput => {
        const debts = facts.map((f, i) => toPlanDebt(analysisOf(`d${i}`, f)));
        const order = orderPicks.map((i) => `d${i}`);
        if (fitMonths === null)
          return { debts, capacity: fen(capacity), lumpSum: fen(lumpSum), firstDate: first, order };
        // Fitted to the instalment targets, or to something between them and the settlement
        // amounts, so that plans with settlements are tight too.
        const settlements = sum(debts.map((d) => d.settlementAmount));
        const total = Math.round(
          settlements + ((sumInstalmentTargets(debts) - settlements) * fitTargetPercent) / 100,
        );
        const lump = Math.min(MAX_LUMP_SUM, Math.floor((total * fitLumpPercent) / 100));
        const monthly = Math.min(MAX_CAPACITY, Math.ceil((total - lump) / fitMonths));
        return { debts, capacity: fen(monthly), lumpSum: fen(lump), firstDate: first, order };
      },
    ),
  // Shrinking a failing household of up to 30 debts can take minutes: cap the values tried.
  500,
);

const RUNS = 300;

// ---------------------------------------------------------------------------------------------
// Reference facts computed independently of the planner
// ---------------------------------------------------------------------------------------------

const available = (input: StrategyInput) => input.capacity * MAX_PLAN_MONTHS + input.lumpSum;

/** The total the strategy aims to pay: the instalment targets, or for settlement_first its own targets. */
function neededFor(name: StrategyName, input: StrategyInput): number {
  return name === 'settlement_first'
    ? sum(strategyRules(name, input.debts, input.lumpSum).targets)
    : sumInstalmentTargets(input.debts);
}

type OrderedStrategy = 'avalanche' | 'snowball' | 'custom';
const isOrdered = (name: StrategyName): name is OrderedStrategy =>
  name === 'avalanche' || name === 'snowball' || name === 'custom';

/**
 * The order in which avalanche, snowball and custom pay the debts, as ranks by debt index. Custom:
 * a debt's key is where its id first appears in the person's order, or after every listed one.
 */
function payOrder(
  name: OrderedStrategy,
  debts: readonly PlanDebt[],
  customOrder: readonly string[],
): number[] {
  const key = (d: PlanDebt) => {
    if (name === 'avalanche') return -(d.trueRate ?? Number.NEGATIVE_INFINITY);
    if (name === 'snowball') return d.instalmentTarget;
    const position = customOrder.indexOf(d.id);
    return position < 0 ? customOrder.length : position;
  };
  const order = debts
    .map((_, i) => i)
    .sort((a, b) => {
      const ka = key(debts[a] as PlanDebt);
      const kb = key(debts[b] as PlanDebt);
      return ka < kb ? -1 : ka > kb ? 1 : a - b;
    });
  const rank: number[] = [];
  order.forEach((index, position) => {
    rank[index] = position;
  });
  return rank;
}

// ---------------------------------------------------------------------------------------------
// The invariants every plan must satisfy
// ---------------------------------------------------------------------------------------------

/** How often each kind of check actually ran, so that no property passes vacuously. */
const coverage = {
  feasible: 0,
  infeasible: 0,
  longPlans: 0,
  settlements: 0,
  proportionalMonths: 0,
  orderedMonths: 0,
};

/**
 * Every broken invariant of one plan as a readable line, [] when the plan is sound. Collected
 * rather than asserted one by one: a failing run then shows everything that went wrong at once,
 * and thousands of expect() calls per run would make the properties slow.
 */
function violations(name: StrategyName, input: StrategyInput, result: StrategyPlan): string[] {
  const { debts, capacity, lumpSum } = input;
  const found: string[] = [];
  const check = (ok: boolean, message: () => string) => {
    if (!ok) found.push(message());
  };
  check(result.name === name, () => `name ${result.name}`);

  // Never more than the capacity in a month; the lump sum only in month 1.
  for (const month of result.schedule) {
    const limit = month.month === 1 ? capacity + lumpSum : capacity;
    check(monthTotal(month) <= limit, () => `month ${month.month} pays ${monthTotal(month)} > ${limit}`);
  }

  // No false infeasibility and no fake plan: feasible exactly when the targets fit in 60 months.
  const needed = neededFor(name, input);
  const canPay = needed <= available(input);
  check(
    result.feasible === canPay,
    () => `feasible ${result.feasible}, needed ${needed}, available ${available(input)}`,
  );

  if (!result.feasible) {
    coverage.infeasible++;
    check(result.schedule.length === 0, () => 'infeasible plan has a schedule');
    check(result.proposals.length === 0, () => 'infeasible plan has proposals');
    check(
      result.months === 0 && result.totalPaid === 0,
      () => `infeasible: months ${result.months}, paid ${result.totalPaid}`,
    );
    check(result.firstCleared === null, () => 'infeasible plan has firstCleared');
    check(
      result.shortfall?.needed === needed && result.shortfall.available === available(input),
      () =>
        `shortfall ${JSON.stringify(result.shortfall)}, expected needed ${needed} available ${available(input)}`,
    );
    check(
      (result.shortfall?.needed ?? 0) > (result.shortfall?.available ?? 0),
      () => `infeasible but needed ${result.shortfall?.needed} ≤ available ${result.shortfall?.available}`,
    );
    return found;
  }

  coverage.feasible++;
  if (result.months > 36) coverage.longPlans++;
  check(result.shortfall === null, () => 'feasible plan has a shortfall');
  check(result.months <= MAX_PLAN_MONTHS, () => `months ${result.months}`);
  check(
    result.months === result.schedule.length,
    () => `months ${result.months} ≠ ${result.schedule.length}`,
  );
  check(
    result.proposals.map((p) => p.debtId).join() === debts.map((d) => d.id).join(),
    () => 'proposals not one per debt in case-file order',
  );

  // Months consecutive from 1, one month apart from the first date, each paying someone something,
  // listing the debts in case-file order.
  const indexOf = new Map(debts.map((d, i) => [d.id, i]));
  result.schedule.forEach((month, i) => {
    check(month.month === i + 1, () => `month ${month.month} at position ${i}`);
    check(month.date === addMonths(input.firstDate, i), () => `month ${month.month} dated ${month.date}`);
    check(month.payments.length > 0, () => `month ${month.month} pays nobody`);
    let previous = -1;
    for (const payment of month.payments) {
      const index = indexOf.get(payment.debtId) ?? -1;
      check(index > previous, () => `month ${month.month}: ${payment.debtId} out of order or unknown`);
      previous = index;
      check(
        Number.isSafeInteger(payment.amount) && payment.amount > 0,
        () => `month ${month.month}: payment ${payment.amount} to ${payment.debtId}`,
      );
    }
  });

  // Each debt paid exactly its target; the targets add up to the total.
  const matrix = paymentMatrix(result, debts);
  const paid = debts.map((_, i) => sum(matrix.map((row) => row[i] ?? 0)));
  const targets = result.proposals.map((p) => p.target);
  paid.forEach((amount, i) => {
    check(amount === targets[i], () => `${debts[i]?.id} paid ${amount}, target ${targets[i]}`);
  });
  check(sum(targets) === result.totalPaid, () => `Σ targets ${sum(targets)} ≠ totalPaid ${result.totalPaid}`);
  check(result.totalPaid === needed, () => `totalPaid ${result.totalPaid} ≠ needed ${needed}`);

  // Capacity is never left idle while something is owed: month 1 pays min(capacity + lump, needed),
  // every later month but the last pays the full capacity.
  result.schedule.forEach((month, i) => {
    const total = monthTotal(month);
    if (i === 0) {
      check(total === Math.min(capacity + lumpSum, needed), () => `month 1 pays ${total}`);
    } else if (i < result.schedule.length - 1) {
      check(total === capacity, () => `month ${month.month} pays ${total} of capacity ${capacity}`);
    }
  });

  result.proposals.forEach((proposal, index) => {
    const debt = debts[index] as PlanDebt;
    const at = (what: string) => () => `${debt.id} (${name}): ${what} ${JSON.stringify(proposal)}`;
    const paidMonths = matrix.flatMap((row, month) => ((row[index] ?? 0) > 0 ? [month] : []));
    const settled = proposal.type === 'settlement';
    if (settled) coverage.settlements++;
    check(proposal.target === (settled ? debt.settlementAmount : debt.instalmentTarget), at('target'));
    check(!settled || name === 'settlement_first', at('settlement outside settlement_first'));
    check(proposal.opening >= 0, at('opening < 0'));
    check(proposal.opening <= proposal.target, at('opening > target'));
    check(proposal.target <= proposal.ceiling, at('target > ceiling'));
    check(
      debt.claimed !== null
        ? proposal.ceiling <= Math.max(proposal.target, debt.claimed)
        : proposal.ceiling <= debt.instalmentTarget,
      at(`ceiling above max(target, claimed ${debt.claimed})`),
    );
    check(proposal.ceiling <= debt.supported, at(`ceiling above supported ${debt.supported}`));
    if (debt.route !== 'negotiate') {
      check(
        proposal.type ===
          chooseProposalType({
            target: 0,
            periods: 0,
            settled: false,
            lenderType: debt.lenderType,
            route: debt.route,
          }),
        at('type for a debt not negotiated'),
      );
      check(
        paidMonths.length === 0 && proposal.target === 0,
        at(`payments scheduled on a ${debt.route} debt`),
      );
    }
    check(proposal.periods === paidMonths.length, at(`periods ≠ ${paidMonths.length} months paid`));
    const type = chooseProposalType({
      target: proposal.target,
      periods: proposal.periods,
      settled,
      lenderType: debt.lenderType,
      route: debt.route,
    });
    check(proposal.type === type, at(`type, expected ${type}`));
    if (proposal.target === 0) {
      if (debt.route === 'negotiate') check(proposal.type === 'nothing_due', at('type for a zero target'));
      check(proposal.firstDate === null && proposal.lastDate === null, at('dates for a zero target'));
      check(proposal.monthly === 0, at('monthly for a zero target'));
    } else {
      const first = result.schedule[paidMonths[0] ?? -1]?.date;
      const last = result.schedule[paidMonths.at(-1) ?? -1]?.date;
      check(
        proposal.firstDate === first && proposal.lastDate === last,
        at(`dates, expected ${first}…${last}`),
      );
      check(
        paidMonths.some((m) => matrix[m]?.[index] === proposal.monthly),
        at('monthly is not an amount ever paid'),
      );
    }
    if (settled) check(paidMonths.length === 1 && paidMonths[0] === 0, at('settled outside month 1'));
  });

  // The first debt cleared: earliest month, ties to the first in the case file.
  const clearedIn = debts.map((_, index) => {
    const target = targets[index] ?? 0;
    if (target === 0) return Number.POSITIVE_INFINITY;
    let total = 0;
    for (const [month, row] of matrix.entries()) {
      total += row[index] ?? 0;
      if (total >= target) return month + 1;
    }
    return Number.NaN;
  });
  const earliest = Math.min(...clearedIn);
  const expectedFirst =
    earliest === Number.POSITIVE_INFINITY
      ? null
      : { debtId: debts[clearedIn.indexOf(earliest)]?.id, month: earliest };
  check(
    JSON.stringify(result.firstCleared) === JSON.stringify(expectedFirst),
    () => `firstCleared ${JSON.stringify(result.firstCleared)}, expected ${JSON.stringify(expectedFirst)}`,
  );

  // pro_rata (and settlement_first after its lump sum): in a month where no debt is capped, each
  // share is within one fen of capacity × target / Σ targets of the debts still owing.
  if (name === 'pro_rata' || name === 'settlement_first') {
    const remaining: number[] = targets.slice();
    matrix.forEach((row, month) => {
      const open = remaining.flatMap((owed, i) => (owed > 0 ? [i] : []));
      const uncapped = open.every((i) => (row[i] ?? 0) < (remaining[i] ?? 0));
      // Month 1 carries two splits (the lump sum, then the capacity) when there is a lump sum.
      if (uncapped && !(month === 0 && lumpSum > 0)) {
        coverage.proportionalMonths++;
        const weightSum = BigInt(sum(open.map((i) => targets[i] ?? 0)));
        for (const i of open) {
          // |share − capacity·t/T| < 1  ⇔  |share·T − capacity·t| < T, in exact integers.
          const d = BigInt(row[i] ?? 0) * weightSum - BigInt(capacity) * BigInt(targets[i] ?? 0);
          check(
            (d < 0n ? -d : d) < weightSum,
            () => `month ${month + 1}: ${debts[i]?.id} gets ${row[i]}, not pro rata`,
          );
        }
      }
      row.forEach((amount, i) => {
        remaining[i] = (remaining[i] ?? 0) - amount;
      });
    });
  }

  // avalanche / snowball / custom: a debt is paid only once every debt ahead of it in the order is
  // cleared.
  if (isOrdered(name)) {
    const rank = payOrder(name, debts, input.order ?? []);
    const remaining: number[] = targets.slice();
    matrix.forEach((row, month) => {
      row.forEach((amount, i) => {
        remaining[i] = (remaining[i] ?? 0) - amount;
      });
      const lastPaid = Math.max(-1, ...row.flatMap((amount, i) => (amount > 0 ? [rank[i] ?? 0] : [])));
      coverage.orderedMonths++;
      remaining.forEach((owed, i) => {
        check(
          (rank[i] ?? 0) >= lastPaid || owed === 0,
          () => `month ${month + 1}: ${debts[i]?.id} still owes ${owed} while a later debt is paid`,
        );
      });
    });
  }
  return found;
}

describe('planStrategy: acceptance properties over random households', () => {
  it.each(STRATEGIES)(
    '%s: capacity respected; feasible exactly when the targets fit in 60 months; each debt paid its target; sound proposals',
    (name) => {
      for (const key of Object.keys(coverage) as (keyof typeof coverage)[]) coverage[key] = 0;
      fc.assert(
        fc.property(household, (input) => {
          expect(violations(name, input, planStrategy(name, input))).toEqual([]);
        }),
        { numRuns: RUNS },
      );
      // The generator reaches every kind of plan, so that no check above passed vacuously.
      expect(coverage.feasible).toBeGreaterThan(RUNS / 2);
      expect(coverage.infeasible).toBeGreaterThan(RUNS / 10);
      expect(coverage.longPlans).toBeGreaterThan(RUNS / 10);
      if (name === 'settlement_first') expect(coverage.settlements).toBeGreaterThan(RUNS / 2);
      if (name === 'pro_rata' || name === 'settlement_first') {
        expect(coverage.proportionalMonths).toBeGreaterThan(RUNS);
      }
      if (isOrdered(name)) expect(coverage.orderedMonths).toBeGreaterThan(RUNS);
    },
  );

  it('the checker itself rejects a broken plan', () => {
    const input: StrategyInput = {
      debts: [makePlanDebt('a', { supported: yuan(10_000) }), makePlanDebt('b', { supported: yuan(30_000) })],
      capacity: yuan(1_000),
      lumpSum: fen(0),
      firstDate: FIRST_DATE,
    };
    const good = planStrategy('pro_rata', input);
    expect(violations('pro_rata', input, good)).toEqual([]);
    const overpaid = structuredClone(good);
    const payment = overpaid.schedule[3]?.payments[0];
    if (payment) payment.amount = fen(payment.amount + 1);
    expect(violations('pro_rata', input, overpaid).length).toBeGreaterThan(0);
    const fake = { ...structuredClone(good), feasible: false };
    expect(violations('pro_rata', input, fake).length).toBeGreaterThan(0);
    const skewed = structuredClone(good);
    const [first, second] = skewed.schedule[0]?.payments ?? [];
    if (first && second) {
      first.amount = fen(first.amount + 100);
      second.amount = fen(second.amount - 100);
    }
    expect(violations('pro_rata', input, skewed).some((line) => line.includes('not pro rata'))).toBe(true);
  });

  it('pro_rata, avalanche, snowball and custom: feasible if and only if Σ instalment targets ≤ capacity·60 + lump sum', () => {
    // The same condition for all four, stated without the planner's own rules.
    fc.assert(
      fc.property(household, (input) => {
        const affordable = sumInstalmentTargets(input.debts) <= available(input);
        for (const name of ['pro_rata', 'avalanche', 'snowball', 'custom'] as const) {
          const result = planStrategy(name, input);
          expect(result.feasible).toBe(affordable);
          if (!affordable) expect(result.shortfall?.needed).toBe(sumInstalmentTargets(input.debts));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('custom in the avalanche order is avalanche, in the snowball order snowball; with no order it pays in case-file order', () => {
    const idsBy = (rank: number[], debts: readonly PlanDebt[]) =>
      debts
        .map((d, i) => ({ id: d.id, rank: rank[i] ?? 0 }))
        .sort((a, b) => a.rank - b.rank)
        .map((d) => d.id);
    fc.assert(
      fc.property(household, (input) => {
        for (const name of ['avalanche', 'snowball'] as const) {
          const order = idsBy(payOrder(name, input.debts, []), input.debts);
          const custom = planStrategy('custom', { ...input, order });
          expect({ ...custom, name }).toEqual(planStrategy(name, input));
        }
        // Nothing listed: case-file order, the same as listing every debt in that order.
        const inFileOrder = planStrategy('custom', { ...input, order: [] });
        expect(inFileOrder).toEqual(
          planStrategy('custom', { ...input, order: input.debts.map((d) => d.id) }),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('settlement_first never pays more in total than pro_rata, and is feasible whenever pro_rata is', () => {
    fc.assert(
      fc.property(household, (input) => {
        const proRata = planStrategy('pro_rata', input);
        const settlement = planStrategy('settlement_first', input);
        if (proRata.feasible) expect(settlement.feasible).toBe(true);
        if (proRata.feasible && settlement.feasible) {
          expect(settlement.totalPaid).toBeLessThanOrEqual(proRata.totalPaid);
        }
        const needed = (p: StrategyPlan) => (p.feasible ? p.totalPaid : (p.shortfall?.needed ?? 0));
        expect(needed(settlement)).toBeLessThanOrEqual(needed(proRata));
      }),
      { numRuns: 150 },
    );
  });

  it('settlement_first settles only real discounts the lump sum covers, greedily, never with an unlicensed lender, and leaves no affordable one out', () => {
    fc.assert(
      fc.property(household, (input) => {
        const rules = strategyRules('settlement_first', input.debts, input.lumpSum);
        let spent = 0;
        for (const index of rules.settled) {
          const debt = input.debts[index] as PlanDebt;
          expect(debt.settlementAmount).toBeGreaterThan(0);
          expect(debt.settlementAmount).toBeLessThan(debt.instalmentTarget);
          expect(debt.route).toBe('negotiate');
          spent += debt.settlementAmount;
        }
        expect(spent).toBeLessThanOrEqual(input.lumpSum);
        input.debts.forEach((debt, index) => {
          const isSettled = rules.settled.has(index);
          expect(rules.targets[index]).toBe(isSettled ? debt.settlementAmount : debt.instalmentTarget);
          // Greedy: a discounted settlement left out did not fit in what the lump sum had left.
          const candidate = debt.route === 'negotiate' && debt.settlementAmount > 0;
          if (!isSettled && candidate && debt.settlementAmount < debt.instalmentTarget) {
            expect(debt.settlementAmount).toBeGreaterThan(input.lumpSum - spent);
          }
        });
      }),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Proposal figures: the ceiling's promise and the reasons shown beside each figure
// ---------------------------------------------------------------------------------------------

describe('planStrategy: proposal figures and their reasons', () => {
  it.each(STRATEGIES)(
    "%s: agreeing to one creditor's ceiling (the others at their targets) still clears everything within 60 months",
    (name) => {
      // Proposal.ceiling: "the most to agree to; above it, the plan no longer works". Checked on
      // households whose capacity just covers this strategy's targets in 1–60 months, where the
      // room above the targets is small.
      const tight = fc
        .tuple(household, fc.integer({ min: 1, max: MAX_PLAN_MONTHS }))
        .map(([input, months]) => {
          const rest = neededFor(name, input) - input.lumpSum;
          return rest > 0 ? { ...input, capacity: fen(Math.ceil(rest / months)) } : input;
        });
      fc.assert(
        fc.property(tight, (input) => {
          const result = planStrategy(name, input);
          if (!result.feasible) return;
          for (const proposal of result.proposals) {
            const total = result.totalPaid - proposal.target + proposal.ceiling;
            expect(
              { debtId: proposal.debtId, type: proposal.type, total },
              `ceiling ${proposal.ceiling} of ${proposal.debtId} exceeds what the plan can bear`,
            ).toEqual({
              debtId: proposal.debtId,
              type: proposal.type,
              total: Math.min(total, available(input)),
            });
          }
        }),
        { numRuns: 200 },
      );
    },
  );

  it('every target reason states the target it explains', () => {
    fc.assert(
      fc.property(household, fc.constantFrom(...STRATEGIES), (input, name) => {
        const result = planStrategy(name, input);
        result.proposals.forEach((proposal, index) => {
          const debt = input.debts[index] as PlanDebt;
          const reason = proposal.rationale.target;
          expect(reason.code === 'target_nothing_due').toBe(
            proposal.target === 0 && debt.route === 'negotiate',
          );
          expect(reason.code === 'target_limitation_defence').toBe(debt.route === 'limitation_defence');
          if (reason.code === 'target_limitation_defence') expect(proposal.target).toBe(0);
          if (reason.code === 'target_unlicensed') expect(reason.supported).toBe(debt.supported);
          if (reason.code === 'target_supported') expect(proposal.target).toBe(reason.supported);
          if (reason.code === 'target_claimed_lower') {
            expect(proposal.target).toBe(reason.claimed);
            expect(reason.claimed).toBeLessThan(reason.supported);
          }
          if (reason.code === 'target_settlement_principal') {
            expect(proposal.target).toBe(reason.principalOutstanding);
            expect(reason.principalOutstanding).toBe(debt.principalOutstanding);
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('every opening reason states the opening it explains', () => {
    fc.assert(
      fc.property(household, fc.constantFrom(...STRATEGIES), (input, name) => {
        const result = planStrategy(name, input);
        for (const proposal of result.proposals) {
          const reason = proposal.rationale.opening;
          if (reason.code === 'opening_principal') {
            // "Opening: the principal still owed, <principalOutstanding>"
            expect({ debtId: proposal.debtId, opening: proposal.opening }).toEqual({
              debtId: proposal.debtId,
              opening: reason.principalOutstanding,
            });
          }
          if (reason.code === 'opening_claim') {
            // "Opening: the <claimed> claimed is already below the <principalOutstanding> principal"
            const debt = input.debts.find((d) => d.id === proposal.debtId) as PlanDebt;
            expect(proposal.opening).toBe(reason.claimed);
            expect(reason.principalOutstanding).toBe(debt.principalOutstanding);
            expect(reason.claimed).toBeLessThan(reason.principalOutstanding);
            // The analysis never supports less than the principal, so the lower figure is the claim.
            if (debt.principalOutstanding <= debt.supported) expect(reason.claimed).toBe(debt.claimed);
          }
          if (reason.code === 'opening_settlement_share') {
            expect(reason.settlementAmount).toBe(proposal.target);
            expect(proposal.opening).toBe(Math.round(reason.share * reason.settlementAmount));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the ceilings hold together: agreeing to all of them still fits 60 months of capacity plus the lump sum', () => {
    fc.assert(
      fc.property(household, fc.constantFrom(...STRATEGIES), (input, name) => {
        const result = planStrategy(name, input);
        if (!result.feasible) return;
        const raised = result.proposals.reduce((sum, p) => sum + p.ceiling, 0);
        expect(raised).toBeLessThanOrEqual(input.capacity * 60 + input.lumpSum);
      }),
      { numRuns: 200 },
    );
  });

  it('every ceiling reason states the ceiling it explains', () => {
    fc.assert(
      fc.property(household, fc.constantFrom(...STRATEGIES), (input, name) => {
        const result = planStrategy(name, input);
        result.proposals.forEach((proposal, index) => {
          const debt = input.debts[index] as PlanDebt;
          const reason = proposal.rationale.ceiling;
          const facts = {
            debtId: proposal.debtId,
            target: proposal.target,
            ceiling: proposal.ceiling,
            claimed: debt.claimed,
          };
          if (reason.code === 'ceiling_target' && reason.reason === 'no_claim') {
            expect(facts).toEqual({ ...facts, claimed: null, ceiling: proposal.target });
          }
          if (reason.code === 'ceiling_target' && reason.reason === 'claim_at_target') {
            // "Ceiling: no more than the lender claims" — the ceiling is the claim.
            expect(facts).toEqual({ ...facts, ceiling: debt.claimed });
          }
          if (reason.code === 'ceiling_supported') {
            // "Ceiling: no more than a court would likely support", below a higher claim.
            expect(proposal.ceiling).toBe(proposal.target);
            expect(reason.supported).toBe(debt.supported);
            expect(debt.claimed ?? 0).toBeGreaterThan(debt.supported);
          }
          if (reason.code === 'ceiling_settlement') {
            expect(reason.instalmentTarget).toBe(debt.instalmentTarget);
            expect(proposal.ceiling).toBe(
              Math.min(reason.instalmentTarget, proposal.target + reason.lumpAvailable),
            );
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('a settlement ceiling never exceeds what the 60-month plan can bear', () => {
    // a: instalments would pay 30,000, settles at its 10,000 principal; b: 50,000, no discount.
    // Lump 20,000 settles a and leaves 10,000; 667 a month for 60 months = 40,020.
    // Available 60,020, needed 60,000: only 20 yuan of room anywhere in the plan.
    const debts = [
      makePlanDebt('a', { supported: yuan(30_000), principalOutstanding: yuan(10_000) }),
      makePlanDebt('b', { supported: yuan(50_000) }),
    ];
    const result = plan('settlement_first', debts, yuan(667), yuan(20_000));
    expect(result.feasible).toBe(true);
    expect(result.months).toBe(60);
    const a = proposalOf(result, 'a');
    expect(a.type).toBe('settlement');
    expect(a.target).toBe(yuan(10_000));
    // Agreeing to every ceiling must leave the plan payable: the 20 yuan of room is shared by the
    // targets (10,000 : 50,000), so a may rise by 3.33 — not by the whole 10,000 of lump sum left
    // over, which the plan already spends on b in month 1 (70,000 needed against 60,020).
    expect(a.ceiling).toBe(yuan(10_003.33));
    expect(a.rationale.ceiling).toEqual({
      code: 'ceiling_settlement',
      lumpAvailable: yuan(3.33),
      instalmentTarget: yuan(30_000),
    });
  });

  it('a claim above what a court would support is named as such, never as the ceiling', () => {
    // Supported 60,000, claimed 70,000, ample room: the ceiling stays at 60,000.
    const result = plan(
      'pro_rata',
      [makePlanDebt('d', { supported: yuan(60_000), claimed: yuan(70_000) })],
      yuan(5_000),
    );
    const d = proposalOf(result, 'd');
    expect(d.ceiling).toBe(yuan(60_000));
    expect(d.rationale.ceiling).toEqual({
      code: 'ceiling_supported',
      supported: yuan(60_000),
      claimed: yuan(70_000),
    });
  });

  it('an opening below the principal is explained by the lower claim', () => {
    // The lender claims 8,000, less than the 10,000 principal still owed: target and opening 8,000.
    const result = plan(
      'pro_rata',
      [
        makePlanDebt('d', {
          supported: yuan(12_000),
          claimed: yuan(8_000),
          principalOutstanding: yuan(10_000),
        }),
      ],
      yuan(1_000),
    );
    const d = proposalOf(result, 'd');
    expect(d.opening).toBe(yuan(8_000));
    // Not "the principal still owed, 10,000" beside an 8,000 opening.
    expect(d.rationale.opening).toEqual({
      code: 'opening_claim',
      claimed: yuan(8_000),
      principalOutstanding: yuan(10_000),
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Worked examples
// ---------------------------------------------------------------------------------------------

describe('toPlanDebt', () => {
  it('aims for what a court would support, or the claim when it is lower; settles at the principal', () => {
    const d = makePlanDebt('a', {
      supported: yuan(12_000),
      claimed: yuan(15_000),
      principalOutstanding: yuan(9_000),
    });
    expect(d.instalmentTarget).toBe(yuan(12_000));
    expect(d.settlementAmount).toBe(yuan(9_000));
    const lowClaim = makePlanDebt('b', {
      supported: yuan(12_000),
      claimed: yuan(10_000),
      principalOutstanding: yuan(11_000),
    });
    expect(lowClaim.instalmentTarget).toBe(yuan(10_000));
    expect(lowClaim.settlementAmount).toBe(yuan(10_000));
    const noClaim = makePlanDebt('c', {
      supported: yuan(5_000),
      principalOutstanding: yuan(6_000),
      trueRate: 0.36,
    });
    expect(noClaim.instalmentTarget).toBe(yuan(5_000));
    expect(noClaim.settlementAmount).toBe(yuan(5_000));
    expect(noClaim.trueRate).toBe(0.36);
    expect(noClaim.claimed).toBeNull();
  });

  it('property: instalmentTarget = min(supported, claimed ?? ∞) (0 when time-barred or unlicensed), settlementAmount = min(principal, instalmentTarget)', () => {
    fc.assert(
      fc.property(debtFacts, (facts) => {
        const d = toPlanDebt(analysisOf('x', facts));
        const lawful = facts.claimed === null ? facts.supported : Math.min(facts.supported, facts.claimed);
        expect(d.instalmentTarget).toBe(facts.route === 'negotiate' ? lawful : 0);
        expect(d.settlementAmount).toBe(Math.min(facts.principalOutstanding, d.instalmentTarget));
        expect(d.settlementAmount).toBeLessThanOrEqual(d.instalmentTarget);
      }),
      { numRuns: 500 },
    );
  });
});

describe('planStrategy: worked examples', () => {
  it('(a) pro_rata: 10,000 and 30,000 yuan at 1,000 a month → 250 / 750 every month, both cleared in month 40', () => {
    const debts = [
      makePlanDebt('small', { supported: yuan(10_000) }),
      makePlanDebt('large', { supported: yuan(30_000) }),
    ];
    const result = plan('pro_rata', debts, yuan(1_000));
    expect(result.feasible).toBe(true);
    expect(result.months).toBe(40);
    expect(result.totalPaid).toBe(yuan(40_000));
    for (const month of result.schedule) {
      expect(month.payments).toEqual([
        { debtId: 'small', amount: yuan(250) },
        { debtId: 'large', amount: yuan(750) },
      ]);
    }
    expect(result.schedule[0]?.date).toBe('2026-12-20');
    expect(result.schedule[39]?.date).toBe('2030-03-20');
    expect(result.firstCleared).toEqual({ debtId: 'small', month: 40 });
    expect(proposalOf(result, 'small')).toMatchObject({
      type: 'hardship',
      target: yuan(10_000),
      periods: 40,
      monthly: yuan(250),
      firstDate: '2026-12-20',
      lastDate: '2030-03-20',
    });
    expect(proposalOf(result, 'large').monthly).toBe(yuan(750));
  });

  it('(b) avalanche pays the highest true rate first, a rate that cannot be computed last', () => {
    const debts = [
      makePlanDebt('unknown', { supported: yuan(2_000), trueRate: null }),
      makePlanDebt('cheap', { supported: yuan(2_000), trueRate: 0.18 }),
      makePlanDebt('dear', { supported: yuan(2_000), trueRate: 0.36 }),
    ];
    const result = plan('avalanche', debts, yuan(1_000));
    expect(result.months).toBe(6);
    const payees = result.schedule.map((m) => m.payments.map((p) => p.debtId));
    expect(payees).toEqual([['dear'], ['dear'], ['cheap'], ['cheap'], ['unknown'], ['unknown']]);
    expect(result.firstCleared).toEqual({ debtId: 'dear', month: 2 });
  });

  it('(b) avalanche: a month that clears one debt pours the rest into the next', () => {
    const debts = [
      makePlanDebt('low', { supported: yuan(3_000), trueRate: 0.1 }),
      makePlanDebt('high', { supported: yuan(1_500), trueRate: 0.3 }),
    ];
    const result = plan('avalanche', debts, yuan(1_000));
    expect(result.schedule.map((m) => m.payments)).toEqual([
      [{ debtId: 'high', amount: yuan(1_000) }],
      [
        { debtId: 'low', amount: yuan(500) },
        { debtId: 'high', amount: yuan(500) },
      ],
      [{ debtId: 'low', amount: yuan(1_000) }],
      [{ debtId: 'low', amount: yuan(1_000) }],
      [{ debtId: 'low', amount: yuan(500) }],
    ]);
  });

  it('(c) snowball pays the smallest debt first', () => {
    const debts = [
      makePlanDebt('big', { supported: yuan(30_000), trueRate: 0.36 }),
      makePlanDebt('small', { supported: yuan(5_000), trueRate: 0.1 }),
    ];
    const result = plan('snowball', debts, yuan(1_000));
    expect(result.months).toBe(35);
    expect(
      result.schedule.slice(0, 5).every((m) => m.payments.length === 1 && m.payments[0]?.debtId === 'small'),
    ).toBe(true);
    expect(result.schedule[5]?.payments).toEqual([{ debtId: 'big', amount: yuan(1_000) }]);
    expect(result.firstCleared).toEqual({ debtId: 'small', month: 5 });
    expect(proposalOf(result, 'small')).toMatchObject({ type: 'instalments', periods: 5 });
  });

  it("(c) custom pays in the person's order; debts not listed follow in case-file order", () => {
    const debts = [
      makePlanDebt('bank', { supported: yuan(3_000), trueRate: 0.36 }),
      makePlanDebt('app', { supported: yuan(1_000), trueRate: 0.1 }),
      makePlanDebt('friend', { supported: yuan(2_000) }),
      makePlanDebt('card', { supported: yuan(1_500), trueRate: 0.18 }),
    ];
    const result = planStrategy('custom', {
      debts,
      capacity: yuan(1_000),
      lumpSum: fen(0),
      firstDate: FIRST_DATE,
      order: ['friend', 'card'],
    });
    expect(result.months).toBe(8);
    // friend 2,000 (months 1–2), card 1,500 (3 and half of 4), then bank, then app.
    expect(result.schedule.map((m) => m.payments)).toEqual([
      [{ debtId: 'friend', amount: yuan(1_000) }],
      [{ debtId: 'friend', amount: yuan(1_000) }],
      [{ debtId: 'card', amount: yuan(1_000) }],
      [
        { debtId: 'bank', amount: yuan(500) },
        { debtId: 'card', amount: yuan(500) },
      ],
      [{ debtId: 'bank', amount: yuan(1_000) }],
      [{ debtId: 'bank', amount: yuan(1_000) }],
      [
        { debtId: 'bank', amount: yuan(500) },
        { debtId: 'app', amount: yuan(500) },
      ],
      [{ debtId: 'app', amount: yuan(500) }],
    ]);
    expect(result.firstCleared).toEqual({ debtId: 'friend', month: 2 });
    // The other strategies ignore the order.
    expect(
      planStrategy('avalanche', {
        debts,
        capacity: yuan(1_000),
        lumpSum: fen(0),
        firstDate: FIRST_DATE,
        order: ['friend'],
      }),
    ).toEqual(plan('avalanche', debts, yuan(1_000)));
  });

  it('(d) settlement_first settles the debt with the largest saving per yuan, opening at 80 %', () => {
    const debts = [
      // Saving 2,000 on 8,000 paid: 0.25 per yuan.
      makePlanDebt('a', { supported: yuan(10_000), principalOutstanding: yuan(8_000) }),
      // Saving 20,000 on 10,000 paid: 2 per yuan.
      makePlanDebt('b', { supported: yuan(30_000), principalOutstanding: yuan(10_000) }),
    ];
    const result = plan('settlement_first', debts, yuan(1_000), yuan(10_000));
    expect(result.feasible).toBe(true);
    const b = proposalOf(result, 'b');
    expect(b.type).toBe('settlement');
    expect(b.target).toBe(yuan(10_000));
    expect(b.opening).toBe(yuan(8_000));
    expect(b.opening).toBe(Math.round(b.target * SETTLEMENT_OPENING_SHARE));
    // The whole lump sum goes to the settlement: nothing is left to raise the offer with.
    expect(b.ceiling).toBe(yuan(10_000));
    expect(b.periods).toBe(1);
    expect(b.rationale.opening).toEqual({
      code: 'opening_settlement_share',
      share: 0.8,
      settlementAmount: yuan(10_000),
    });
    const a = proposalOf(result, 'a');
    expect(a.type).not.toBe('settlement');
    expect(a.target).toBe(yuan(10_000));
    // Month 1: the lump sum settles b, the month's capacity goes to a.
    expect(result.schedule[0]?.payments).toEqual([
      { debtId: 'a', amount: yuan(1_000) },
      { debtId: 'b', amount: yuan(10_000) },
    ]);
    expect(result.months).toBe(10);
    expect(result.totalPaid).toBe(yuan(20_000));
    expect(plan('pro_rata', debts, yuan(1_000), yuan(10_000)).totalPaid).toBe(yuan(40_000));
  });

  it('(d) settlement_first: lump sum left after a settlement raises its ceiling and is shared pro rata', () => {
    const debts = [
      makePlanDebt('a', { supported: yuan(10_000) }),
      makePlanDebt('b', { supported: yuan(30_000), principalOutstanding: yuan(10_000) }),
    ];
    const result = plan('settlement_first', debts, yuan(1_000), yuan(12_000));
    const b = proposalOf(result, 'b');
    expect(b.type).toBe('settlement');
    expect(b.ceiling).toBe(yuan(12_000));
    // Month 1: 10,000 settles b, the 2,000 left and the 1,000 capacity go to a (the only one owing).
    expect(result.schedule[0]?.payments).toEqual([
      { debtId: 'a', amount: yuan(3_000) },
      { debtId: 'b', amount: yuan(10_000) },
    ]);
  });

  it('(d) settlement_first without a lump sum big enough for any settlement is pro_rata', () => {
    const debts = [
      makePlanDebt('a', { supported: yuan(10_000), principalOutstanding: yuan(8_000) }),
      makePlanDebt('b', { supported: yuan(30_000), principalOutstanding: yuan(10_000) }),
    ];
    const settlement = plan('settlement_first', debts, yuan(1_000), yuan(5_000));
    const proRata = plan('pro_rata', debts, yuan(1_000), yuan(5_000));
    expect(settlement.schedule).toEqual(proRata.schedule);
    expect(settlement.proposals.some((p) => p.type === 'settlement')).toBe(false);
  });

  it('(e) 100 yuan a month cannot clear 100,000 yuan in 60 months: infeasible, no schedule', () => {
    const result = plan('pro_rata', [makePlanDebt('d', { supported: yuan(100_000) })], yuan(100));
    expect(result).toEqual({
      name: 'pro_rata',
      feasible: false,
      months: 0,
      totalPaid: 0,
      firstCleared: null,
      schedule: [],
      proposals: [],
      shortfall: { needed: yuan(100_000), available: yuan(6_000) },
    });
  });

  it('(e) exactly 60 months of capacity is feasible; one fen more is not', () => {
    const debts = [makePlanDebt('d', { supported: yuan(60_000) })];
    for (const name of STRATEGIES) {
      const fits = plan(name, debts, yuan(1_000));
      expect(fits.feasible).toBe(true);
      expect(fits.months).toBe(60);
      const over = plan(name, [makePlanDebt('d', { supported: yuan(60_000) + 1 })], yuan(1_000));
      expect(over.feasible).toBe(false);
      expect(over.shortfall).toEqual({ needed: yuan(60_000) + 1, available: yuan(60_000) });
    }
  });

  it('(f) no capacity and no lump sum: infeasible for every strategy', () => {
    const debts = [makePlanDebt('d', { supported: yuan(1_000) })];
    for (const name of STRATEGIES) {
      const result = plan(name, debts, 0, 0);
      expect(result.feasible).toBe(false);
      expect(result.schedule).toEqual([]);
      expect(result.shortfall).toEqual({ needed: yuan(1_000), available: 0 });
    }
  });

  it('(f) no capacity but a lump sum that covers everything: cleared in month 1', () => {
    const debts = [
      makePlanDebt('a', { supported: yuan(1_000) }),
      makePlanDebt('b', { supported: yuan(3_000) }),
    ];
    const result = plan('pro_rata', debts, 0, yuan(5_000));
    expect(result.feasible).toBe(true);
    expect(result.months).toBe(1);
    expect(result.schedule[0]?.payments).toEqual([
      { debtId: 'a', amount: yuan(1_000) },
      { debtId: 'b', amount: yuan(3_000) },
    ]);
    expect(result.proposals.map((p) => p.type)).toEqual(['penalty_waiver', 'penalty_waiver']);
  });

  it('(g) nothing to pay: feasible in 0 months, every proposal nothing_due', () => {
    const debts = [
      makePlanDebt('a', { supported: 0 }),
      makePlanDebt('b', { supported: yuan(5_000), claimed: 0 }),
    ];
    for (const name of STRATEGIES) {
      for (const capacity of [0, yuan(1_000)]) {
        const result = plan(name, debts, capacity);
        expect(result.feasible).toBe(true);
        expect(result.months).toBe(0);
        expect(result.totalPaid).toBe(0);
        expect(result.schedule).toEqual([]);
        expect(result.firstCleared).toBeNull();
        expect(result.shortfall).toBeNull();
        expect(result.proposals.map((p) => p.type)).toEqual(['nothing_due', 'nothing_due']);
        for (const proposal of result.proposals) {
          expect(proposal).toMatchObject({ target: 0, opening: 0, ceiling: 0, periods: 0, monthly: 0 });
          expect(proposal.rationale.target).toEqual({ code: 'target_nothing_due' });
        }
      }
    }
  });

  it('(g) no debts at all: feasible, nothing to do', () => {
    const result = plan('pro_rata', [], yuan(1_000));
    expect(result).toMatchObject({ feasible: true, months: 0, schedule: [], proposals: [], shortfall: null });
  });

  it('(h) proposal type follows the number of payments and the lender', () => {
    const typeOf = (supported: number, lenderType: LenderType) =>
      plan('pro_rata', [makePlanDebt('d', { supported, lenderType })], yuan(1_000)).proposals[0];
    expect(typeOf(yuan(1_000), 'microloan')).toMatchObject({ type: 'penalty_waiver', periods: 1 });
    expect(typeOf(yuan(500), 'bank')).toMatchObject({ type: 'penalty_waiver', periods: 1 });
    expect(typeOf(yuan(2_000), 'microloan')).toMatchObject({ type: 'extension', periods: 2 });
    expect(typeOf(yuan(3_000), 'microloan')).toMatchObject({ type: 'extension', periods: 3 });
    expect(typeOf(yuan(3_000) + 1, 'microloan')).toMatchObject({ type: 'instalments', periods: 4 });
    expect(typeOf(yuan(36_000), 'microloan')).toMatchObject({ type: 'instalments', periods: 36 });
    expect(typeOf(yuan(37_000), 'consumer_finance')).toMatchObject({ type: 'hardship', periods: 37 });
    expect(typeOf(yuan(40_000), 'microloan')).toMatchObject({ type: 'hardship', periods: 40 });
    expect(typeOf(yuan(40_000), 'credit_card')).toMatchObject({ type: 'instalments', periods: 40 });
    expect(typeOf(yuan(60_000), 'credit_card')).toMatchObject({ type: 'instalments', periods: 60 });
  });

  it('(h) chooseProposalType table', () => {
    const table: [number, number, boolean, LenderType, string][] = [
      [0, 0, false, 'bank', 'nothing_due'],
      [0, 5, true, 'bank', 'nothing_due'],
      [100, 1, true, 'bank', 'settlement'],
      [100, 1, false, 'bank', 'penalty_waiver'],
      [100, 2, false, 'bank', 'extension'],
      [100, 3, false, 'bank', 'extension'],
      [100, 4, false, 'bank', 'instalments'],
      [100, 36, false, 'unknown', 'instalments'],
      [100, 37, false, 'unknown', 'hardship'],
      [100, 40, false, 'microloan', 'hardship'],
      [100, 40, false, 'credit_card', 'instalments'],
      [100, 60, false, 'credit_card', 'instalments'],
      [100, 61, false, 'credit_card', 'hardship'],
    ];
    for (const [target, periods, settled, lenderType, type] of table) {
      expect(chooseProposalType({ target, periods, settled, lenderType, route: 'negotiate' })).toBe(type);
    }
    for (const route of ['limitation_defence', 'unlicensed'] as const) {
      expect(chooseProposalType({ target: 100, periods: 5, settled: false, lenderType: 'bank', route })).toBe(
        route === 'limitation_defence' ? 'limitation_defence' : 'unlicensed_report',
      );
    }
  });

  it('dates of a plan starting on the 31st clamp to month ends and return to the 31st', () => {
    const result = plan(
      'pro_rata',
      [makePlanDebt('d', { supported: yuan(4_000) })],
      yuan(1_000),
      0,
      date('2027-01-31'),
    );
    expect(result.schedule.map((m) => m.date)).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
    ]);
  });

  it('the regular monthly payment ignores the lump-sum month', () => {
    const debts = [makePlanDebt('d', { supported: yuan(10_000) })];
    const result = plan('pro_rata', debts, yuan(1_000), yuan(3_000));
    expect(result.schedule.map(monthTotal)).toEqual([yuan(4_000), ...Array<Fen>(6).fill(yuan(1_000))]);
    expect(result.proposals[0]?.monthly).toBe(yuan(1_000));
    expect(result.proposals[0]?.periods).toBe(7);
  });
});
