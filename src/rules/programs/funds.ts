/**
 * Proof of funds for the Federal Skilled Worker and Federal Skilled Trades programs: settlement
 * funds by family size from the table in force on the date, unless the candidate may work in
 * Canada and holds a qualifying job offer. CEC candidates need none.
 * Source: IRPR 76(1)(b), 87.2(3)(b);
 * https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/proof-funds.html
 */
import type { IsoDate } from '../_lib/dates.js';
import type { Profile } from '../profile/schema.js';
import type { Reason } from '../reasons.js';
import { FUNDS_TABLES, type FundsTable } from './tables.js';
import type { FundsAssessment } from './types.js';

/**
 * The table in force on `on`: the one with the latest effective date on or before it. Figures
 * before 2023-04-25 are not bundled; an earlier date gets the 2023-04-25 table (higher than the
 * figures then in force, so never a false "enough"), and the result names the table it used.
 * @example fundsTableOn('2025-07-06').effectiveFrom //=> '2024-05-28'
 * @example fundsTableOn('2025-07-07').effectiveFrom //=> '2025-07-07'
 */
export function fundsTableOn(on: IsoDate, tables: readonly FundsTable[] = FUNDS_TABLES): FundsTable {
  let found: FundsTable | undefined;
  for (const table of tables) {
    if (table.effectiveFrom <= on && (!found || table.effectiveFrom >= found.effectiveFrom)) found = table;
  }
  const earliest = tables.reduce<FundsTable | undefined>(
    (first, table) => (!first || table.effectiveFrom < first.effectiveFrom ? table : first),
    undefined,
  );
  const table = found ?? earliest;
  if (!table) throw new RangeError('no proof-of-funds table');
  return table;
}

/**
 * CAD required for `familySize` members under `table`: the listed figure up to seven, then the
 * amount for each additional member.
 * @example requiredFunds(8, fundsTableOn('2025-07-07')) //=> 44_504 (40,392 + 4,112)
 */
export function requiredFunds(familySize: number, table: FundsTable): number {
  if (!Number.isInteger(familySize) || familySize < 1) throw new RangeError(`family size ${familySize}`);
  const listed = table.upToSeven[Math.min(familySize, 7) - 1] as number;
  return listed + Math.max(0, familySize - 7) * table.eachAdditional;
}

/**
 * The family counted for proof of funds: the profile's `familySize` when given (it includes
 * dependent children the profile does not list), else the candidate plus a spouse or partner,
 * who counts even when not accompanying or a Canadian citizen or permanent resident.
 * @example familySizeOf({ ...profile, familySize: undefined, spouse: null }) //=> 1
 */
export function familySizeOf(profile: Pick<Profile, 'familySize' | 'spouse'>): number {
  return profile.familySize ?? 1 + (profile.spouse ? 1 : 0);
}

/**
 * True when a Canadian job covers `on` (started on or before it, not ended before it): the
 * profile's evidence that the candidate is authorized to work in Canada on that date.
 * @example isWorkingInCanada({ work: [{ country: 'CA', start: '2024-01-01', end: null, … }] }, '2025-01-01') //=> true
 */
export function isWorkingInCanada(profile: Pick<Profile, 'work'>, on: IsoDate): boolean {
  return profile.work.some(
    (job) => job.country === 'CA' && job.start <= on && (job.end === null || job.end >= on),
  );
}

/**
 * The funds assessment and its `funds.*` reason: `exempt` (working in Canada on `on` with a job
 * offer that qualifies for the program), `met`, `insufficient` or `not-declared`.
 * @example
 * checkFunds({ ...profile, familySize: 2, settlementFunds: { amount: 19_000, currency: 'CAD' } },
 *   { on: '2025-07-07', qualifyingOffer: false }).reason.code
 * //=> 'funds.insufficient' (19,001 needed)
 */
export function checkFunds(
  profile: Pick<Profile, 'familySize' | 'spouse' | 'work' | 'settlementFunds'>,
  { on, qualifyingOffer }: { on: IsoDate; qualifyingOffer: boolean },
): { funds: FundsAssessment; reason: Reason } {
  const table = fundsTableOn(on);
  const familySize = familySizeOf(profile);
  const required = requiredFunds(familySize, table);
  const declared = profile.settlementFunds?.amount ?? null;
  const exempt = qualifyingOffer && isWorkingInCanada(profile, on);
  const funds: FundsAssessment = { required, declared, familySize, exempt, table: table.effectiveFrom };
  const need = { amount: required, familySize, table: table.effectiveFrom };
  if (exempt) return { funds, reason: { code: 'funds.exempt', met: true, need } };
  if (declared === null) return { funds, reason: { code: 'funds.not-declared', met: false, need } };
  const met = declared >= required;
  return {
    funds,
    reason: { code: met ? 'funds.met' : 'funds.insufficient', met, have: { amount: declared }, need },
  };
}
