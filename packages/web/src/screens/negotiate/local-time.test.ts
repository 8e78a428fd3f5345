import { describe, expect, it } from 'vitest';
import { showInstant, showLocalMinute, toLocalMinute } from './local-time';

describe('local time', () => {
  it('writes a local moment to the minute', () => {
    expect(toLocalMinute(new Date(2026, 10, 3, 22, 40, 59))).toBe('2026-11-03T22:40');
    expect(toLocalMinute(new Date(2027, 0, 1, 0, 5))).toBe('2027-01-01T00:05');
  });

  it('reads server instants with microseconds in local time', () => {
    const expected = toLocalMinute(new Date(Date.UTC(2026, 10, 21, 8, 0, 0, 123))).replace('T', ' ');
    expect(showInstant('2026-11-21T08:00:00.123456Z')).toBe(expected);
    expect(showInstant('not a time')).toBe('not a time');
  });

  it('shows a contact time with a space', () => {
    expect(showLocalMinute('2026-11-03T22:40')).toBe('2026-11-03 22:40');
  });
});
