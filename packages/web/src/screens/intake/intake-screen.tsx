import { useEffect } from 'preact/hooks';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { Loading } from '../../ui/async-state';
import { AboutView } from './about-view';
import { IntakeHome } from './intake-home';
import { intakePath, parseIntakeRoute } from './intake-route';
import { intakeMessages } from './messages';
import { NewDebt } from './new-debt';
import { resumeQuestion } from './question-flow';
import { QuestionView } from './question-view';
import { ReviewView } from './review-view';
import { SituationView } from './situation-view';
import { UnknownDebt } from './unknown-debt';
import { type IntakeCase, useDebtDraft, useIntakeCase } from './use-intake-case';
import './intake.css';

/**
 * The guided interview (#/intake/…): one question per screen for each debt, a review per debt,
 * then two optional steps about the person. Questions are data (content/interview).
 */
export default function IntakeScreen({ rest }: { rest: string }) {
  const text = useMessages(intakeMessages);
  const intake = useIntakeCase();
  const route = parseIntakeRoute(rest);
  switch (route.kind) {
    case 'home':
      return <IntakeHome intake={intake} />;
    case 'new':
      return <NewDebt intake={intake} />;
    case 'about':
      return <AboutView intake={intake} />;
    case 'situation':
      return <SituationView intake={intake} />;
    case 'resume':
      return <Resume intake={intake} debtId={route.debtId} />;
    case 'review':
      return <ReviewView key={route.debtId} intake={intake} debtId={route.debtId} />;
    case 'question':
      return <QuestionView key={rest} intake={intake} debtId={route.debtId} questionId={route.question} />;
    case 'unknown':
      return (
        <div class="notice">
          <h1>{text.notFound}</h1>
          <a class="button" href={hrefTo(intakePath({ kind: 'home' }))}>
            {text.backToList}
          </a>
        </div>
      );
  }
}

/** #/intake/d2: carry on where the answers stop (the review when nothing required is missing). */
function Resume({ intake, debtId }: { intake: IntakeCase; debtId: string }) {
  const { draft } = useDebtDraft(intake, debtId);
  useEffect(() => {
    if (draft === undefined) return;
    const question = resumeQuestion(draft);
    window.location.replace(
      `#${intakePath(question === null ? { kind: 'review', debtId } : { kind: 'question', debtId, question })}`,
    );
  }, [draft, debtId]);
  return draft === undefined ? <UnknownDebt /> : <Loading />;
}
