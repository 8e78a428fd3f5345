import { calendarQuery } from '@shangan/contract';
import { Hono } from 'hono';
import { caseReminders } from '../../use-cases/reminder-use-cases.js';
import { icsStamp } from '../ics.js';
import { reminderCalendar } from '../reminder-calendar.js';
import { validate } from '../validate.js';

/** What is due when: instalments, follow-ups, deadlines; as JSON and as a calendar file. */
export const reminderRoutes = new Hono()
  .get('/api/cases/:caseId/reminders', async (c) => {
    const { reminders } = await caseReminders(c.var.db, c.var.actor, c.req.param('caseId'));
    return c.json({ reminders });
  })
  /** The same reminders as an iCalendar file, to import into (or subscribe from) a calendar app. */
  .get('/api/cases/:caseId/calendar.ics', validate('query', calendarQuery), async (c) => {
    const caseId = c.req.param('caseId');
    const { title, reminders } = await caseReminders(c.var.db, c.var.actor, caseId);
    const options = { discreet: c.req.valid('query').discreet === 'true', stamp: icsStamp(new Date()) };
    return c.body(reminderCalendar(caseId, title, reminders, options), 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="shangan-reminders.ics"',
    });
  });
