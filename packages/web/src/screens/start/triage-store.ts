import { restoreTriage, type TriageAnswers } from './triage-questions';

/**
 * The triage answers stay on this device (never sent to the server): the result can be seen again,
 * and the intake pre-fills a new debt's status from them.
 */
const KEY = 'shangan.triage';

export function loadTriage(): TriageAnswers {
  try {
    return restoreTriage(JSON.parse(localStorage.getItem(KEY) ?? '{}'));
  } catch {
    return {};
  }
}

export function saveTriage(answers: TriageAnswers): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(answers));
  } catch {
    // Storage refused: the answers last for this visit only.
  }
}
