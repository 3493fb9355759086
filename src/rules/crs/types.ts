/**
 * The Comprehensive Ranking System as data: a rule set is a dated list of factors, each a pure
 * function from the candidate's facts to points with the facts it used. A new rule (a new
 * factor, a changed table) is a new module plus a new rule set; released sets are never edited.
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 */
import type { IsoDate } from '../_lib/dates.js';
import type { AbilityLevels } from '../language/convert.js';
import type { OfficialLanguage } from '../language/tables.js';
import type { EducationLevel } from '../profile/schema.js';

/** A: core/human capital, B: spouse or partner, C: skill transferability, D: additional points. */
export type Section = 'A' | 'B' | 'C' | 'D';

/** Everything the CRS reads, derived from a profile on one date (see facts.ts). */
export interface CrsFacts {
  readonly on: IsoDate;
  /** Scored "with spouse": an accompanying partner who is not a citizen or PR (crs-rules §A0). */
  readonly withSpouse: boolean;
  /** Completed years on `on` (§E3). */
  readonly age: number;
  /** Highest credential that counts: Canadian, or foreign with an ECA (§E4); null when none. */
  readonly education: EducationLevel | null;
  /**
   * The Canadian credential that earns study points (§D): the longest one completed by `on`.
   * `lengthYears` is the programme's length; masters and doctoral degrees count as 3+.
   */
  readonly canadianStudy: { readonly level: EducationLevel; readonly lengthYears: number } | null;
  /** Which language is first (§E2), null when there is no valid test at all. */
  readonly firstLanguage: OfficialLanguage | null;
  /** CLB/NCLC per ability of the first and second official language; null without a valid test. */
  readonly first: AbilityLevels | null;
  readonly second: AbilityLevels | null;
  /** The same levels by language, for the French bonus, which ignores first/second (§D). */
  readonly english: AbilityLevels | null;
  readonly french: AbilityLevels | null;
  /** Completed years of skilled (TEER 0–3) work in the 10 years before `on` (§E1). */
  readonly canadianWorkYears: number;
  readonly foreignWorkYears: number;
  /** A certificate of qualification issued by `on` (§C3). */
  readonly certificateOfQualification: boolean;
  /** A provincial or territorial nomination issued by `on` (§D). */
  readonly provincialNomination: boolean;
  readonly siblingInCanada: boolean;
  /** A job offer (arranged employment), with the NOC 2021 unit group it is in. */
  readonly jobOffer: { readonly noc: string; readonly teer: number; readonly lmia: boolean } | null;
  /** The spouse's facts, only when scored with spouse (§B). */
  readonly spouse: {
    readonly education: EducationLevel | null;
    readonly english: AbilityLevels | null;
    readonly french: AbilityLevels | null;
    readonly canadianWorkYears: number;
  } | null;
}

/** One factor's score: where each point came from, and how many more there could be. */
export interface FactorScore {
  /** Stable id, also the catalogue key `crs.factor.<id>`: e.g. `age`, `transferability-education`. */
  readonly factor: string;
  readonly section: Section;
  readonly points: number;
  /** The most this factor gives in the candidate's column (with or without spouse). */
  readonly max: number;
  /** The facts the points came from, e.g. `{ age: 31 }` or `{ listening: 9, reading: 8, … }`. */
  readonly facts: Readonly<Record<string, unknown>>;
  /** For factors made of rows (skill transferability): each row's points before the factor's cap. */
  readonly rows?: ReadonlyArray<{ readonly row: string; readonly points: number; readonly max: number }>;
}

/** A factor: a pure function of the facts. */
export type Factor = (facts: CrsFacts) => FactorScore;

/** A CRS rule set in force from `effectiveFrom` until the next one. */
export interface CrsRuleset {
  /** `crs@<effective date>`, e.g. `crs@2025-03-25`. */
  readonly id: string;
  readonly effectiveFrom: IsoDate;
  /**
   * The last day on which the tables are known to be the ones IRCC applied; null while a later
   * rule set exists (the whole period is then confirmed). Results after it carry a warning.
   */
  readonly confirmedThrough: IsoDate | null;
  /** What changed from the previous set, for the record. */
  readonly change: string;
  readonly source: string;
  readonly factors: readonly Factor[];
}

/** The most each section can add to the total (crs-rules "Structure and maxima"). */
export const SECTION_CAPS: Readonly<Record<Section, number>> = { A: 500, B: 40, C: 100, D: 600 };
