/**
 * Failed-login limiting, in memory, per key (the caller uses IP address + email): at most
 * `maxFailures` failed attempts in any sliding window of `windowMs`; further attempts are refused
 * until the oldest failure leaves the window. A successful login clears the key. An attempt counts
 * as failed from the moment it starts (reset on success), so parallel guesses cannot overshoot.
 */
export interface LoginLimiterOptions {
  maxFailures?: number;
  windowMs?: number;
  /** Milliseconds since the epoch; tests pass their own clock. */
  clock?: () => number;
  /** Keys kept at most; beyond it stale keys, then the least recently failed, are dropped. */
  maxKeys?: number;
}

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly clock: () => number;
  private readonly maxKeys: number;

  constructor({
    maxFailures = 5,
    windowMs = 15 * 60 * 1000,
    clock = Date.now,
    maxKeys = 100_000,
  }: LoginLimiterOptions = {}) {
    this.maxFailures = maxFailures;
    this.windowMs = windowMs;
    this.clock = clock;
    this.maxKeys = maxKeys;
  }

  /**
   * Starts an attempt: null when it may go ahead (and it is counted as a failure until `succeeded`),
   * else the whole seconds to wait (for Retry-After).
   */
  begin(key: string): number | null {
    const now = this.clock();
    const recent = this.recent(key, now);
    const oldest = recent[0];
    if (recent.length >= this.maxFailures && oldest !== undefined) {
      return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
    }
    recent.push(now);
    // Re-inserted, so the Map's order is least recently failed first.
    this.failures.delete(key);
    this.failures.set(key, recent);
    this.trim(now);
    return null;
  }

  succeeded(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs);
  }

  private trim(now: number): void {
    if (this.failures.size <= this.maxKeys) return;
    for (const [key, times] of this.failures) {
      if (times.every((at) => at <= now - this.windowMs)) this.failures.delete(key);
    }
    for (const key of this.failures.keys()) {
      if (this.failures.size <= this.maxKeys) break;
      this.failures.delete(key);
    }
  }
}
