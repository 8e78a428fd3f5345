import type { CaseReportJson } from '@shangan/core';
import { defineMessages, useMessages } from '../i18n/messages';

export type CitationJson = CaseReportJson['debts'][number]['cap']['citations'][number];

const messages = defineMessages({
  zh: {
    sources: (count: number) => `法律依据（${count}）`,
    confidence: { C: '已核对原文', S: '二手资料，待核对原文' } as Record<string, string>,
  },
  en: {
    sources: (count: number) => `Legal sources (${count})`,
    confidence: { C: 'checked against the primary text', S: 'secondary source, not yet checked' } as Record<
      string,
      string
    >,
  },
});

/**
 * Citations behind a disclosure: law, article, version, and how sure we are (C/S). The API never
 * sends unverified (M) law, so nothing here is shown as settled when it is not.
 */
export function CitationList({ citations }: { citations: CitationJson[] }) {
  const text = useMessages(messages);
  if (citations.length === 0) return null;
  return (
    <details class="citations">
      <summary>{text.sources(citations.length)}</summary>
      <ul>
        {citations.map((item) => (
          <li key={item.id}>
            <strong>
              《{item.law}》{item.article}
            </strong>
            <span class="muted">（{item.version}）</span>{' '}
            <span class={`badge badge-${item.confidence}`}>{text.confidence[item.confidence]}</span>
            <p>{item.summary}</p>
          </li>
        ))}
      </ul>
    </details>
  );
}
