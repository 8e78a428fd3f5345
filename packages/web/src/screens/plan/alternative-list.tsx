import type { PlanReportJson } from '@shangan/core';
import { CitationList } from '../../ui/citation-list';

/** What can be done when a plan does not work: the core's alternatives, each with its legal sources. */
export function AlternativeList({ alternatives }: { alternatives: PlanReportJson['alternatives'] }) {
  return (
    <ul class="plan-alternatives">
      {alternatives.map((alternative) => (
        <li key={alternative.code + alternative.message} class="card">
          <p>{alternative.message}</p>
          <CitationList citations={alternative.citations} />
        </li>
      ))}
    </ul>
  );
}
