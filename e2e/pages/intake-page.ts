import type { Locator } from 'playwright-core';
import { type AppPage, textOf } from './app-page.js';
import { exactly, type InterviewQuestion, interviewQuestion, loadCatalog, optionLabel } from './catalog.js';

/** The intake's texts the model uses (packages/web/src/screens/intake/messages.ts). */
interface IntakeTexts {
  next: string;
  skip: string;
  addAnother: string;
  nextDebt: string;
  finish: string;
  reviewTitle: (lender: string) => string;
  savedOk: string;
  sampleNote: string;
  feeItem: (n: number) => string;
  feeName: string;
  feeAmount: string;
  feeWhen: string;
  whenUpfront: string;
  whenPerPeriod: string;
  addFee: string;
  paymentItem: (n: number) => string;
  paymentDate: string;
  paymentAmount: string;
  addPayment: string;
  eventItem: (n: number) => string;
  eventDate: string;
  eventKind: string;
  eventNote: string;
  eventKinds: Record<string, string>;
  addEvent: string;
  offerItem: (n: number) => string;
  offerDate: string;
  offerPeriods: string;
  offerMonthly: string;
  offerTotal: string;
  addOffer: string;
  splitParts: Record<string, string>;
  splitAmount: (part: string) => string;
  shortcutLabel: string;
  shortcutButton: string;
  aboutTitle: string;
  name: string;
  city: string;
  situationTitle: string;
  description: string;
}

export const intakeTexts = await loadCatalog<IntakeTexts>('screens/intake/messages.ts', 'intakeMessages');

export interface FeeRow {
  name: string;
  /** Yuan as typed, e.g. "500" or "0.05万". */
  amount: string;
  when: 'upfront' | 'per_period';
}

export interface PaymentRow {
  date: string;
  amount: string;
}

/** Something that interrupts limitation: `kind` as in the case file (demand, acknowledgement, …). */
export interface EventRow {
  date: string;
  kind: string;
  note?: string;
}

/** The bank's 个性化分期 offer as typed. */
export interface OfferRow {
  date: string;
  periods?: string;
  monthly?: string;
  total?: string;
}

/** The parts of a card balance the statement gives (principal, interest, lateFees, …), as typed. */
export type SplitAnswer = Partial<
  Record<'principal' | 'interest' | 'lateFees' | 'instalmentFees' | 'annualFees' | 'other', string>
>;

/**
 * The answers for one debt, by question id (content/interview/debt-questions.json). Choices hold
 * the option's value (the screen shows its label); money, rates and counts are typed as a person
 * types them. A question without an answer here is skipped with "跳过" (so it must be optional).
 */
export interface DebtAnswers {
  lender: string;
  lenderType: string;
  /** A credit card: the card questions instead of the loan questions. */
  cardLast4?: string;
  cardStatementDay?: string;
  cardDueDay?: string;
  cardBalance?: string;
  cardBalanceDate?: string;
  cardSplit?: SplitAnswer;
  cardPlan?: 'revolving' | 'instalments';
  cardPrincipal?: string;
  cardDailyRate?: string;
  cardFirstMissed?: string;
  cardOpenDate?: string;
  cardPlanPrincipal?: string;
  cardPlanStart?: string;
  cardPlanFeeRate?: string;
  cardPlanPeriods?: string;
  cardPlanFirstDue?: string;
  cardPayments?: readonly PaymentRow[];
  cardOffers?: readonly OfferRow[];
  /** A loan. */
  contractDate?: string;
  principal?: string;
  received?: string;
  scheduleMode?: 'instalments' | 'terms' | 'none';
  instalmentAmount?: string;
  instalmentCount?: string;
  method?: string;
  rateKind?: string;
  rate?: string;
  frequency?: string;
  periods?: string;
  firstDueDate?: string;
  fees?: readonly FeeRow[];
  /** Rows typed one by one, or "已按计划还了前 N 期" (the shortcut that fills the first N instalments). */
  payments?: readonly PaymentRow[] | { paidOnTime: number };
  claimedTotal?: string;
  claimedDate?: string;
  overdueSince?: string;
  limitationEvents?: readonly EventRow[];
  status?: string;
  paymentOrderReceived?: string;
  officialChannel?: string;
}

type Answer = NonNullable<DebtAnswers[keyof DebtAnswers]>;

/**
 * The guided interview (`#/intake/<debt>/<question>`): one question per screen, then the debt's
 * review, the two optional steps about the person, and "完成". Which question is on screen is read
 * from the route; its words from the interview content.
 */
export class IntakePage {
  constructor(readonly app: AppPage) {}

  get text(): IntakeTexts {
    return intakeTexts[this.app.locale];
  }

