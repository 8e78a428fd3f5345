import type { Hono } from 'hono';
import { caseReminders } from '../../store/case-reminders.js';
import { caseTitle } from '../../store/case-store.js';
import { invalidInput } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { reminderCalendar } from '../reminder-calendar.js';

export function registerReminderRoutes(app: Hono<AppEnv>) {
  app.get('/api/cases/:caseId/reminders', async (c) => {
    const result = await caseReminders(c.var.db, c.var.actor, c.req.param('caseId'));
    if (!result.ok) throw invalidInput(result.issues);
    return c.json({ reminders: result.value });
  });

  /** The same reminders as an iCalendar file, to import into (or subscribe from) a calendar app. */
  app.get('/api/cases/:caseId/calendar.ics', async (c) => {
    const caseId = c.req.param('caseId');
    const result = await caseReminders(c.var.db, c.var.actor, caseId);
    if (!result.ok) throw invalidInput(result.issues);
    const calendar = reminderCalendar(caseId, await caseTitle(c.var.db, caseId), result.value);
    return c.body(calendar, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="shangan-reminders.ics"',
    });
  });
}
