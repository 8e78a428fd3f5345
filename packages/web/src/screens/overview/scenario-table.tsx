import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { showRate, showYuan } from '../../ui/format';
import type { DebtJson } from './debt-json';
import { overviewMessages } from './messages';
import { ScrollRegion } from './scroll-region';

/** The other caps courts use for this kind of loan, and what each would leave owing. */
export function ScenarioTable({
  lender,
  scenarios,
}: {
  lender: string;
  scenarios: DebtJson['legal']['scenarios'];
}) {
  const text = useMessages(overviewMessages);
  const { locale } = useLocale();
  if (scenarios.length === 0) return null;
  return (
    <details>
      <summary>{text.scenariosTitle}</summary>
      <ScrollRegion label={text.named(text.scenariosTitle, lender)}>
        <table>
          <thead>
            <tr>
              <th scope="col">{text.scenarioColumn}</th>
              <th scope="col" class="amount">
                {text.scenarioCap}
              </th>
              <th scope="col" class="amount">
                {text.columnSupported}
              </th>
              <th scope="col" class="amount">
                {text.columnExcess}
              </th>
            </tr>
          </thead>
          <tbody>
            {scenarios.map((scenario) => (
              <tr key={scenario.key}>
                <th scope="row">
                  {scenario.label}
                  {scenario.applied && text.scenarioApplied}
                </th>
                <td class="amount">
                  {scenario.capRate !== null
                    ? showRate(scenario.capRate)
                    : // Limitation upheld: no cap applies, nothing is supported.
                      scenario.key === 'limitation_defence'
                      ? text.notApplicable
                      : text.uncapped}
                </td>
                <td class="amount">{showYuan(scenario.supported, locale)}</td>
                <td class="amount">{showYuan(scenario.excess, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </details>
  );
}
