/**
 * Counting failed attempts per key (an account's email, a client address) in a sliding window:
 * past the limit, further attempts are refused until the oldest failure leaves the window.
 * Kept in memory: one server process's view, which is what slows a guesser down.
 */
export interface RateLimit {
  /** Failures allowed inside the window. */
  readonly limit: number;
  readonly windowMs: number;
}

export class FailureCounter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly rule: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.rule.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Milliseconds until `key` may try again; 0 when it may now. */
  retryAfterMs(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.rule.limit) return 0;
    const oldest = recent[recent.length - this.rule.limit] as number;
    return Math.max(1, oldest + this.rule.windowMs - this.now());
  }

  fail(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now());
    this.failures.set(key, recent);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }
}
