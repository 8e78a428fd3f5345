import { PAYMENT_CHANNELS, type PaymentChannel, parseMoney } from '@shangan/core';
import { useState } from 'preact/hooks';
import { ApiFailure, api, expectOk } from '../../api/client';
import { useCurrentCase } from '../../case/current-case';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { Field } from '../../ui/field';
import { showYuan, todayIso } from '../../ui/format';
import type { CaseDebt } from './case-api';
import { EvidenceFilesField } from './evidence-files-field';
import { toLocalMinute } from './local-time';
import { paymentMessages } from './payment-messages';
import { SaveOutcome } from './save-outcome';
import { useEvidenceUpload } from './use-evidence-upload';

/**
 * The debt's payments as the case file records them (the one record of money paid, ADR 0027): a
 * payment made, with its channel and a receipt kept as evidence, and a mistaken one removed.
 * The agreement's instalments, the plan and the progress are all read from these.
 */
export function PaymentSection({ debt }: { debt: CaseDebt }) {
  const text = useMessages(paymentMessages);
  const { locale } = useLocale();
  const current = useCurrentCase();
  const caseId = current.caseId ?? '';
  const [form, setForm] = useState({ date: todayIso(), amount: '', channel: '' as PaymentChannel | '' });
  const [files, setFiles] = useState<File[]>([]);
  const [fileInputKey, setFileInputKey] = useState(0);
  const [amountError, setAmountError] = useState<string | undefined>();
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState('');
  const upload = useEvidenceUpload(caseId, () => void current.refresh());
  const payments = debt.payments ?? [];

  const edit = (change: (list: NonNullable<CaseDebt['payments']>) => NonNullable<CaseDebt['payments']>) =>
    current.save((stored) => ({
      ...stored,
      debts: stored.debts.map((entry) =>
        entry.id === debt.id ? { ...entry, payments: change(entry.payments ?? []) } : entry,
      ),
    }));

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await work();
    } catch (error) {
      setFailure(error instanceof ApiFailure ? error : new ApiFailure(0, 'client', String(error)));
    } finally {
      setBusy(false);
    }
  };

  const add = (event: Event) => {
    event.preventDefault();
    setSaved('');
    const amount = parseMoney(form.amount.trim());
    if (!amount.ok || amount.value <= 0) return setAmountError(text.amountError);
    setAmountError(undefined);
    const payment = {
      date: form.date,
      amount: form.amount.trim(),
      ...(form.channel === '' ? {} : { channel: form.channel }),
    };
    void run(async () => {
      await edit((list) => [...list, payment]);
      setForm({ ...form, amount: '' });
      setSaved(text.saved);
      if (files.length > 0) {
        // The receipt is evidence like any other: a contact of its own in the log, with the files.
        const contact = await expectOk(
          api.cases[':caseId'].debts[':debtId'].contacts.$post({
            param: { caseId, debtId: debt.id },
            json: {
              at: toLocalMinute(new Date()),
              channel: 'other',
              direction: 'outgoing',
              notes: text.receiptContact(payment.date, payment.amount),
            },
          }),
        );
        const chosen = files;
        setFiles([]);
        setFileInputKey((key) => key + 1);
        await upload.start(contact.id, chosen);
      }
    });
  };

  return (
    <section class="card" aria-labelledby="payments-title">
      <h2 id="payments-title">{text.title}</h2>
      <p class="muted">{text.intro}</p>
      {payments.length === 0 ? (
        <p class="muted">{text.none}</p>
      ) : (
        <ul class="payment-list">
          {payments.map((payment, index) => (
            // Payments have no identity but their place in the case file, as their labels say.
            <li key={`${payment.date}-${index}`} class="row">
              <span class="numbers">
                {payment.date} · {showYuan(String(payment.amount), locale)}
                {payment.channel !== undefined && ` · ${text.channels[payment.channel]}`}
              </span>
              <button
                type="button"
                class="button button-quiet"
                disabled={busy}
                onClick={() => void run(() => edit((list) => list.filter((_, at) => at !== index)))}
              >
                {text.remove(payment.date)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate aria-labelledby="payment-form-title">
        <h3 id="payment-form-title">{text.formTitle}</h3>
        <Field label={text.date}>
          {({ id }) => (
            <input
              id={id}
              type="date"
              value={form.date}
              onInput={(event) => setForm({ ...form, date: event.currentTarget.value })}
            />
          )}
        </Field>
        <Field label={text.amount} error={amountError}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              inputMode="decimal"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              value={form.amount}
              onInput={(event) => setForm({ ...form, amount: event.currentTarget.value })}
            />
          )}
        </Field>
        <Field label={text.channel}>
          {({ id }) => (
            <select
              id={id}
              value={form.channel}
              onChange={(event) =>
                setForm({ ...form, channel: event.currentTarget.value as PaymentChannel | '' })
              }
            >
              <option value="">{text.channelUnknown}</option>
              {PAYMENT_CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {text.channels[channel]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <EvidenceFilesField
          label={text.receipt}
          hint={text.receiptHint}
          resetKey={fileInputKey}
          count={files.length}
          onFiles={setFiles}
        />
        <button type="submit" class="button" disabled={busy}>
          {busy ? text.saving : text.save}
        </button>
        <SaveOutcome error={failure} saved={saved} upload={upload} headingLevel={4} />
      </form>
    </section>
  );
}
