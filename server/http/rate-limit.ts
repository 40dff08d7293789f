/**
 * A fixed-window request limit per identity (the token's `sub`, else the client address). It is
 * kept in this process's memory: with N instances behind a load balancer a client may make up to
 * N times the limit. That is the one piece of per-process state, and it only ever errs towards
 * letting a request through.
 */
export class RateLimiter {
  readonly #windows = new Map<string, { count: number; resetsAt: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; returns the seconds to wait when over the limit, else undefined. */
  take(identity: string): number | undefined {
    if (this.max === 0) return undefined;
    const now = this.now();
    let window = this.#windows.get(identity);
    if (!window || window.resetsAt <= now) {
      if (this.#windows.size > 10_000) this.#forgetExpired(now);
      window = { count: 0, resetsAt: now + this.windowMs };
      this.#windows.set(identity, window);
    }
    window.count += 1;
    return window.count > this.max
      ? Math.max(1, Math.ceil((window.resetsAt - now) / 1000))
      : undefined;
  }

  #forgetExpired(now: number): void {
    for (const [identity, window] of this.#windows)
      if (window.resetsAt <= now) this.#windows.delete(identity);
  }
}
