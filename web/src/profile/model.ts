/**
 * The profile form and the profile format (`express-entry/profile@1`, docs/profile-format.md):
 * the form holds what the inputs hold (text for numbers, a switch per optional block), the
 * profile holds facts. `profileFromForm` and `formFromProfile` convert both ways without loss
 * for every field the form shows; blocks the form does not show (military service) ride along.
 */

export const PROFILE_FORMAT = 'express-entry/profile@1';

export const MARITAL_STATUSES = [
  'never-married',
  'married',
  'common-law',
  'separated',
  'divorced',
  'widowed',
  'annulled',
] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

export const EDUCATION_LEVELS = [
  'less-than-secondary',
  'secondary',
  'one-year-post-secondary',
  'two-year-post-secondary',
  'bachelors',
  'two-or-more',
  'masters',
  'doctoral',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const LANGUAGE_TESTS = [
  'IELTS-GT',
  'CELPIP-G',
  'PTE-Core',
  'TEF-Canada',
  'TCF-Canada',
  'CLB',
  'NCLC',
] as const;
export type LanguageTestName = (typeof LANGUAGE_TESTS)[number];
export const ABILITIES = ['listening', 'reading', 'writing', 'speaking'] as const;
export type Ability = (typeof ABILITIES)[number];

export const PROVINCES = [
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'NT',
  'NU',
  'ON',
  'PE',
  'QC',
  'SK',
  'YT',
] as const;
export type Province = (typeof PROVINCES)[number];

/** Marital statuses with a spouse or partner, the only ones whose spouse block is sent. */
export const WITH_PARTNER: readonly MaritalStatus[] = ['married', 'common-law'];

export interface EducationForm {
  level: EducationLevel;
  canadian: boolean;
  lengthYears: string;
  completed: string;
  eca: boolean;
}

export interface LanguageTestForm {
  test: LanguageTestName;
  date: string;
  listening: string;
  reading: string;
  writing: string;
  speaking: string;
}

export interface JobForm {
  noc: string;
  title: string;
  country: string;
  start: string;
  /** '' while the job goes on. */
  end: string;
  hoursPerWeek: string;
  selfEmployed: boolean;
}

export interface SpouseForm {
  accompanying: boolean;
  birthDate: string;
  canadianCitizenOrPR: boolean;
  education: EducationForm[];
  languageTests: LanguageTestForm[];
  work: JobForm[];
}

export interface ProfileForm {
  id: string;
  birthDate: string;
  maritalStatus: MaritalStatus;
  submittedAt: string;
  firstOfficialLanguage: '' | 'en' | 'fr';
  education: EducationForm[];
  languageTests: LanguageTestForm[];
  work: JobForm[];
  spouse: SpouseForm;
  nomination: { has: boolean; province: Province; issued: string };
  jobOffer: { has: boolean; noc: string; lmia: boolean };
  certificate: { has: boolean; province: Province; trade: string; issued: string };
  siblingInCanada: boolean;
  /** Settlement funds in CAD; '' when none are declared. */
  funds: string;
  familySize: string;
  /** Fields of the profile the form has no inputs for, kept as they were loaded. */
  passThrough: Record<string, unknown>;
}

/** A profile in the interchange format, as JSON. */
export type ProfileJson = Record<string, unknown>;

export const emptyEducation = (): EducationForm => ({
  level: 'bachelors',
  canadian: false,
  lengthYears: '',
  completed: '',
  eca: false,
});

export const emptyLanguageTest = (): LanguageTestForm => ({
  test: 'IELTS-GT',
  date: '',
  listening: '',
  reading: '',
  writing: '',
  speaking: '',
});

export const emptyJob = (): JobForm => ({
  noc: '',
  title: '',
  country: 'CA',
  start: '',
  end: '',
  hoursPerWeek: '40',
  selfEmployed: false,
});

export function emptyForm(): ProfileForm {
  return {
    id: '',
    birthDate: '',
    maritalStatus: 'never-married',
    submittedAt: '',
    firstOfficialLanguage: '',
    education: [],
    languageTests: [],
    work: [],
    spouse: {
      accompanying: true,
      birthDate: '',
      canadianCitizenOrPR: false,
      education: [],
      languageTests: [],
      work: [],
    },
    nomination: { has: false, province: 'ON', issued: '' },
    jobOffer: { has: false, noc: '', lmia: false },
    certificate: { has: false, province: 'ON', trade: '', issued: '' },
    siblingInCanada: false,
    funds: '',
    familySize: '',
    passThrough: {},
  };
}

/** A number typed in a field: the number, or the text itself so that the API names the problem. */
function numberOf(text: string): number | string {
  const trimmed = text.trim().replace(',', '.');
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}

const textOf = (value: unknown): string =>
  typeof value === 'number' || typeof value === 'string' ? String(value) : '';

function educationJson(entry: EducationForm): ProfileJson {
  return {
    level: entry.level,
    canadian: entry.canadian,
    ...(entry.lengthYears.trim() ? { lengthYears: numberOf(entry.lengthYears) } : {}),
    ...(entry.completed ? { completed: entry.completed } : {}),
    ...(entry.eca ? { eca: true } : {}),
  };
}

function testJson(entry: LanguageTestForm): ProfileJson {
  return {
    test: entry.test,
    date: entry.date,
    listening: numberOf(entry.listening),
    reading: numberOf(entry.reading),
    writing: numberOf(entry.writing),
    speaking: numberOf(entry.speaking),
  };
}

function jobJson(entry: JobForm): ProfileJson {
  return {
    noc: entry.noc.trim(),
    ...(entry.title.trim() ? { title: entry.title.trim() } : {}),
    country: entry.country.trim().toUpperCase(),
    start: entry.start,
    end: entry.end || null,
    hoursPerWeek: numberOf(entry.hoursPerWeek),
    ...(entry.selfEmployed ? { selfEmployed: true } : {}),
  };
}

/**
 * The profile the form describes. Values that do not parse are passed on as typed, so that the
 * API's answer names the field and what it expects.
 * @example profileFromForm({ ...emptyForm(), birthDate: '1993-04-12' }).birthDate //=> '1993-04-12'
 */
export function profileFromForm(form: ProfileForm): ProfileJson {
  const withPartner = WITH_PARTNER.includes(form.maritalStatus);
  const { spouse } = form;
  return {
    format: PROFILE_FORMAT,
    ...(form.id.trim() ? { id: form.id.trim() } : {}),
    birthDate: form.birthDate,
    maritalStatus: form.maritalStatus,
    ...(form.submittedAt.trim() ? { submittedAt: form.submittedAt.trim() } : {}),
    education: form.education.map(educationJson),
    languageTests: form.languageTests.map(testJson),
    ...(form.firstOfficialLanguage ? { firstOfficialLanguage: form.firstOfficialLanguage } : {}),
    work: form.work.map(jobJson),
    ...(form.certificate.has
      ? {
          certificateOfQualification: {
            province: form.certificate.province,
            trade: form.certificate.trade.trim(),
            issued: form.certificate.issued,
          },
        }
      : {}),
    ...(form.nomination.has
      ? { provincialNomination: { province: form.nomination.province, issued: form.nomination.issued } }
      : {}),
    ...(form.jobOffer.has ? { jobOffer: { noc: form.jobOffer.noc.trim(), lmia: form.jobOffer.lmia } } : {}),
    ...(form.siblingInCanada ? { siblingInCanada: true } : {}),
    ...(form.funds.trim() ? { settlementFunds: { amount: numberOf(form.funds), currency: 'CAD' } } : {}),
    ...(form.familySize.trim() ? { familySize: numberOf(form.familySize) } : {}),
    ...(withPartner
      ? {
          spouse: {
            accompanying: spouse.accompanying,
            ...(spouse.birthDate ? { birthDate: spouse.birthDate } : {}),
            canadianCitizenOrPR: spouse.canadianCitizenOrPR,
            education: spouse.education.map(educationJson),
            languageTests: spouse.languageTests.map(testJson),
            work: spouse.work.map(jobJson),
          },
        }
      : {}),
    ...form.passThrough,
  };
}

const arrayOf = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => typeof item === 'object')
    : [];
