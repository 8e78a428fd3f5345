import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './login-limiter.js';

describe('login limiter', () => {
  it('allows 5 failures in a sliding 15-minute window, then says how long to wait', () => {
    let now = 1_000_000;
    const limiter = new LoginLimiter({ clock: () => now });
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(limiter.begin('ip|a@example.test')).toBeNull();
      now += 60_000;
    }
    expect(limiter.begin('ip|a@example.test')).toBe(600);
    expect(limiter.begin('ip|b@example.test')).toBeNull();
    now += 10 * 60_000 - 1;
    expect(limiter.begin('ip|a@example.test')).toBe(1);
    now += 1;
    expect(limiter.begin('ip|a@example.test')).toBeNull();
    expect(limiter.begin('ip|a@example.test')).toBe(60);
    limiter.succeeded('ip|a@example.test');
    expect(limiter.begin('ip|a@example.test')).toBeNull();
  });

  it('keeps at most maxKeys keys, dropping stale ones first', () => {
    let now = 0;
    const limiter = new LoginLimiter({ clock: () => now, maxKeys: 2, maxFailures: 1, windowMs: 100 });
    expect(limiter.begin('old')).toBeNull();
    now = 200;
    expect(limiter.begin('a')).toBeNull();
    expect(limiter.begin('b')).toBeNull();
    // 'old' was stale and went; 'a' and 'b' are still limited.
    expect(limiter.begin('a')).not.toBeNull();
    expect(limiter.begin('b')).not.toBeNull();
  });
});
