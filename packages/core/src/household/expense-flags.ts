import type { Budget, ExpenseCategory } from '../case/budget-schema.js';
import { type Fen, fen } from '../money/fen.js';

/**
 * A category that looks unusually high or low for the household. It is a question for the person
 * to check, never a judgement: creditors read the statement, and an unexplained figure is the first
 * thing they push back on.
 */
export interface ExpenseFlag {
  category: ExpenseCategory;
  direction: 'high' | 'low';
  amount: Fen;
  /** The rough guide the amount was compared with, in fen (per month, whole household). */
  guide: Fen;
}

/**
 * Rough guides, in yuan per month, chosen to catch typing mistakes and forgotten costs, not to
 * judge a household: food below 300 yuan a person is hard to live on anywhere in mainland China
 * and above 2,500 a person is rare outside the largest cities; communication above 300 yuan is
 * several phone plans; housing, transport and "other" are compared with income because rents
 * differ too much between cities for a fixed figure.
 */
const FOOD_LOW_PER_PERSON = 300_00;
const FOOD_HIGH_PER_PERSON = 2_500_00;
const COMMUNICATION_HIGH = 300_00;
const HOUSING_HIGH_SHARE = 0.5;
const TRANSPORT_HIGH_SHARE = 0.25;
const OTHER_HIGH_SHARE = 0.2;

export function flagExpenses(budget: Budget, monthlyIncome: Fen): ExpenseFlag[] {
  const people = 1 + budget.dependents;
  const flags: ExpenseFlag[] = [];
  const check = (category: ExpenseCategory, direction: 'high' | 'low', guide: number) => {
    const amount = budget.expenses[category];
    const outOfRange = direction === 'high' ? amount > guide : amount < guide;
    if (outOfRange) flags.push({ category, direction, amount, guide: fen(Math.round(guide)) });
  };
  check('food', 'low', FOOD_LOW_PER_PERSON * people);
  check('food', 'high', FOOD_HIGH_PER_PERSON * people);
  check('communication', 'high', COMMUNICATION_HIGH);
  if (monthlyIncome > 0) {
    check('housing', 'high', monthlyIncome * HOUSING_HIGH_SHARE);
    check('transport', 'high', monthlyIncome * TRANSPORT_HIGH_SHARE);
    check('other', 'high', monthlyIncome * OTHER_HIGH_SHARE);
  }
  return flags;
}