const objectOf = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;

function educationForm(entry: Record<string, unknown>): EducationForm {
  return {
    level: oneOf(EDUCATION_LEVELS, entry.level, 'bachelors'),
    canadian: entry.canadian === true,
    lengthYears: textOf(entry.lengthYears),
    completed: textOf(entry.completed),
    eca: entry.eca === true,
  };
}

function testForm(entry: Record<string, unknown>): LanguageTestForm {
  return {
    test: oneOf(LANGUAGE_TESTS, entry.test, 'IELTS-GT'),
    date: textOf(entry.date),
    listening: textOf(entry.listening),
    reading: textOf(entry.reading),
    writing: textOf(entry.writing),
    speaking: textOf(entry.speaking),
  };
}

function jobForm(entry: Record<string, unknown>): JobForm {
  return {
    noc: textOf(entry.noc),
    title: textOf(entry.title),
    country: textOf(entry.country),
    start: textOf(entry.start),
    end: textOf(entry.end),
    hoursPerWeek: textOf(entry.hoursPerWeek),
    selfEmployed: entry.selfEmployed === true,
  };
}

/** Fields the form has inputs for; anything else in a loaded profile is passed through. */
const FORM_FIELDS = new Set([
  'format',
  'id',
  'birthDate',
  'maritalStatus',
  'submittedAt',
  'education',
  'languageTests',
  'firstOfficialLanguage',
  'work',
  'certificateOfQualification',
  'provincialNomination',
  'jobOffer',
  'siblingInCanada',
  'settlementFunds',
  'familySize',
  'spouse',
]);

