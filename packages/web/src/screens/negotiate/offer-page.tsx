import { formatYuan, offerInstalments, parseMoney } from '@shangan/core';
import { useState } from 'preact/hooks';
import { ApiFailure, api, expectOk, type Success } from '../../api/client';
import { useCurrentCase } from '../../case/current-case';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { ErrorNotice } from '../../ui/async-state';
import { Field } from '../../ui/field';
import { showYuan, todayIso } from '../../ui/format';
import { type AgreementDraft, draftFromOffer } from './agreement-draft';
import { AgreementForm } from './agreement-form';
import type { CaseDebt } from './case-api';
import { offerMessages } from './offer-messages';

const offerRoute = api.cases[':caseId'].debts[':debtId'].offer;
type Weighing = Success<Awaited<ReturnType<typeof offerRoute.$post>>>;

/**
 * The weighed offer as an agreement to record: its total and the instalments `shangan offer`
 * weighed (the core's offerInstalments), money as "1234.50".
 */
function acceptedDraft(offer: Weighing['offer']): AgreementDraft | undefined {
  const total = parseMoney(offer.total);
  const down = parseMoney(offer.down);
  if (!total.ok || !down.ok) return undefined;
  const rows = offerInstalments({
    total: total.value,
    down: down.value,
    periods: offer.periods,
    firstDue: offer.firstDue,
  });
  return draftFromOffer(
    { total: offer.total },
    rows.map((row) => ({ date: row.date, amount: formatYuan(row.amount) })),
    todayIso(),
  );
}

/**
 * `#/negotiate/<debt>/offer`: the lender's offer weighed, as `shangan offer` weighs it. Nothing is
 * stored until the person accepts it: then the offer goes into the case file as accepted and the
 * agreement form below is filled from it.
 */
export function OfferPage({ debt }: { debt: CaseDebt }) {
  const text = useMessages(offerMessages);
  const { locale } = useLocale();
  const current = useCurrentCase();
  const [form, setForm] = useState({ total: '', down: '', periods: '', firstDue: '' });
  const [weighing, setWeighing] = useState<Weighing | undefined>();
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [busy, setBusy] = useState(false);
  const [accepted, setAccepted] = useState<AgreementDraft | undefined>();
  const set = (field: keyof typeof form) => (event: { currentTarget: HTMLInputElement }) =>
    setForm({ ...form, [field]: event.currentTarget.value });

  const weigh = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      const periods = form.periods.trim() === '' ? undefined : Number(form.periods);
      const json = {
        total: form.total,
        lang: locale,
        ...(form.down.trim() === '' ? {} : { down: form.down }),
        ...(periods === undefined ? {} : { periods }),
        ...(form.firstDue === '' ? {} : { firstDue: form.firstDue }),
      };
      const param = { caseId: current.caseId ?? '', debtId: debt.id };
      setWeighing(await expectOk(offerRoute.$post({ param, json })));
    } catch (error) {
      setWeighing(undefined);
      setFailure(error instanceof ApiFailure ? error : new ApiFailure(0, 'client', String(error)));
    } finally {
      setBusy(false);
    }
  };

  const accept = async (offer: Weighing['offer']) => {
    const draft = acceptedDraft(offer);
    if (!draft) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const recorded = {
        by: 'lender' as const,
        date: todayIso(),
        kind: 'instalments' as const,
        total: offer.total,
        down: offer.down,
        periods: offer.periods,
        firstDue: offer.firstDue,
        state: 'accepted' as const,
      };
      await current.save((stored) => ({
        ...stored,
        debts: stored.debts.map((entry) =>
          entry.id === debt.id ? { ...entry, offers: [...(entry.offers ?? []), recorded] } : entry,
        ),
      }));
      setAccepted(draft);
    } catch (error) {
      setFailure(error instanceof ApiFailure ? error : new ApiFailure(0, 'client', String(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="negotiate">
      <p class="no-print">
        <a href={hrefTo('/negotiate')}>{text.back}</a>
      </p>
      <h1>{text.title(debt.lender)}</h1>
      <p>{text.intro}</p>
      <form class="card" onSubmit={(event) => void weigh(event)} noValidate>
        {failure && <ErrorNotice error={failure} />}
        <Field label={text.total}>
          {({ id }) => <input id={id} inputMode="decimal" value={form.total} onInput={set('total')} />}
        </Field>
        <Field label={text.down}>
          {({ id }) => <input id={id} inputMode="decimal" value={form.down} onInput={set('down')} />}
        </Field>
        <Field label={text.periods}>
          {({ id }) => <input id={id} inputMode="numeric" value={form.periods} onInput={set('periods')} />}
        </Field>
        <Field label={text.firstDue}>
          {({ id }) => <input id={id} type="date" value={form.firstDue} onInput={set('firstDue')} />}
        </Field>
        <button type="submit" class="button" disabled={busy || form.total.trim() === ''}>
          {busy ? text.weighing : text.weigh}
        </button>
      </form>
      {weighing && (
        <section class="card" aria-labelledby="offer-verdict" aria-live="polite">
          <h2 id="offer-verdict">
            {text.verdict}：
            <span class={weighing.verdict === 'accept' ? 'badge' : 'badge badge-warn'}>
              {weighing.verdictLabel}
            </span>
          </h2>
          <p>
            {text.offer(
              showYuan(weighing.offer.total, locale),
              weighing.offer.periods,
              showYuan(weighing.offer.monthly, locale),
            )}
          </p>
          <ul>
            {weighing.reasons.map((reason) => (
              <li key={reason.message}>{reason.message}</li>
            ))}
          </ul>
          {weighing.counter && (
            <>
              <h3>{text.counterTitle}</h3>
              <p>
                {text.counter(
                  showYuan(weighing.counter.total, locale),
                  weighing.counter.periods,
                  showYuan(weighing.counter.monthly, locale),
                  weighing.counter.firstDue,
                )}
              </p>
              <h3>{text.scriptTitle}</h3>
              <ol>
                {weighing.counter.script.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ol>
            </>
          )}
          {weighing.checklistGaps.length > 0 && (
            <>
              <h3>{text.gapsTitle}</h3>
              <ul>
                {weighing.checklistGaps.map((gap) => (
                  <li key={gap.item}>{gap.label}</li>
                ))}
              </ul>
            </>
          )}
          <p class="muted">{text.estimate}</p>
        </section>
      )}
      {weighing && accepted === undefined && (
        <section class="card" aria-labelledby="offer-accept">
          <h2 id="offer-accept">{text.acceptTitle}</h2>
          {weighing.verdict !== 'accept' && (
            <p class="notice notice-warn">{text.acceptCaution(weighing.verdictLabel)}</p>
          )}
          <button
            type="button"
            class="button button-secondary"
            disabled={busy}
            onClick={() => void accept(weighing.offer)}
          >
            {busy ? text.accepting : text.accept}
          </button>
        </section>
      )}
      {accepted && (
        <>
          <p class="notice notice-ok" role="status">
            {text.acceptedNote}
          </p>
          <AgreementForm
            caseId={current.caseId ?? ''}
            debtId={debt.id}
            initial={accepted}
            onSaved={() => void current.refresh()}
          />
          <p>
            <a href={hrefTo('/progress')}>{text.progressLink}</a>
          </p>
        </>
      )}
    </div>
  );
}
