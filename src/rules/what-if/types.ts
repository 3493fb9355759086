/** What-if suggestions as data: a code, the change's machine fields, and what it would do. */
import type { IsoDate } from '../_lib/dates.js';
import type { Profile } from '../profile/schema.js';
import type { ProgramName } from '../programs/types.js';
import type { WhatIfCode } from './codes.js';

/** One change, the CRS total it leads to, and what it opens. */
export interface WhatIfSuggestion {
  /** Stable code, also the catalogue key, e.g. `whatif.language-band`. */
  readonly code: WhatIfCode;
  /**
   * Machine fields describing the change, e.g.
   * `{ language: 'english', ability: 'listening', from: 8, to: 9, test: 'IELTS-GT', date: '2025-01-15', replacedBy: 'CLB' }`.
   */
  readonly change: Readonly<Record<string, unknown>>;
  /**
   * New total − current total. For the birthday deadline: the total on the birthday − the total
   * the day before, so that only what the birthday changes is counted (negative).
   */
  readonly crsGain: number;
  readonly newTotal: number;
  /** Category versions (`<id>@<year>`) and programs that are not met now and would be. */
  readonly opens: { readonly categories: readonly string[]; readonly programs: readonly ProgramName[] };
  /** For a time-limited item: the day it happens. */
  readonly deadline?: IsoDate;
}

/** What {@link whatIf} returns. */
export interface WhatIfResult {
  readonly on: IsoDate;
  readonly currentTotal: number;
  /** The CRS rule set the current total and every suggestion were scored with. */
  readonly ruleset: string;
  /** Ranked: see what-if.ts. */
  readonly suggestions: readonly WhatIfSuggestion[];
}

/** A change applied to a copy of the profile, before it is scored. */
export interface ProposedChange {
  readonly code: WhatIfCode;
  readonly change: Readonly<Record<string, unknown>>;
  readonly profile: Profile;
}