  private get page() {
    return this.app.page;
  }

  private button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /**
   * Answers every question the interview asks for this debt, from the first question on screen to
   * the review, skipping those without an answer. Fails when an answer is refused or never asked.
   * `onQuestion` runs on each question once it is on screen (e.g. to photograph it).
   */
  async enterDebt(
    answers: DebtAnswers,
    onQuestion: (questionId: string) => Promise<unknown> = async () => undefined,
  ): Promise<void> {
    const asked = new Set<string>();
    for (;;) {
      const [, screen, debtId, view] = this.app.route().split('/');
      if (screen !== 'intake' || debtId === undefined || view === undefined) {
        throw new Error(`expected a question of the intake, the app is at ${this.app.route()}`);
      }
      if (view === 'review') {
        await this.waitForReview(answers.lender);
        const unasked = Object.keys(answers).filter((id) => !asked.has(id));
        if (unasked.length > 0) throw new Error(`the intake never asked: ${unasked.join(', ')}`);
        return;
      }
      const question = interviewQuestion(view);
      await this.app.waitForScreen(exactly(question.text[this.app.locale]));
      await onQuestion(view);
      const answer = answers[view as keyof DebtAnswers];
      if (answer === undefined) {
        await this.moveOn(question, this.button(this.text.skip));
      } else {
        await this.answer(question, answer);
        asked.add(view);
        await this.moveOn(question, this.button(this.text.next));
      }
    }
  }

  private async answer(question: InterviewQuestion, answer: Answer): Promise<void> {
    const { locale } = this.app;
    if (question.kind === 'choice' && typeof answer === 'string') {
      await this.page
        .getByRole('radio', { name: optionLabel(question.id, answer, locale), exact: true })
        .check();
    } else if (question.kind === 'fees' && Array.isArray(answer)) {
      await this.fillFees(answer as readonly FeeRow[]);
    } else if (question.kind === 'events' && Array.isArray(answer)) {
      await this.fillEvents(answer as readonly EventRow[]);
    } else if (question.kind === 'offers' && Array.isArray(answer)) {
      await this.fillOffers(answer as readonly OfferRow[]);
    } else if (question.kind === 'split' && typeof answer === 'object' && !Array.isArray(answer)) {
      await this.fillSplit(answer as SplitAnswer);
    } else if (question.kind === 'payments' && typeof answer !== 'string') {
      await ('paidOnTime' in answer
        ? this.fillPaidOnTime(answer.paidOnTime)
        : this.fillPayments(answer as readonly PaymentRow[]));
    } else if (typeof answer === 'string') {
      await this.page.getByLabel(question.text[locale], { exact: true }).fill(answer);
    } else {
      throw new Error(`question "${question.id}" (${question.kind}) cannot take ${JSON.stringify(answer)}`);
    }
  }

  private async fillFees(rows: readonly FeeRow[]): Promise<void> {
    for (const [index, fee] of rows.entries()) {
      if (index > 0) await this.button(this.text.addFee).click();
      const row = this.page.getByRole('group', { name: this.text.feeItem(index + 1), exact: true });
      await row.getByLabel(this.text.feeName, { exact: true }).fill(fee.name);
      await row.getByLabel(this.text.feeAmount, { exact: true }).fill(fee.amount);
      await row
        .getByLabel(this.text.feeWhen, { exact: true })
        .selectOption({ label: fee.when === 'upfront' ? this.text.whenUpfront : this.text.whenPerPeriod });
    }
  }

  private async fillPayments(rows: readonly PaymentRow[]): Promise<void> {
    for (const [index, payment] of rows.entries()) {
      if (index > 0) await this.button(this.text.addPayment).click();
      const row = this.page.getByRole('group', { name: this.text.paymentItem(index + 1), exact: true });
      await row.getByLabel(this.text.paymentDate, { exact: true }).fill(payment.date);
      await row.getByLabel(this.text.paymentAmount, { exact: true }).fill(payment.amount);
    }
  }

  private async fillEvents(rows: readonly EventRow[]): Promise<void> {
    for (const [index, event] of rows.entries()) {
      if (index > 0) await this.button(this.text.addEvent).click();
      const row = this.page.getByRole('group', { name: this.text.eventItem(index + 1), exact: true });
      await row.getByLabel(this.text.eventDate, { exact: true }).fill(event.date);
      const kind = this.text.eventKinds[event.kind];
      if (kind === undefined) throw new Error(`no limitation event kind "${event.kind}"`);
      await row.getByLabel(this.text.eventKind, { exact: true }).selectOption({ label: kind });
      if (event.note !== undefined)
        await row.getByLabel(this.text.eventNote, { exact: true }).fill(event.note);
    }
  }

