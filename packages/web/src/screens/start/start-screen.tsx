import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { startMessages } from './messages';
import { StartHome } from './start-home';
import { TriageQuestionView } from './triage-question-view';
import { isTriageQuestionId } from './triage-questions';
import { TriageResult } from './triage-result';
import './start.css';

/**
 * #/start: "这周最要紧的是什么", a two-minute triage (one yes/no question per screen), its result,
 * and the two ways in: the person's own debts or the sample case.
 */
export default function StartScreen({ rest }: { rest: string }) {
  const text = useMessages(startMessages);
  if (rest === '') return <StartHome />;
  if (rest === 'result') return <TriageResult />;
  if (isTriageQuestionId(rest)) return <TriageQuestionView key={rest} questionId={rest} />;
  return (
    <div class="notice">
      <h1>{text.notFound}</h1>
      <a class="button" href={hrefTo('/start')}>
        {text.backToStart}
      </a>
    </div>
  );
}
