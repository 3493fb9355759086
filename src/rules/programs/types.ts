import type { IsoDate } from '../_lib/dates.js';
import type { OfficialLanguage } from '../language/tables.js';
import type { Reason } from '../reasons.js';

export type ProgramName = 'FSW' | 'CEC' | 'FST';

/** One row of the FSW selection grid. */
export interface GridFactor {
  readonly factor: string;
  readonly points: number;
  readonly max: number;
}

/** The FSW selection grid's result (IRPR 76). */
export interface GridPoints {
  readonly total: number;
  readonly passMark: number;
  readonly factors: readonly GridFactor[];
}

/** Proof of funds (IRPR 76(1)(b)(i), 87.2(3)(b)); absent for CEC, which needs none. */
export interface FundsAssessment {
  /** CAD required for the family size in the table in force. */
  readonly required: number;
  /** CAD the profile declares; null when it declares none. */
  readonly declared: number | null;
  readonly familySize: number;
  /** True when authorized to work in Canada with a qualifying job offer: nothing to prove. */
  readonly exempt: boolean;
  /** The effective date of the table used. */
  readonly table: IsoDate;
}

/** One program's minimum requirements on a date. */
export interface ProgramResult {
  readonly program: ProgramName;
  /** True when every reason is met. */
  readonly eligible: boolean;
  /** FSW only. */
  readonly points?: GridPoints;
  /** FSW and FST only. */
  readonly funds?: FundsAssessment;
  /** One reason per requirement, met or not; the unmet ones explain `eligible: false`. */
  readonly reasons: readonly Reason[];
}

/** What every program check takes besides the profile. */
export interface ProgramContext {
  readonly on: IsoDate;
  /** The first official language; the other one is the second. */
  readonly firstLanguage: OfficialLanguage;
}
