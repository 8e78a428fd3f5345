import type { CaseFileInput } from '@shangan/core';
import { DOCUMENT_TITLES, type DocumentKind, parseMarkdownBlocks } from '@shangan/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useCurrentCase } from '../../case/current-case';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { Field } from '../../ui/field';
import { agreementChecklist } from './agreement-checklist';
import { AgreementChecklistCard } from './agreement-checklist-card';
import { copyText } from './copy-text';
import { type DebtDocuments, debtDocuments, warnsOfLimitation } from './debt-documents';
import { documentHref, documentRequest, documentsRest, parseDocumentsRest } from './document-links';
import { MarkdownView } from './markdown-view';
import { documentsMessages } from './messages';
import { blocksToPlainText } from './plain-text';
import { useDocumentText } from './use-document-text';
import './documents.css';

/** `#/documents[/<debt>/<kind>]`: one document for one debt, to preview, copy, print or download. */
export default function DocumentsScreen({ rest }: { rest: string }) {
  const text = useMessages(documentsMessages);
  const current = useCurrentCase();
  const debts = current.caseFile?.debts ?? [];
  const debtIds = debts.map((debt) => debt.id);
  const [choice, setChoice] = useState(() => parseDocumentsRest(rest, debtIds));
  const [mask, setMask] = useState(false);
  const documentsByDebt = useMemo(
    () => (current.caseFile ? debtDocuments(current.caseFile) : new Map<string, DebtDocuments>()),
    [current.caseFile],
  );

  // A link to another letter while this screen is open (`#/documents/d2/hardship`) changes the choice.
  // Only a new route resets the choice (not a save that leaves the debts as they were).
  useEffect(() => setChoice(parseDocumentsRest(rest, debtIds)), [rest]);
  // The address shows the choice, so a reload or a bookmark opens the same document. replaceState
  // does not fire hashchange: the shell keeps focus where the person is.
  useEffect(() => {
    if (choice.debtId !== undefined) {
      history.replaceState(null, '', hrefTo(`/documents/${documentsRest(choice.debtId, choice.kind)}`));
    }
  }, [choice]);

  if (current.caseId === undefined || choice.debtId === undefined) {
    return (
      <>
        <h1>{text.title}</h1>
        <div class="notice">
          <p>{text.noDebts}</p>
          <a class="button" href={hrefTo('/intake')}>
            {text.toIntake}
          </a>
        </div>
      </>
    );
  }
  const { debtId } = choice;
  const documents = documentsByDebt.get(debtId);
  // Only the kinds that fit the debt are offered (an unlicensed lender gets no negotiation letter);
  // a link to another kind opens the first that fits.
  const kinds: DocumentKind[] = documents?.kinds ?? [choice.kind];
  const kind = kinds.includes(choice.kind) ? choice.kind : (kinds[0] ?? choice.kind);
  return (
    <div class="documents">
      <div class="no-print">
        <h1>{text.title}</h1>
        <p class="muted">{text.intro}</p>
        <div class="grid grid-2">
          <Field label={text.debtLabel}>
            {({ id }) => (
              <select
                id={id}
                value={debtId}
                onChange={(event) => setChoice({ debtId: event.currentTarget.value, kind })}
              >
                {debts.map((debt) => (
                  <option key={debt.id} value={debt.id}>
                    {debt.lender}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={text.kindLabel}>
            {({ id }) => (
              <select
                id={id}
                aria-describedby="kind-use"
                value={kind}
                onChange={(event) => setChoice({ debtId, kind: event.currentTarget.value as DocumentKind })}
              >
                {kinds.map((option) => (
                  <option key={option} value={option}>
                    {text.kindOption(DOCUMENT_TITLES[option], option)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <p class="kind-use" id="kind-use">
          <strong>{text.whenToUse}</strong>
          {text.kindUse[kind]}
        </p>
        <details>
          <summary>{text.allKinds}</summary>
          <dl class="kind-guide">
            {kinds.map((option) => (
              <div key={option}>
                <dt>{text.kindOption(DOCUMENT_TITLES[option], option)}</dt>
                <dd>{text.kindUse[option]}</dd>
              </div>
            ))}
          </dl>
        </details>
        {documents?.unlicensed && (
          <p class="notice notice-warn" role="note">
            {text.unlicensedNote}
          </p>
        )}
        {warnsOfLimitation(documents, kind) && (
          <p class="notice notice-warn" role="note">
            {text.limitationWarning}
          </p>
        )}
        <div class="identity">
          <p class="notice" role="note">
            {mask ? text.maskedNote : text.identityNote}
          </p>
          <label class="choice">
            <input
              type="checkbox"
              checked={mask}
              aria-describedby="mask-hint"
              onChange={(event) => setMask(event.currentTarget.checked)}
            />
            <span>{text.mask}</span>
          </label>
          <p class="hint" id="mask-hint">
            {text.maskHint}
          </p>
        </div>
      </div>
      <DocumentPanel
        caseId={current.caseId}
        debtId={debtId}
        kind={kind}
        mask={mask}
        version={current.version}
        agreement={debts.find((debt) => debt.id === debtId)?.agreement}
      />
    </div>
  );
}

const COPY_STATUS_CLASS = { idle: '', copied: 'notice notice-ok', refused: 'notice notice-warn' } as const;

function DocumentPanel({
  caseId,
  debtId,
  kind,
  mask,
  version,
  agreement,
}: {
  caseId: string;
  debtId: string;
  kind: DocumentKind;
  mask: boolean;
  version: number;
  agreement: CaseFileInput['debts'][number]['agreement'];
}) {
  const text = useMessages(documentsMessages);
  const loaded = useDocumentText(documentRequest(caseId, debtId, kind, 'md', mask), version);
  const blocks = useMemo(
    () => (loaded.data === undefined ? [] : parseMarkdownBlocks(loaded.data)),
    [loaded.data],
  );
  const checklist = useMemo(() => (kind === 'agreement' ? agreementChecklist(blocks) : []), [kind, blocks]);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'refused'>('idle');
  const fallback = useRef<HTMLTextAreaElement>(null);
  const plain = useMemo(() => blocksToPlainText(blocks), [blocks]);

  // A new document: the last copy message was about another text.
  useEffect(() => setCopyState('idle'), [loaded.data]);
  useEffect(() => {
    if (copyState === 'refused') fallback.current?.select();
  }, [copyState]);

  if (loaded.loading) return <Loading label={text.loadingDocument} />;
  if (loaded.error) return <ErrorNotice error={loaded.error} onRetry={loaded.reload} />;
  const title = DOCUMENT_TITLES[kind];
  return (
    <>
      <div class="no-print">
        <section class="actions" aria-label={text.actionsLabel}>
          <button
            type="button"
            class="button"
            onClick={async () => setCopyState((await copyText(plain)) ? 'copied' : 'refused')}
          >
            {text.copy}
          </button>
          <button
            type="button"
            class="button button-secondary"
            aria-describedby="print-hint"
            onClick={() => window.print()}
          >
            {text.print}
          </button>
          <a
            class="button button-secondary"
            href={documentHref(documentRequest(caseId, debtId, kind, 'docx', mask))}
            // Empty: the browser takes the server's file name (debt id and kind, no personal data).
            download=""
          >
            {text.docx}
          </a>
        </section>
        <p class="hint" id="print-hint">
          {text.printHint}
        </p>
        <p role="status" aria-live="polite" class={`copy-status ${COPY_STATUS_CLASS[copyState]}`}>
          {copyState === 'copied' ? text.copied : copyState === 'refused' ? text.copyRefused : ''}
        </p>
        {copyState === 'refused' && (
          <textarea
            class="copy-box"
            ref={fallback}
            readOnly
            rows={8}
            aria-label={text.copyBoxLabel}
            value={plain}
          />
        )}
      </div>
      {checklist.length > 0 && (
        <AgreementChecklistCard caseId={caseId} debtId={debtId} items={checklist} agreement={agreement} />
      )}
      <article class="document-sheet" lang="zh-CN" aria-label={text.previewLabel(title)}>
        <MarkdownView blocks={blocks} />
      </article>
    </>
  );
}