/**
 * The form showing a profile (one loaded from a file, pasted, or saved).
 * @example formFromProfile({ format: 'express-entry/profile@1', birthDate: '1993-04-12', maritalStatus: 'married' }).maritalStatus
 * //=> 'married'
 */
export function formFromProfile(profile: ProfileJson): ProfileForm {
  const form = emptyForm();
  const spouse = objectOf(profile.spouse);
  const nomination = objectOf(profile.provincialNomination);
  const offer = objectOf(profile.jobOffer);
  const certificate = objectOf(profile.certificateOfQualification);
  const funds = objectOf(profile.settlementFunds);
  const passThrough: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(profile))
    if (!FORM_FIELDS.has(key) && value !== null && value !== undefined) passThrough[key] = value;
  return {
    id: textOf(profile.id),
    birthDate: textOf(profile.birthDate),
    maritalStatus: oneOf(MARITAL_STATUSES, profile.maritalStatus, 'never-married'),
    submittedAt: textOf(profile.submittedAt),
    firstOfficialLanguage: oneOf(['', 'en', 'fr'] as const, profile.firstOfficialLanguage, ''),
    education: arrayOf(profile.education).map(educationForm),
    languageTests: arrayOf(profile.languageTests).map(testForm),
    work: arrayOf(profile.work).map(jobForm),
    spouse: spouse
      ? {
          accompanying: spouse.accompanying !== false,
          birthDate: textOf(spouse.birthDate),
          canadianCitizenOrPR: spouse.canadianCitizenOrPR === true,
          education: arrayOf(spouse.education).map(educationForm),
          languageTests: arrayOf(spouse.languageTests).map(testForm),
          work: arrayOf(spouse.work).map(jobForm),
        }
      : form.spouse,
    nomination: nomination
      ? {
          has: true,
          province: oneOf(PROVINCES, nomination.province, 'ON'),
          issued: textOf(nomination.issued),
        }
      : form.nomination,
    jobOffer: offer ? { has: true, noc: textOf(offer.noc), lmia: offer.lmia === true } : form.jobOffer,
    certificate: certificate
      ? {
          has: true,
          province: oneOf(PROVINCES, certificate.province, 'ON'),
          trade: textOf(certificate.trade),
          issued: textOf(certificate.issued),
        }
      : form.certificate,
    siblingInCanada: profile.siblingInCanada === true,
    funds: funds ? textOf(funds.amount) : '',
    familySize: textOf(profile.familySize),
    passThrough,
  };
}

/**
 * Reads a profile from JSON text (a file or a paste).
 * @throws SyntaxError when the text is not JSON, TypeError when it is not a profile object.
 */
export function parseProfileText(text: string): ProfileJson {
  const value: unknown = JSON.parse(text);
  const profile = objectOf(value);
  if (!profile || profile.format !== PROFILE_FORMAT)
    throw new TypeError(`expected an object with "format": "${PROFILE_FORMAT}"`);
  return profile;
}