  private async fillOffers(rows: readonly OfferRow[]): Promise<void> {
    for (const [index, offer] of rows.entries()) {
      if (index > 0) await this.button(this.text.addOffer).click();
      const row = this.page.getByRole('group', { name: this.text.offerItem(index + 1), exact: true });
      await row.getByLabel(this.text.offerDate, { exact: true }).fill(offer.date);
      const parts = [
        [this.text.offerPeriods, offer.periods],
        [this.text.offerMonthly, offer.monthly],
        [this.text.offerTotal, offer.total],
      ] as const;
      for (const [label, value] of parts) {
        if (value !== undefined) await row.getByLabel(label, { exact: true }).fill(value);
      }
    }
  }

  /** The balance's split: one labelled field per part ("违约金（罚息）（元）"). */
  private async fillSplit(split: SplitAnswer): Promise<void> {
    for (const [part, amount] of Object.entries(split)) {
      const name = this.text.splitParts[part];
      if (name === undefined) throw new Error(`no part "${part}" in the split of a balance`);
      await this.page.getByLabel(this.text.splitAmount(name), { exact: true }).fill(amount);
    }
  }

  /** "已按计划还了前 N 期": fills the first N instalments of the plan in one go. */
  private async fillPaidOnTime(count: number): Promise<void> {
    await this.page.getByLabel(this.text.shortcutLabel, { exact: true }).fill(String(count));
    await this.button(this.text.shortcutButton).click();
    await this.page.getByRole('group', { name: this.text.paymentItem(count), exact: true }).waitFor();
  }

  /**
   * Presses "下一步" or "跳过" and waits for the next screen's address; when the answer is refused
   * instead, fails with the screen's own message (the `role="alert"` beside the field).
   */
  private async moveOn(question: InterviewQuestion, button: Locator): Promise<void> {
    const from = this.page.url();
    await button.click();
    const alert = this.page.getByRole('alert').first();
    const left = this.page.waitForURL((url) => url.href !== from).then(() => 'left' as const);
    const refused = alert.waitFor().then(() => 'refused' as const);
    // The loser of the race is left waiting; it ends with the page and must not reject unhandled.
    left.catch(() => undefined);
    refused.catch(() => undefined);
    if ((await Promise.race([left, refused])) === 'refused' && this.page.url() === from) {
      throw new Error(`"${question.text[this.app.locale]}" was not accepted: ${await textOf(alert)}`);
    }
  }

  /** The review of one debt, once it says the debt is saved to the case. */
  async waitForReview(lender: string): Promise<void> {
    await this.app.waitForScreen(exactly(this.text.reviewTitle(lender)));
    await this.page.getByText(this.text.savedOk, { exact: true }).waitFor();
  }

  /** From a review: "再添一笔", to the new debt's first question. */
  async addAnother(): Promise<void> {
    await this.button(this.text.addAnother).click();
    await this.page.waitForURL(/#\/intake\/[^/]+\/lender$/);
  }

  /** From a review: "下一笔", to the next debt's review. */
  async nextDebt(): Promise<void> {
    const from = this.page.url();
    await this.button(this.text.nextDebt).click();
    await this.page.waitForURL((url) => url.href !== from && url.hash.endsWith('/review'));
  }

  nextDebtButton(): Locator {
    return this.button(this.text.nextDebt);
  }

  /** "完成": to the optional steps not yet done, or the overview. */
  async finish(): Promise<void> {
    const from = this.page.url();
    await this.button(this.text.finish).click();
    await this.page.waitForURL((url) => url.href !== from);
  }

  /** "关于你": name and city (the other fields stay empty), then "下一步". */
  async fillAbout(person: { name: string; city: string }): Promise<void> {
    await this.app.waitForScreen(exactly(this.text.aboutTitle));
    await this.page.getByLabel(this.text.name, { exact: true }).fill(person.name);
    await this.page.getByLabel(this.text.city, { exact: true }).fill(person.city);
    await this.button(this.text.next).click();
    await this.page.waitForURL(/#\/intake\/situation$/);
  }

  /** "你遇到了什么困难？": the hardships ticked (by their labels) and the person's words, then "完成". */
  async fillSituation(situation: { hardships: readonly string[]; description: string }): Promise<void> {
    await this.app.waitForScreen(exactly(this.text.situationTitle));
    for (const hardship of situation.hardships) {
      await this.page.getByRole('checkbox', { name: hardship, exact: true }).check();
    }
    await this.page.getByLabel(this.text.description, { exact: true }).fill(situation.description);
    await this.button(this.text.finish).click();
    await this.page.waitForURL(/#\/overview$/);
  }
}
