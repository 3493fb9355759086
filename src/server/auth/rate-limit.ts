/**
 * Counting failed attempts per key (an account's email, a client address) in a sliding window:
 * past the limit, further attempts are refused until the oldest counted failure leaves the
 * window. The failures live in the store, so the limit holds across server processes and
 * instances rather than per process.
 */
import type { Store } from '../../store/index.js';

export interface RateLimit {
  /** Failures allowed inside the window. */
  readonly limit: number;
  readonly windowMs: number;
}

export class FailureCounter {
  constructor(
    private readonly store: Store,
    /** Prefix of this counter's keys in the store: `account`, `address`. */
    private readonly kind: string,
    private readonly rule: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until `key` may try again; 0 when it may now. */
  async retryAfterMs(key: string): Promise<number> {
    const recent = await this.store.loginFailuresSince(
      `${this.kind}:${key}`,
      new Date(this.now() - this.rule.windowMs),
    );
    if (recent.length < this.rule.limit) return 0;
    const oldest = Date.parse(recent[recent.length - this.rule.limit] as string);
    return Math.max(1, oldest + this.rule.windowMs - this.now());
  }

  fail(key: string): Promise<void> {
    return this.store.recordLoginFailure(`${this.kind}:${key}`);
  }

  reset(key: string): Promise<void> {
    return this.store.clearLoginFailures(`${this.kind}:${key}`);
  }
}
