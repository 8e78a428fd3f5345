/**
 * IRR and XIRR: the shangan core against the npm packages `financial` (irr) and `xirr`, on the same
 * deterministic set of loan cash flows, seen from the borrower (cash received first, repayments after).
 *
 * A failure is a throw, a non-number, a rate that is not finite or not above −100 %, or a rate at
 * which the NPV is not ~0 relative to the discounted flows. Every loan here changes sign exactly once,
 * so it has exactly one rate above −100 %: a failure of the core is a bug and makes the run exit 1.
 * Failures of a peer are data and only reported.
 */
import { createRequire } from 'node:module';
import { irr as financialIrr } from 'financial';
import peerXirr from 'xirr';
import { date, irr, xirr } from '../packages/core/dist/index.js';

const LOANS_PER_KIND = 400;
const WARMUP_MS = 300;
const MEASURE_MS = 1500;
const NPV_TOLERANCE = 1e-6;
const DAY_MS = 86_400_000;

const require = createRequire(import.meta.url);
const versionOf = (name) => require(`${name}/package.json`).version;

// Mulberry32: a tiny seeded PRNG, so every run benchmarks the same loans.
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const random = seededRandom(0x5a4e6a4e);
const uniform = (min, max) => min + (max - min) * random();
const integer = (min, max) => Math.floor(uniform(min, max + 1));
const pick = (items) => items[integer(0, items.length - 1)];
const fen = (yuan) => Math.round(yuan * 100) / 100;

function equalInstalment(principal, annualRate, months) {
  const i = annualRate / 12;
  return fen((principal * i) / (1 - (1 + i) ** -months));
}

/** `received` now, then `payment` at each of `months` month ends. */
const monthly = (received, payment, months) => ({
  unit: 'month',
  flows: [
    { at: 0, amount: received },
    ...Array.from({ length: months }, (_, k) => ({ at: k + 1, amount: -payment })),
  ],
});

const loanKinds = {
  'equal instalment': () => {
    const principal = integer(10, 2000) * 100;
    const months = integer(3, 36);
    return monthly(principal, equalInstalment(principal, uniform(0.06, 0.36), months), months);
  },
  // 砍头息: the instalments are computed on the contract principal, but a fee is deducted up front.
  'upfront fee': () => {
    const principal = integer(10, 2000) * 100;
    const months = integer(3, 36);
    const payment = equalInstalment(principal, uniform(0.06, 0.36), months);
    return monthly(fen(principal * (1 - uniform(0.05, 0.3))), payment, months);
  },
  // 714高炮: repay the face amount after 7 or 14 days, having received much less; a third are
  // extended (展期) once, paying the same charge again at the first due date.
  '7/14-day': () => {
    const face = integer(5, 50) * 100;
    const days = pick([7, 14]);
    const received = fen(face / (1 + (uniform(3, 20) * days) / 365));
    const flows = [{ at: 0, amount: received }];
    if (random() < 1 / 3) {
      flows.push({ at: days, amount: -fen(face - received) }, { at: 2 * days, amount: -face });
    } else flows.push({ at: days, amount: -face });
    return { unit: 'day', flows };
  },
  // A settlement where only 40–99 % of the money received is ever repaid: a negative rate.
  'repaid at a loss': () => {
    const principal = integer(10, 1000) * 100;
    const months = integer(3, 36);
    return monthly(principal, fen((principal * uniform(0.4, 0.99)) / months), months);
  },
  // Credit-card instalments: a flat fee each month on the original amount.
  'card flat fee': () => {
    const principal = integer(30, 500) * 100;
    const months = pick([3, 6, 12, 18, 24]);
    return monthly(principal, fen(principal / months + principal * uniform(0.005, 0.01)), months);
  },
};

/** One loan in every library's input format, plus the times (in periods / years) to check NPVs. */
function prepare(kind, { unit, flows }) {
  // One sign change guarantees exactly one rate above −100 %, which is what lets a core failure fail the run.
  if (!(flows[0].amount > 0 && flows.slice(1).every((flow) => flow.amount < 0))) {
    throw new Error(`${kind}: a generated loan must be money received, then repayments only`);
  }
  const start = { year: integer(2019, 2025), month: integer(0, 11), day: integer(1, 28) };
  const startMs = Date.UTC(start.year, start.month, start.day);
  const when = ({ at }) =>
    new Date(unit === 'day' ? startMs + at * DAY_MS : Date.UTC(start.year, start.month + at, start.day));
  const amounts = Array(flows[flows.length - 1].at + 1).fill(0);
  for (const { at, amount } of flows) amounts[at] = amount;
  const dated = flows.map((flow) => ({ amount: flow.amount, when: when(flow) }));
  return {
    kind,
    amounts,
    periods: amounts.map((_, t) => t),
    coreFlows: dated.map(({ amount, when }) => ({ date: date(when.toISOString().slice(0, 10)), amount })),
    peerFlows: dated,
    xirrAmounts: dated.map(({ amount }) => amount),
    years: dated.map(({ when }) => (when - dated[0].when) / DAY_MS / 365),
  };
}

