import { renderApiIssue } from '@shangan/contract';
import type { ApiFailure } from '../api/client';
import { useLocale } from '../i18n/locale';
import { defineMessages, useMessages } from '../i18n/messages';

const messages = defineMessages({
  zh: { loading: '正在加载…', retry: '重试', failed: '出了点问题：' },
  en: { loading: 'Loading…', retry: 'Try again', failed: 'Something went wrong: ' },
});

/** A polite progress line for slow work; screen readers announce it. */
export function Loading({ label }: { label?: string }) {
  const text = useMessages(messages);
  return (
    <p class="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {label ?? text.loading}
    </p>
  );
}

/** The server's message (never a stack trace), the fields it names in the UI's words, and a retry. */
export function ErrorNotice({ error, onRetry }: { error: ApiFailure | Error; onRetry?: () => void }) {
  const text = useMessages(messages);
  const { locale } = useLocale();
  const issues = 'issues' in error ? error.issues : [];
  return (
    <div class="notice notice-error" role="alert">
      <p>
        {text.failed}
        {error.message}
      </p>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue) => (
            <li key={issue.path}>
              {issue.path !== '' && <code>{issue.path}</code>}
              {issue.path !== '' && ': '}
              {renderApiIssue(issue, locale)}
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" class="button button-secondary" onClick={onRetry}>
          {text.retry}
        </button>
      )}
    </div>
  );
}
