/** The shapes of the API answers the pages read (the API sends more). */
import type { CrsFactor } from './compare/rows';

export interface Reason {
  readonly code: string;
  readonly met: boolean;
  readonly message?: string;
}

export interface ProgramResult {
  readonly program: string;
  readonly eligible: boolean;
  readonly points?: { readonly total: number; readonly passMark: number };
  readonly reasons: readonly Reason[];
}

export interface CategoryResult {
  readonly id: string;
  readonly version: string;
  readonly name: string;
  readonly nameFr: string;
  readonly eligible: boolean;
  readonly reasons: readonly Reason[];
}

export interface Assessment {
  readonly on: string;
  readonly ruleset: { readonly crs: string; readonly categories: string | null };
  readonly age: number | null;
  readonly crs: {
    readonly total: number;
    readonly sections: Readonly<Record<string, number>>;
    readonly sectionMax: Readonly<Record<string, number>>;
    readonly factors: readonly (CrsFactor & { readonly facts: Readonly<Record<string, unknown>> })[];
    readonly warnings: readonly Reason[];
    readonly withSpouse: boolean;
    readonly firstLanguage: string | null;
  };
  readonly programs: Readonly<Record<string, ProgramResult>>;
  readonly eligibleForAProgram: boolean;
  readonly categories: readonly CategoryResult[];
  readonly reasons: readonly Reason[];
}

export interface WhatIfSuggestion {
  readonly code: string;
  readonly change: Readonly<Record<string, unknown>>;
  readonly crsGain: number;
  readonly newTotal: number;
  readonly opens: { readonly categories: readonly string[]; readonly programs: readonly string[] };
  readonly message?: string;
}

export interface WhatIf {
  readonly on: string;
  readonly currentTotal: number;
  readonly ruleset: string;
  readonly suggestions: readonly WhatIfSuggestion[];
}