const loans = Object.entries(loanKinds).flatMap(([kind, make]) =>
  Array.from({ length: LOANS_PER_KIND }, () => prepare(kind, make())),
);

/** Why `rate` is not the rate of these flows, or undefined when it is. */
function rateProblem(rate, times, amounts) {
  if (!Number.isFinite(rate)) return `returned ${rate}`;
  if (rate <= -1) return 'rate ≤ −100 %';
  let value = 0;
  let scale = 0;
  for (let i = 0; i < amounts.length; i++) {
    const discounted = amounts[i] / (1 + rate) ** times[i];
    value += discounted;
    scale += Math.abs(discounted);
  }
  return Math.abs(value) <= NPV_TOLERANCE * scale ? undefined : 'NPV at the rate ≠ 0';
}

const suites = [
  {
    name: 'IRR',
    times: (loan) => loan.periods,
    amounts: (loan) => loan.amounts,
    libraries: [
      {
        name: 'shangan core',
        core: true,
        input: (loan) => loan.amounts,
        solve: (amounts) => {
          const result = irr(amounts);
          return result.ok ? result.rate : `ok:false (${result.code})`;
        },
      },
      {
        name: `financial ${versionOf('financial')}`,
        input: (loan) => loan.amounts,
        solve: (amounts) => financialIrr(amounts),
      },
    ],
  },
  {
    name: 'XIRR',
    times: (loan) => loan.years,
    amounts: (loan) => loan.xirrAmounts,
    libraries: [
      {
        name: 'shangan core',
        core: true,
        input: (loan) => loan.coreFlows,
        solve: (flows) => {
          const result = xirr(flows);
          return result.ok ? result.rate : `ok:false (${result.code})`;
        },
      },
      {
        name: `xirr ${versionOf('xirr')}`,
        input: (loan) => loan.peerFlows,
        solve: (transactions) => peerXirr(transactions),
      },
      {
        // Its starting guess depends on which side's signs it is given; show the lender's side too, to be fair.
        name: `xirr ${versionOf('xirr')} (lender signs)`,
        input: (loan) => loan.peerFlows.map((t) => ({ ...t, amount: -t.amount })),
        solve: (transactions) => peerXirr(transactions),
      },
    ],
  },
];

/** Failure reasons counted by loan kind, e.g. "7/14-day: threw …" → 12. */
function failures(suite, library) {
  const counts = new Map();
  for (const loan of loans) {
    let problem;
    try {
      const rate = library.solve(library.input(loan));
      problem = typeof rate === 'string' ? rate : rateProblem(rate, suite.times(loan), suite.amounts(loan));
    } catch (error) {
      problem = `threw "${error.message}"`;
    }
    if (!problem) continue;
    const key = `${loan.kind}: ${problem}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Solves the whole set over and over for `ms` milliseconds; calls per second. */
function speed(solve, inputs, ms) {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (const input of inputs) {
      try {
        solve(input);
      } catch {
        // A throw is a failure, counted separately; its cost is part of the library's speed.
      }
    }
    calls += inputs.length;
    elapsed = performance.now() - start;
  }
  return (calls * 1000) / elapsed;
}

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const kindCounts = Object.keys(loanKinds).map((kind) => `${LOANS_PER_KIND} ${kind}`);
console.log(`Loans: ${kindCounts.join(', ')}`);

const verdicts = [];
let coreFailed = false;
for (const suite of suites) {
  console.log(
    `${`${suite.name} (${number.format(loans.length)} loans)`.padEnd(32)}${'calls/s'.padStart(12)}${'failures'.padStart(11)}`,
  );
  const results = suite.libraries.map((library) => {
    const inputs = loans.map(library.input);
    speed(library.solve, inputs, WARMUP_MS);
    const callsPerSecond = speed(library.solve, inputs, MEASURE_MS);
    const reasons = failures(suite, library);
    const failed = [...reasons.values()].reduce((sum, n) => sum + n, 0);
    console.log(
      `  ${library.name.padEnd(30)}${number.format(callsPerSecond).padStart(12)}${number.format(failed).padStart(11)}`,
    );
    for (const [reason, n] of reasons) console.log(`      ${String(n).padStart(5)} × ${reason}`);
    return { ...library, callsPerSecond, failed };
  });
  const core = results.find((result) => result.core);
  const fastestPeer = Math.max(...results.filter((result) => !result.core).map((r) => r.callsPerSecond));
  const ratio = core.callsPerSecond / fastestPeer;
  const met = core.failed === 0 && ratio >= 1;
  coreFailed ||= core.failed > 0;
  verdicts.push(
    `${suite.name}: core ${met ? 'meets' : 'does NOT meet'} the target (no failures and at least the speed of the fastest peer): ` +
      `${core.failed} failures, ${ratio.toFixed(2)}× the fastest peer`,
  );
}
for (const verdict of verdicts) console.log(verdict);
// Every loan has an answer, so any failure of the core is a bug; peers' failures are only data.
if (coreFailed) process.exitCode = 1;
