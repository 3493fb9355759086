/**
 * Reasons are data, not prose: a `code` plus the machine fields that explain it. The CLI, the
 * API and the web app render them in English or French from one catalogue (src/i18n).
 */
import type { IsoDate } from './_lib/dates.js';

export interface Reason {
  /** Stable code, e.g. `experience.too-short`; also the message catalogue key. */
  readonly code: string;
  /** True when the reason tells of a requirement that is met. */
  readonly met: boolean;
  readonly noc?: string;
  readonly have?: Readonly<Record<string, unknown>>;
  readonly need?: Readonly<Record<string, unknown>>;
  /** The date window the rule looked at: `[from, to]`, work counted before `to`. */
  readonly window?: readonly [IsoDate, IsoDate];
  readonly [field: string]: unknown;
}
