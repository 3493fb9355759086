/**
 * The first official language: declared, or chosen by eligibility, then FSW points, then the
 * first-language levels, then English. Profiles assessed on 2025-08-01.
 */
import { describe, expect, it } from 'vitest';
import { candidate, clb, nclc, reason } from '../_test/profiles.js';
import type { OfficialLanguage } from '../language/tables.js';
import { chooseFirstLanguage, type ProgramsOutcome } from './first-language.js';
import { programEligibility } from './index.js';
import type { ProgramResult } from './types.js';

const ON = '2025-08-01';

/** The first language the programs were assessed with: every language reason names it. */
function firstLanguage(result: ProgramsOutcome) {
  const languages = [result.fsw, result.cec, result.fst].map(
    (program) => reason(program, `${program.program.toLowerCase()}.language`).language,
  );
  expect(new Set(languages).size).toBe(1);
  return languages[0];
}

// Everything FSW needs but the language: age 35 (12), bachelor's with ECA (21), 3 years (11),
// funds for one. Language points decide the grid.
const base: Parameters<typeof candidate>[0] = {
  education: [{ level: 'bachelors', canadian: false, eca: true }],
  jobs: [{ noc: '21232', start: '2021-08-01', end: '2024-07-31', country: 'IN' }],
  settlementFunds: { amount: 20_000, currency: 'CAD' },
};

describe('chosen from the profile', () => {
  it('keeps the assignment that makes FSW eligible: French NCLC 9 over English CLB 6', () => {
    // French first: 24 + English CLB 6 ≥ 5 in all four, 4 = 28; 12 + 21 + 11 + 28 = 72.
    const result = programEligibility(
      candidate({ ...base, languageTests: [clb(6, 6, 6, 6), nclc(9, 9, 9, 9)] }),
      { on: ON },
    );
    expect(firstLanguage(result)).toBe('french');
    expect(result.fsw.eligible).toBe(true);
    expect(result.fsw.points?.total).toBe(72);
  });

  it('the declared language wins even when the other would be eligible', () => {
    const profile = candidate({
      ...base,
      firstOfficialLanguage: 'en',
      languageTests: [clb(6, 6, 6, 6), nclc(9, 9, 9, 9)],
    });
    const result = programEligibility(profile, { on: ON });
    expect(firstLanguage(result)).toBe('english');
    expect(result.fsw.eligible).toBe(false);
    expect(result.fsw.reasons.filter((r) => !r.met).map((r) => r.code)).toEqual([
      'fsw.language.too-low',
      'fsw.grid.below-pass-mark',
    ]);
  });

  it('when both are eligible, keeps the one with more FSW points', () => {
    // English first: 24 + 4 = 28; French first: 16 + 4 = 20.
    const englishBetter = programEligibility(
      candidate({ ...base, languageTests: [clb(9, 9, 9, 9), nclc(7, 7, 7, 7)] }),
      {
        on: ON,
      },
    );
    expect(firstLanguage(englishBetter)).toBe('english');
    expect(englishBetter.fsw.points?.total).toBe(72);
    const frenchBetter = programEligibility(
      candidate({ ...base, languageTests: [clb(7, 7, 7, 7), nclc(9, 9, 9, 9)] }),
      {
        on: ON,
      },
    );
    expect(firstLanguage(frenchBetter)).toBe('french');
    expect(frenchBetter.fsw.points?.total).toBe(72);
  });

  it('counts CEC too: NCLC 7 in French only makes French first', () => {
    const profile = candidate({
      jobs: [{ noc: '21232', start: '2024-08-01', end: '2025-07-31' }],
      languageTests: [nclc(7, 7, 7, 7)],
    });
    const result = programEligibility(profile, { on: ON });
    expect(firstLanguage(result)).toBe('french');
    expect(result.cec.eligible).toBe(true);
  });

  it('is English without any valid result', () => {
    expect(firstLanguage(programEligibility(candidate(), { on: ON }))).toBe('english');
  });
});

describe('the ordering on its own', () => {
  const result = (eligible: boolean, total?: number): ProgramResult => ({
    program: 'FSW',
    eligible,
    reasons: [],
    ...(total === undefined ? {} : { points: { total, passMark: 67, factors: [] } }),
  });
  const outcome = (eligible: [boolean, boolean, boolean], fswPoints: number): ProgramsOutcome => ({
    fsw: result(eligible[0], fswPoints),
    cec: result(eligible[1]),
    fst: result(eligible[2]),
  });
  const choose = (
    english: ProgramsOutcome,
    french: ProgramsOutcome,
    sums: Record<OfficialLanguage, number> = { english: 0, french: 0 },
  ) =>
    chooseFirstLanguage(
      undefined,
      (language) => (language === 'english' ? english : french),
      (language) => sums[language],
    ).language;

  it('more eligible programs first, whatever the points', () => {
    expect(choose(outcome([false, true, false], 90), outcome([true, true, false], 67))).toBe('french');
  });

  it('then more FSW points', () => {
    expect(choose(outcome([false, false, false], 40), outcome([false, false, false], 41))).toBe('french');
    expect(choose(outcome([false, false, false], 41), outcome([false, false, false], 40))).toBe('english');
  });

  it('then the higher sum of first-language levels, then English', () => {
    const same = outcome([false, false, false], 40);
    expect(choose(same, same, { english: 20, french: 21 })).toBe('french');
    expect(choose(same, same, { english: 21, french: 21 })).toBe('english');
  });

  it('evaluates only the declared language when there is one', () => {
    const seen: OfficialLanguage[] = [];
    const choice = chooseFirstLanguage(
      'fr',
      (language) => {
        seen.push(language);
        return outcome([false, false, false], 0);
      },
      () => 0,
    );
    expect(choice).toMatchObject({ language: 'french', declared: true });
    expect(seen).toEqual(['french']);
  });
});
