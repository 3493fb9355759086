/**
 * Scenarios derived from a profile for side-by-side comparison: the same facts with one change.
 * Each returns a new profile, or null when the change does not apply (no spouse to swap).
 */
import type { ProfileJson } from '../profile/model';

export const SCENARIO_KINDS = ['current', 'english-retake', 'french', 'spouse-principal'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

const ENGLISH_TESTS = ['IELTS-GT', 'CELPIP-G', 'PTE-Core', 'CLB'];
const FRENCH_TESTS = ['TEF-Canada', 'TCF-Canada', 'NCLC'];

const testsOf = (profile: ProfileJson): Record<string, unknown>[] =>
  Array.isArray(profile.languageTests) ? (profile.languageTests as Record<string, unknown>[]) : [];

const levels = (test: 'CLB' | 'NCLC', level: number, date: string) => ({
  test,
  date,
  listening: level,
  reading: level,
  writing: level,
  speaking: level,
});

/**
 * English retaken with CLB `level` in every ability on `on` (replacing earlier English results).
 * @example withEnglishRetake(profile, 10, '2026-06-01').languageTests
 * //=> [..., { test: 'CLB', date: '2026-06-01', listening: 10, reading: 10, writing: 10, speaking: 10 }]
 */
export function withEnglishRetake(profile: ProfileJson, level: number, on: string): ProfileJson {
  return {
    ...profile,
    languageTests: [
      ...testsOf(profile).filter((test) => !ENGLISH_TESTS.includes(String(test.test))),
      levels('CLB', level, on),
    ],
  };
}

/** A French result of NCLC `level` in every ability on `on` (replacing earlier French results). */
export function withFrench(profile: ProfileJson, level: number, on: string): ProfileJson {
  return {
    ...profile,
    languageTests: [
      ...testsOf(profile).filter((test) => !FRENCH_TESTS.includes(String(test.test))),
      levels('NCLC', level, on),
    ],
  };
}

/**
 * The spouse or partner as principal applicant and the principal as the accompanying spouse;
 * null without a spouse whose birth date is known (age scores for the principal applicant).
 */
export function spouseAsPrincipal(profile: ProfileJson): ProfileJson | null {
  const spouse = profile.spouse as Record<string, unknown> | null | undefined;
  if (!spouse || typeof spouse.birthDate !== 'string') return null;
  const { firstOfficialLanguage: _dropped, ...rest } = profile;
  return {
    ...rest,
    birthDate: spouse.birthDate,
    education: spouse.education ?? [],
    languageTests: spouse.languageTests ?? [],
    work: spouse.work ?? [],
    spouse: {
      accompanying: true,
      birthDate: profile.birthDate,
      canadianCitizenOrPR: false,
      education: profile.education ?? [],
      languageTests: profile.languageTests ?? [],
      work: profile.work ?? [],
    },
  };
}

/** The profile of a scenario kind, built from the current one. */
export function scenarioProfile(kind: ScenarioKind, profile: ProfileJson, on: string): ProfileJson | null {
  switch (kind) {
    case 'current':
      return profile;
    case 'english-retake':
      return withEnglishRetake(profile, 10, on);
    case 'french':
      return withFrench(profile, 7, on);
    case 'spouse-principal':
      return spouseAsPrincipal(profile);
  }
}
