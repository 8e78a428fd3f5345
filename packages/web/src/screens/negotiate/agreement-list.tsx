import type { AgreementJson } from '@shangan/contract';
import { type CalendarDate, formatDate } from '@shangan/core';
import { useState } from 'preact/hooks';
import { ApiFailure, api, expectOk } from '../../api/client';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { ErrorNotice } from '../../ui/async-state';
import { Field } from '../../ui/field';
import { showYuan, todayIso } from '../../ui/format';
import { agreementMessages } from './agreement-messages';
import { showInstant } from './local-time';

interface AgreementListProps {
  agreements: AgreementJson[];
  caseId: string;
  onChanged: () => void;
}

/** The debt's recorded agreements, oldest first, each instalment marked paid (or unmarked) in place. */
export function AgreementList({ agreements, caseId, onChanged }: AgreementListProps) {
  const text = useMessages(agreementMessages);
  const [paidOn, setPaidOn] = useState(todayIso);
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [busy, setBusy] = useState(false);

  const mark = async (agreement: AgreementJson, seq: number, paid: boolean) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const instalment = api.cases[':caseId'].agreements[':agreementId'].instalments[':seq'].paid;
      const param = { caseId, agreementId: agreement.id, seq: String(seq) };
      await expectOk(paid ? instalment.$post({ param, json: { paidOn } }) : instalment.$delete({ param }));
      onChanged();
    } catch (error) {
      setFailure(error instanceof ApiFailure ? error : new ApiFailure(0, 'client', String(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="agreement-list" aria-labelledby="agreement-list-title">
      <h2 id="agreement-list-title">{text.listTitle}</h2>
      {agreements.length === 0 ? (
        <p class="muted">{text.none}</p>
      ) : (
        <>
          {agreements.length > 1 && <p class="notice">{text.latestCounts}</p>}
          <Field label={text.paidOnLabel} hint={text.paidOnHint}>
            {({ id, describedBy }) => (
              <input
                id={id}
                type="date"
                aria-describedby={describedBy}
                value={paidOn}
                onInput={(event) => setPaidOn(event.currentTarget.value)}
              />
            )}
          </Field>
          {failure !== undefined && <ErrorNotice error={failure} />}
          {agreements.map((agreement) => (
            <AgreementCard key={agreement.id} agreement={agreement} busy={busy} onMark={mark} />
          ))}
        </>
      )}
    </section>
  );
}

function AgreementCard({
  agreement,
  busy,
  onMark,
}: {
  agreement: AgreementJson;
  busy: boolean;
  onMark: (agreement: AgreementJson, seq: number, paid: boolean) => void;
}) {
  const text = useMessages(agreementMessages);
  const { locale } = useLocale();
  const day = (value: string) => formatDate(value as CalendarDate, locale);
  return (
    <article class="card agreement" aria-labelledby={`agreement-${agreement.id}`}>
      <h3 id={`agreement-${agreement.id}`}>{text.agreementOf(showInstant(agreement.createdAt))}</h3>
      <dl class="facts">
        <dt>{text.totalFact}</dt>
        <dd data-figure="agreement-total">{showYuan(agreement.total, locale)}</dd>
        <dt>{text.paidFact}</dt>
        <dd data-figure="agreement-paid">{showYuan(agreement.paid, locale)}</dd>
        <dt>{text.remainingFact}</dt>
        <dd data-figure="agreement-remaining">{showYuan(agreement.remaining, locale)}</dd>
        {agreement.signedOn !== null && (
          <>
            <dt>{text.signedFact}</dt>
            <dd>{day(agreement.signedOn)}</dd>
          </>
        )}
        {agreement.terms.waived !== undefined && (
          <>
            <dt>{text.waivedFact}</dt>
            <dd>{showYuan(agreement.terms.waived, locale)}</dd>
          </>
        )}
        <dt>{text.certificateFact}</dt>
        <dd>{text.certificateIn(agreement.terms.certificateDays)}</dd>
      </dl>
      {agreement.terms.notes !== undefined && (
        <p class="pre-line">
          <span class="muted">{text.notesFact}：</span>
          {agreement.terms.notes}
        </p>
      )}
      <ol class="instalment-status">
        {agreement.instalments.map((instalment) => (
          <li key={instalment.seq} class="row">
            <span class="numbers instalment-facts">
              {text.seqOf(instalment.seq)} · {day(instalment.dueOn)} ·{' '}
              <strong>{showYuan(instalment.amount, locale)}</strong>
            </span>
            <span class={instalment.paidOn === null ? 'unpaid' : 'paid'}>
              {instalment.paidOn === null ? text.unpaid : text.paid(day(instalment.paidOn))}
            </span>
            <button
              type="button"
              class="button button-quiet"
              disabled={busy}
              onClick={() => onMark(agreement, instalment.seq, instalment.paidOn === null)}
            >
              {instalment.paidOn === null ? text.markPaid(instalment.seq) : text.unmark(instalment.seq)}
            </button>
          </li>
        ))}
      </ol>
    </article>
  );
}
