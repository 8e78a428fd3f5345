/**
 * Computed reports (analysis, plan) by case revision: the case file only changes with a write that
 * moves its revision, so a report for (case, revision, query) can be served again without reading
 * and analysing the case. Least-recently-used, bounded; access is checked before every lookup.
 */
export class ReportCache {
  private readonly entries = new Map<string, unknown>();

  constructor(private readonly capacity = 256) {}

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.entries.has(key)) {
      const hit = this.entries.get(key) as T;
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = await compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }
}
