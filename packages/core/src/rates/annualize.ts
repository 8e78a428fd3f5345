/**
 * Annualised rates from a periodic rate r with k periods a year, as PBOC 公告〔2021〕第3号 asks:
 * 年化利率(单利) = r × k (what lenders label APR, and what court caps are compared with), and
 * 年化利率(复利) = (1 + r)^k − 1 (the IRR-method effective annual rate).
 */
export function annualizeSimple(periodicRate: number, periodsPerYear: number): number {
  return periodicRate * periodsPerYear;
}

export function annualizeCompound(periodicRate: number, periodsPerYear: number): number {
  return Math.expm1(periodsPerYear * Math.log1p(periodicRate));
}
