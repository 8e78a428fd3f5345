import { type CitationId, citation, formatCitation } from '@shangan/core';
import { useLocale } from '../../i18n/locale';

/**
 * Rules in plain words, each from the core's citation table: what it says (the table's own
 * summary), then law, article, version and confidence as `formatCitation` writes them.
 */
export function RuleList({ ids }: { ids: readonly CitationId[] }) {
  const { locale } = useLocale();
  if (ids.length === 0) return null;
  return (
    <ul class="rules">
      {ids.map((id) => {
        const rule = citation(id);
        return (
          <li key={id} class={`rule rule-${rule.confidence}`}>
            <p>{rule.summary[locale]}</p>
            <p class="rule-source">
              <cite>{formatCitation(id, locale)}</cite>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
