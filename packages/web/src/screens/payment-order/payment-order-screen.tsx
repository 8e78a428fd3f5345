import { citationJson } from '@shangan/core';
import { useState } from 'preact/hooks';
import { ApiFailure, api, hrefOf } from '../../api/client';
import { useCurrentCase } from '../../case/current-case';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { ErrorNotice } from '../../ui/async-state';
import { CitationList } from '../../ui/citation-list';
import { Field } from '../../ui/field';
import { todayIso } from '../../ui/format';
import { documentsRest } from '../documents/document-links';
import { loadTriage } from '../start/triage-store';
import { paymentOrderMessages } from './messages';
import {
  emptyCaseFile,
  type NewDebtFacts,
  newDebtId,
  objectionDeadline,
  type PaymentOrderFacts,
  withPaymentOrder,
} from './payment-order-edit';

const NEW = '';

/**
 * `#/payment-order`: the 15-day path. The day the 支付令 arrived (from the triage, when answered
 * there), which debt (or the three facts of a new one), the amount on it → saved on the case →
 * the objection to print, the deadline with its calendar reminder, and how to hand it in.
 */
export default function PaymentOrderScreen() {
  const text = useMessages(paymentOrderMessages);
  const { locale } = useLocale();
  const current = useCurrentCase();
  const debts = current.caseFile?.debts ?? [];
  const today = todayIso();
  const [received, setReceived] = useState(() => loadTriage().paymentOrderDate ?? '');
  const [amount, setAmount] = useState('');
  const [debtChoice, setDebtChoice] = useState(() => debts[0]?.id ?? NEW);
  const [facts, setFacts] = useState<NewDebtFacts>({ lender: '', principal: '', contractDate: '' });
  const [problem, setProblem] = useState<string | undefined>();
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [busy, setBusy] = useState(false);
  const [savedDebt, setSavedDebt] = useState<string | undefined>();
  const isNew = debtChoice === NEW || !debts.some((debt) => debt.id === debtChoice);

  const submit = async (event: Event) => {
    event.preventDefault();
    const missing = [
      received === '' ? text.received : undefined,
      isNew && facts.lender.trim() === '' ? text.lender : undefined,
      isNew && facts.principal.trim() === '' ? text.principal : undefined,
      isNew && facts.contractDate === '' ? text.contractDate : undefined,
    ].filter((field): field is string => field !== undefined);
    if (missing.length > 0) {
      setProblem(text.missing(missing.join('、')));
      return;
    }
    setProblem(undefined);
    setFailure(undefined);
    setBusy(true);
    const order: PaymentOrderFacts = {
      received,
      amount,
      debt: isNew ? { kind: 'new', facts } : { kind: 'existing', id: debtChoice },
    };
    const debtId = isNew ? newDebtId(current.caseFile) : debtChoice;
    try {
      if (current.caseId === undefined || current.caseFile === undefined) {
        await current.create(text.title, withPaymentOrder(emptyCaseFile(today), order, debtId));
      } else {
        await current.save((stored) => withPaymentOrder(stored, order, debtId));
      }
      setSavedDebt(debtId);
    } catch (error) {
      setFailure(error instanceof ApiFailure ? error : new ApiFailure(0, 'client', String(error)));
    } finally {
      setBusy(false);
    }
  };

  if (savedDebt !== undefined && current.caseId !== undefined) {
    const { deadline, daysLeft } = objectionDeadline(received, today);
    const calendar = hrefOf(
      api.cases[':caseId']['calendar.ics'].$url({ param: { caseId: current.caseId }, query: {} }),
    );
    return (
      <div class="payment-order">
        <h1>{text.readyTitle}</h1>
        <p class={daysLeft >= 0 ? 'notice' : 'notice notice-error'} role="status">
          <strong>{text.deadline(deadline, daysLeft)}</strong>
        </p>
        <div class="actions">
          <a
            class="button"
            href={hrefTo(`/documents/${documentsRest(savedDebt, 'payment_order_objection')}`)}
          >
            {text.toObjection}
          </a>
          <a class="button button-secondary" href={calendar} download>
            {text.toCalendar}
          </a>
        </div>
        <p class="hint">{text.calendarHint}</p>
        <h2>{text.howTitle}</h2>
        <ul>
          {text.how.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <CitationList citations={[citationJson('civil-procedure-payment-order', locale)]} />
        <p>{text.later}</p>
        <p>
          <a href={hrefTo(`/intake/${encodeURIComponent(savedDebt)}`)}>{text.toIntake}</a>
        </p>
      </div>
    );
  }

  return (
    <form class="payment-order" onSubmit={(event) => void submit(event)} noValidate>
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <CitationList citations={[citationJson('civil-procedure-payment-order', locale)]} />
      {failure && <ErrorNotice error={failure} />}
      {problem && (
        <p class="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <Field label={text.received} hint={text.receivedHint}>
        {({ id, describedBy }) => (
          <input
            id={id}
            type="date"
            max={today}
            aria-describedby={describedBy}
            value={received}
            onInput={(event) => setReceived(event.currentTarget.value)}
          />
        )}
      </Field>
      {debts.length > 0 && (
        <Field label={text.whichDebt}>
          {({ id }) => (
            <select id={id} value={debtChoice} onChange={(event) => setDebtChoice(event.currentTarget.value)}>
              {debts.map((debt) => (
                <option key={debt.id} value={debt.id}>
                  {debt.lender}
                </option>
              ))}
              <option value={NEW}>{text.newDebt}</option>
            </select>
          )}
        </Field>
      )}
      {isNew && (
        <>
          <Field label={text.lender} hint={text.lenderHint}>
            {({ id, describedBy }) => (
              <input
                id={id}
                aria-describedby={describedBy}
                value={facts.lender}
                onInput={(event) => setFacts({ ...facts, lender: event.currentTarget.value })}
              />
            )}
          </Field>
          <Field label={text.principal}>
            {({ id }) => (
              <input
                id={id}
                inputMode="decimal"
                value={facts.principal}
                onInput={(event) => setFacts({ ...facts, principal: event.currentTarget.value })}
              />
            )}
          </Field>
          <Field label={text.contractDate} hint={text.contractDateHint}>
            {({ id, describedBy }) => (
              <input
                id={id}
                type="date"
                max={today}
                aria-describedby={describedBy}
                value={facts.contractDate}
                onInput={(event) => setFacts({ ...facts, contractDate: event.currentTarget.value })}
              />
            )}
          </Field>
        </>
      )}
      <Field label={text.amount} hint={text.amountHint}>
        {({ id, describedBy }) => (
          <input
            id={id}
            inputMode="decimal"
            aria-describedby={describedBy}
            value={amount}
            onInput={(event) => setAmount(event.currentTarget.value)}
          />
        )}
      </Field>
      <button type="submit" class="button" disabled={busy}>
        {busy ? text.saving : text.save}
      </button>
    </form>
  );
}
