import type { IsoDate } from '../_lib/dates.js';
import type { Ability } from '../language/tables.js';
import type { EducationLevel } from '../profile/schema.js';

export type { Ability };

/** A criterion of a category, as data: a new year's rules are a new file, not new code. */
export type Criterion =
  | {
      kind: 'language';
      language: 'french' | 'english';
      minLevel: number;
      abilities: readonly Ability[];
    }
  | {
      kind: 'work-experience';
      /** Months of full-time work or the equal part-time amount (1,560 hours = 12 months). */
      minMonths: number;
      lookbackYears: number;
      /** 2023–2025: one unbroken stretch; 2026: any months inside the window add up. */
      continuous: boolean;
      location: 'canada-or-abroad' | 'canada-only';
    }
  | { kind: 'military-service'; minYears: number }
  | { kind: 'armed-forces-job-offer'; minYears: number }
  | { kind: 'education'; minLevel: EducationLevel };

export interface Occupation {
  readonly noc: string;
  /** The title as IRCC writes it in the list. */
  readonly title: string;
  readonly teer: number;
}

export interface Category {
  readonly id: string;
  /** `<id>@<year>`, e.g. `healthcare@2023`: the category version a round names. */
  readonly version: string;
  readonly name: string;
  readonly nameFr: string;
  readonly kind: 'language' | 'occupation' | 'occupation_with_job_offer';
  /** Set when the category starts later than its set (physicians, 2025-12-08). */
  readonly effectiveFrom: IsoDate | null;
  readonly criteria: readonly Criterion[];
  readonly occupations: readonly Occupation[];
}

/** Every category in force over one period: `categories@2023`, … */
export interface CategorySet {
  readonly id: string;
  readonly year: number;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo: IsoDate | null;
  readonly sourceUrls: readonly string[];
  readonly categories: readonly Category[];
}
