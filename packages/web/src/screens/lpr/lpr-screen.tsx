import type { LprJson } from '@shangan/contract';
import { useState } from 'preact/hooks';
import { ApiFailure, api, expectOk } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { useCurrentCase } from '../../case/current-case';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { LprForm } from './lpr-form';
import { lprMessages } from './messages';
import './lpr.css';

/**
 * `#/lpr`: the newest quotation of the built-in table, the person's own (each with a delete), and
 * the form to add one read on the CFETS or PBOC website. Every report of their cases is computed
 * with these (ADR 0033); the overview asks the server again when it is opened next.
 */
export default function LprScreen() {
  const text = useMessages(lprMessages);
  const { locale } = useLocale();
  const current = useCurrentCase();
  const lpr = useResource(() => expectOk(api.lpr.$get()), [locale]);
  return (
    <div class="lpr">
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      {lpr.error ? (
        <ErrorNotice error={lpr.error} onRetry={lpr.reload} />
      ) : lpr.data === undefined ? (
        <Loading label={text.loading} />
      ) : (
        <LprTables lpr={lpr.data} onChange={lpr.reload} />
      )}
      {current.status === 'ready' && (
        <p class="no-print">
          <a href={hrefTo('/overview')}>{text.toOverview}</a>
        </p>
      )}
    </div>
  );
}

function LprTables({ lpr, onChange }: { lpr: LprJson; onChange: () => void }) {
  const text = useMessages(lprMessages);
  const latest = lpr.builtInLatest;
  const [status, setStatus] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<ApiFailure | undefined>(undefined);
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const remove = async (date: string) => {
    setBusy(date);
    setStatus(undefined);
    setFailure(undefined);
    try {
      await expectOk(api.lpr.quotations[':date'].$delete({ param: { date } }));
      setStatus(text.removed(date));
      onChange();
    } catch (caught) {
      setFailure(caught instanceof ApiFailure ? caught : new ApiFailure(0, 'client', String(caught)));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <>
      {latest !== null && (
        <section aria-labelledby="lpr-when">
          <h2 id="lpr-when">{text.whenTitle}</h2>
          <p>{text.when(latest.date)}</p>
        </section>
      )}
      <section class="card" aria-labelledby="lpr-built-in">
        <h2 id="lpr-built-in">{text.builtInTitle}</h2>
        {latest === null ? (
          <p>{text.builtInNone}</p>
        ) : (
          <dl class="lpr-facts">
            <div>
              <dt>{text.date}</dt>
              <dd>{latest.date}</dd>
            </div>
            <div>
              <dt>{text.oneYear}</dt>
              <dd class="figure">{latest.lpr1y}%</dd>
            </div>
            <div>
              <dt>{text.fiveYear}</dt>
              <dd class="figure">{latest.lpr5y}%</dd>
            </div>
            <div>
              <dt>{text.status}</dt>
              <dd>{text.statusLabels[latest.status]}</dd>
            </div>
          </dl>
        )}
      </section>
      <section class="card" aria-labelledby="lpr-own">
        <h2 id="lpr-own">{text.ownTitle}</h2>
        {lpr.own.length === 0 ? (
          <p>{text.ownNone}</p>
        ) : (
          <ul class="lpr-own">
            {[...lpr.own].reverse().map((quotation) => (
              <li key={quotation.date}>
                <div>
                  <p>{text.ownItem(quotation.date, quotation.lpr1y, quotation.lpr5y)}</p>
                  {quotation.source !== null && <p class="hint">{text.ownSource(quotation.source)}</p>}
                </div>
                <button
                  type="button"
                  class="button button-secondary"
                  aria-label={text.removeLabel(quotation.date)}
                  disabled={busy !== undefined}
                  onClick={() => remove(quotation.date)}
                >
                  {text.remove}
                </button>
              </li>
            ))}
          </ul>
        )}
        {failure && <ErrorNotice error={failure} />}
        <p
          role="status"
          aria-live="polite"
          class={status === undefined ? 'status-empty' : 'notice notice-ok'}
        >
          {status}
        </p>
      </section>
      <LprForm onAdded={onChange} />
    </>
  );
}
