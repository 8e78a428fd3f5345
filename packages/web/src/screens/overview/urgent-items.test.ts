import type { PlanReportJson } from '@shangan/core';
import { describe, expect, it } from 'vitest';
import { pickUrgent } from './urgent-items';

type TriageJson = PlanReportJson['triage'][number];

const item = (code: string, urgency: TriageJson['urgency']) => ({ code, urgency }) as unknown as TriageJson;

describe('pickUrgent', () => {
  it('shows at most the limit of now/this-week items and counts the rest', () => {
    const triage = [item('a', 'now'), item('b', 'this_week'), item('c', 'this_week'), item('d', 'later')];
    const { shown, more } = pickUrgent(triage, 2);
    expect(shown.map((entry) => entry.code)).toEqual(['a', 'b']);
    expect(more).toBe(2);
  });

  it('shows nothing when only later items exist', () => {
    expect(pickUrgent([item('d', 'later')])).toEqual({ shown: [], more: 1 });
  });
});
