import { roundToFen } from '../money/rounding.js';
import type { InstalmentSplit, RepaymentMethod } from './schedule-types.js';

/**
 * Splits each period into principal, interest and fee by the method's rule. Rounding is half-up to
 * the fen for the payment and for each period's interest; the last period clears the balance
 * exactly, absorbing the rounding of the earlier ones.
 */
export function splitInstalments(
  method: RepaymentMethod,
  principal: number,
  periods: number,
  rate: number,
): InstalmentSplit[] {
  switch (method) {
    case 'equal_installment':
      return equalInstallment(principal, periods, rate);
    case 'equal_principal':
      return equalPrincipal(principal, periods, rate);
    case 'interest_only':
      return interestOnly(principal, periods, rate);
    case 'bullet':
      return bullet(principal, periods, rate);
    case 'flat_fee':
      return flatFee(principal, periods, rate);
  }
}

/** 等额本息: the annuity payment PMT = P·r / (1 − (1 + r)^−n), rounded half-up. */
function equalInstallment(principal: number, periods: number, rate: number): InstalmentSplit[] {
  const payment = roundToFen(
    rate === 0 ? principal / periods : (principal * rate) / -Math.expm1(-periods * Math.log1p(rate)),
  );
  return amortize(principal, periods, (balance) => {
    const interest = roundToFen(balance * rate);
    return { interest, principal: payment - interest };
  });
}

/** 等额本金: the same principal every period, interest on the falling balance. */
function equalPrincipal(principal: number, periods: number, rate: number): InstalmentSplit[] {
  const share = roundToFen(principal / periods);
  return amortize(principal, periods, (balance) => ({
    interest: roundToFen(balance * rate),
    principal: share,
  }));
}

/** 先息后本: interest every period, all principal with the last. */
function interestOnly(principal: number, periods: number, rate: number): InstalmentSplit[] {
  return amortize(principal, periods, (balance) => ({ interest: roundToFen(balance * rate), principal: 0 }));
}

/**
 * 到期一次还本付息: one payment at maturity, simple interest for the whole term
 * (P × r × periods; for daily-rate loans, P × 日息 × days).
 */
function bullet(principal: number, periods: number, rate: number): InstalmentSplit[] {
  return [{ principal, interest: roundToFen(principal * rate * periods), fee: 0 }];
}

/** Credit-card instalments: equal principal plus a fee of rate × the ORIGINAL principal every period. */
function flatFee(principal: number, periods: number, rate: number): InstalmentSplit[] {
  const fee = roundToFen(principal * rate);
  const share = roundToFen(principal / periods);
  return amortize(principal, periods, () => ({ interest: 0, principal: share })).map((split) => ({
    ...split,
    fee,
  }));
}

/** Runs a per-period rule over the balance; the last period (or an early payoff) clears it. */
function amortize(
  principal: number,
  periods: number,
  rule: (balance: number) => { interest: number; principal: number },
): InstalmentSplit[] {
  const splits: InstalmentSplit[] = [];
  let balance = principal;
  for (let period = 1; period <= periods; period++) {
    const step = rule(balance);
    const principalPart = period === periods ? balance : Math.min(Math.max(step.principal, 0), balance);
    splits.push({ principal: principalPart, interest: step.interest, fee: 0 });
    balance -= principalPart;
  }
  return splits;
}
