import { useMessages } from '../../i18n/messages';
import { ErrorNotice } from '../../ui/async-state';
import { startMessages } from './messages';
import { useOpenCase } from './use-open-case';

/**
 * "开始录入我的债务" and "先看示例案件", shown after the triage and on the start screen. `quiet`
 * when a case is open and "继续录入" is the main way on.
 */
export function CaseActions({ quiet = false }: { quiet?: boolean }) {
  const text = useMessages(startMessages);
  const { busy, failure, startOwn, openSample } = useOpenCase();
  return (
    <div class="start-actions">
      {failure && <ErrorNotice error={failure} />}
      <div class="actions">
        <button
          type="button"
          class={quiet ? 'button button-secondary' : 'button'}
          disabled={busy !== undefined}
          onClick={startOwn}
        >
          {busy === 'own' ? text.opening : text.startOwn}
        </button>
        <button
          type="button"
          class="button button-secondary"
          disabled={busy !== undefined}
          onClick={openSample}
        >
          {busy === 'sample' ? text.opening : text.openSample}
        </button>
      </div>
      <p class="muted">{text.sampleHint}</p>
    </div>
  );
}
