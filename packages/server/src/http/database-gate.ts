/**
 * Lets requests use the database together, and one exclusive job (delete everything, which
 * closes and re-creates the database) run alone: it waits for the requests in flight to finish,
 * and requests that arrive meanwhile wait for it to end, then use the new database.
 */
export class DatabaseGate {
  private active = 0;
  private exclusiveRun: Promise<void> | undefined;
  private onIdle: (() => void) | undefined;

  /** Before a request touches the database. */
  async enter(): Promise<void> {
    while (this.exclusiveRun !== undefined) await this.exclusiveRun.catch(() => {});
    this.active++;
  }

  /** After the request's last use of the database. */
  leave(): void {
    this.active--;
    if (this.active === 0) this.onIdle?.();
  }

  /** Runs `job` once no request is inside; not called from inside enter/leave. */
  async exclusive(job: () => Promise<void>): Promise<void> {
    while (this.exclusiveRun !== undefined) await this.exclusiveRun.catch(() => {});
    const run = (async () => {
      if (this.active > 0) await new Promise<void>((resolve) => (this.onIdle = resolve));
      this.onIdle = undefined;
      await job();
    })();
    this.exclusiveRun = run;
    try {
      await run;
    } finally {
      this.exclusiveRun = undefined;
    }
  }
}
