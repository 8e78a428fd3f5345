import { type CalendarDate, daysBetween, formatDate, type Reminder, type ReminderKind } from '@shangan/core';
import { api, expectOk, hrefOf } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { useCurrentCase } from '../../case/current-case';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { hrefTo } from '../../routing/router';
import { ErrorNotice, Loading } from '../../ui/async-state';
import { todayIso } from '../../ui/format';
import { groupReminders, REMINDER_GROUPS } from './group-reminders';
import { reminderMessages } from './messages';
import './reminders.css';

/** Where each kind of reminder is acted on. */
function actionPath(kind: ReminderKind, debtId: string): string {
  const debt = encodeURIComponent(debtId);
  switch (kind) {
    case 'payment_order_objection':
    case 'credit_report_check':
      return '/documents';
    case 'instalment_due':
      return `/negotiate/${debt}/agreement`;
    case 'certificate_follow_up':
      return `/negotiate/${debt}/log`;
    case 'contact_follow_up':
      return `/negotiate/${debt}/call`;
  }
}

/** `#/reminders`: the case's dates grouped overdue / this week / later, and the calendar file. */
export default function RemindersScreen() {
  const text = useMessages(reminderMessages);
  const current = useCurrentCase();
  const param = { caseId: current.caseId ?? '' };
  const reminders = useResource(
    () => expectOk(api.cases[':caseId'].reminders.$get({ param })),
    [param.caseId, current.version],
  );
  const today = todayIso() as CalendarDate;
  const list = reminders.data?.reminders;
  const groups = list === undefined ? undefined : groupReminders(list, today);

  return (
    <div class="reminders">
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      {reminders.error !== undefined && <ErrorNotice error={reminders.error} onRetry={reminders.reload} />}
      {list === undefined && reminders.loading && <Loading />}
      {list !== undefined && list.length === 0 && (
        <div class="notice">
          <h2>{text.emptyTitle}</h2>
          <p>{text.empty}</p>
          <div class="actions">
            <a class="button button-secondary" href={hrefTo('/negotiate')}>
              {text.toNegotiate}
            </a>
            <a class="button button-quiet" href={hrefTo('/intake')}>
              {text.toIntake}
            </a>
          </div>
        </div>
      )}
      {/* The calendar file first: at 360 px its button is on the first screen, above the list. */}
      {list !== undefined && (
        <section class="card calendar" aria-labelledby="calendar-title">
          <h2 id="calendar-title">{text.calendarTitle}</h2>
          {list.length === 0 && <p class="muted">{text.calendarEmpty}</p>}
          <a
            class="button"
            href={hrefOf(api.cases[':caseId']['calendar.ics'].$url({ param, query: {} }))}
            download="shangan-reminders.ics"
          >
            {text.download}
          </a>
          <p class="hint">{text.discreetNote}</p>
          <a
            class="button button-quiet"
            href={hrefOf(api.cases[':caseId']['calendar.ics'].$url({ param, query: { discreet: 'false' } }))}
            download="shangan-reminders-details.ics"
          >
            {text.detailsDownload}
          </a>
          <p class="hint">{text.howToImport}</p>
        </section>
      )}
      {groups !== undefined &&
        REMINDER_GROUPS.map((group) =>
          groups[group].length === 0 ? null : (
            <section
              key={group}
              class={`reminder-group reminder-group-${group}`}
              aria-labelledby={`group-${group}`}
            >
              <h2 id={`group-${group}`}>
                {text.groups[group]} <span class="muted">{text.count(groups[group].length)}</span>
              </h2>
              <ol class="reminder-list">
                {groups[group].map((reminder) => (
                  <ReminderItem
                    key={`${reminder.date}-${reminder.kind}-${reminder.debtId}-${reminder.title}`}
                    reminder={reminder}
                    today={today}
                  />
                ))}
              </ol>
            </section>
          ),
        )}
    </div>
  );
}

function ReminderItem({ reminder, today }: { reminder: Reminder; today: CalendarDate }) {
  const text = useMessages(reminderMessages);
  const { locale } = useLocale();
  const { caseFile } = useCurrentCase();
  const lender = caseFile?.debts.find((debt) => debt.id === reminder.debtId)?.lender ?? text.lenderUnknown;
  const days = daysBetween(today, reminder.date);
  return (
    <li class={`card reminder reminder-${reminder.kind}`}>
      <p class="reminder-date">
        <strong class="numbers">{formatDate(reminder.date, locale)}</strong>{' '}
        <span class={days < 0 ? 'badge badge-danger' : days <= 7 ? 'badge badge-warn' : 'badge'}>
          {text.dueIn(days)}
        </span>
      </p>
      {/* The server writes titles and details in Chinese (as the calendar file holds them). */}
      <h3>{locale === 'zh' ? reminder.title : `${text.kinds[reminder.kind]}: ${lender}`}</h3>
      <p class="muted">
        {text.debt}
        {lender}
      </p>
      <p class="pre-line" lang="zh-CN">
        {reminder.detail}
      </p>
      <a href={hrefTo(actionPath(reminder.kind, reminder.debtId))}>{text.actNow[reminder.kind]}</a>
    </li>
  );
}
