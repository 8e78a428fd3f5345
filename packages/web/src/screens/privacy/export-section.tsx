import type { CaseSummary } from '@shangan/contract';
import { useState } from 'preact/hooks';
import { api, hrefOf } from '../../api/client';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { privacyMessages } from './messages';

function exportPath(caseId: string, reveal: boolean): string {
  const query = reveal ? { reveal: 'true' as const } : {};
  return hrefOf(api.cases[':caseId'].export.$url({ param: { caseId }, query }));
}

/** A download link per stored case (a zip the server writes), phone and ID numbers only on request. */
export function ExportSection({ cases }: { cases: readonly CaseSummary[] }) {
  const text = useMessages(privacyMessages);
  const [reveal, setReveal] = useState(false);
  return (
    <section class="card" aria-labelledby="export-title">
      <h2 id="export-title">{text.exportTitle}</h2>
      <p>{text.exportBody}</p>
      <p>
        {text.exportPlain} <a href={hrefTo('/backup')}>{text.exportBackupLink}</a>
      </p>
      {cases.length === 0 ? (
        <p class="muted">{text.noCases}</p>
      ) : (
        <>
          <label class="choice">
            <input
              type="checkbox"
              checked={reveal}
              aria-describedby="export-reveal-hint"
              onChange={(event) => setReveal(event.currentTarget.checked)}
            />
            <span>{text.exportReveal}</span>
          </label>
          <p class="hint" id="export-reveal-hint">
            {text.exportRevealHint}
          </p>
          <div class="actions">
            {cases.map((item) => (
              // Empty download: the browser keeps the server's file name, which holds no personal data.
              <a key={item.id} class="button" href={exportPath(item.id, reveal)} download="">
                {cases.length === 1 ? text.exportOne : text.exportCase(item.title)}
              </a>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
