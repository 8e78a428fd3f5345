import { citationJson } from '@shangan/core';
import { useCurrentCase } from '../../case/current-case';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { CitationList } from '../../ui/citation-list';
import { type CheckItem, DOES, NEVER, TODO } from './checklist';
import { collectorMessages } from './messages';

/** `#/collector-check`: is this collector real? What a real team does and never does, what to do. */
export default function CollectorCheckScreen() {
  const text = useMessages(collectorMessages);
  const current = useCurrentCase();
  const debts = current.caseFile?.debts ?? [];
  const noted = debts.filter((debt) => debt.officialChannel !== undefined);
  return (
    <div class="collector-check">
      <p class="no-print">
        <a href={hrefTo('/negotiate')}>{text.toNegotiate}</a>
      </p>
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <CheckList title={text.doesTitle} items={DOES} words={text.does} />
      <CheckList title={text.neverTitle} items={NEVER} words={text.never} />
      <CheckList title={text.todoTitle} items={TODO} words={text.todo} />
      <section class="card" aria-labelledby="channels-title">
        <h2 id="channels-title">{text.channelsTitle}</h2>
        {noted.length === 0 ? (
          <p>{text.noChannels}</p>
        ) : (
          <ul>
            {debts.map((debt) => (
              <li key={debt.id}>
                <strong>{debt.lender}</strong>：{debt.officialChannel ?? text.noChannel}
              </li>
            ))}
          </ul>
        )}
        <div class="actions">
          {debts.length > 0 && noted.length < debts.length && (
            <a class="button button-secondary" href={hrefTo('/intake')}>
              {text.toIntake}
            </a>
          )}
          <a class="button" href={hrefTo('/messages')}>
            {text.toMessages}
          </a>
        </div>
      </section>
    </div>
  );
}

function CheckList(props: { title: string; items: readonly CheckItem[]; words: Record<string, string> }) {
  const { locale } = useLocale();
  return (
    <section class="card">
      <h2>{props.title}</h2>
      <ul>
        {props.items.map((item) => (
          <li key={item.key}>
            {props.words[item.key]}
            {item.citations.length > 0 && (
              <CitationList citations={item.citations.map((id) => citationJson(id, locale))} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
