import { describe, expect, it } from 'vitest';
import { parseTimestamp, showTimestamp } from './timestamp';

describe('parseTimestamp', () => {
  it('reads PostgreSQL’s text form', () => {
    expect(parseTimestamp('2026-11-21 15:30:12.271+00')?.toISOString()).toBe('2026-11-21T15:30:12.271Z');
    expect(parseTimestamp('2026-11-21 23:30:12+08')?.toISOString()).toBe('2026-11-21T15:30:12.000Z');
    expect(parseTimestamp('2026-11-21 20:00:00+05:30')?.toISOString()).toBe('2026-11-21T14:30:00.000Z');
  });

  it('reads ISO 8601 too', () => {
    expect(parseTimestamp('2026-11-21T15:30:12Z')?.toISOString()).toBe('2026-11-21T15:30:12.000Z');
  });

  it('refuses what is not a timestamp', () => {
    expect(parseTimestamp('yesterday')).toBeUndefined();
    expect(parseTimestamp('2026-13-45 99:99:99+00')).toBeUndefined();
  });
});

describe('showTimestamp', () => {
  it('shows unreadable text as it came', () => {
    expect(showTimestamp('soon', 'zh')).toBe('soon');
  });

  it('formats a readable one with the date in it', () => {
    expect(showTimestamp('2026-11-21 12:00:00+00', 'zh')).toContain('2026');
  });
});
