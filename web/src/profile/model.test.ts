import { describe, expect, it } from 'vitest';
import francophone from '../../../examples/francophone-developer.json';
import nurse from '../../../examples/nurse.json';
import {
  emptyForm,
  emptyJob,
  formFromProfile,
  PROFILE_FORMAT,
  parseProfileText,
  profileFromForm,
} from './model';

describe('profile form ↔ profile JSON', () => {
  it.each([
    ['nurse', nurse],
    ['francophone developer', francophone],
  ])('round-trips the %s example without loss', (_name, example) => {
    expect(profileFromForm(formFromProfile(example))).toEqual(example);
  });

  it('shows numbers as text and ongoing jobs with an empty end', () => {
    const form = formFromProfile(nurse);
    expect(form.languageTests[0]).toMatchObject({ test: 'IELTS-GT', listening: '8', reading: '7' });
    expect(form.work[1]).toMatchObject({ country: 'CA', end: '', hoursPerWeek: '37.5' });
    expect(form.funds).toBe('22000');
  });

  it('builds the minimal profile from an empty form', () => {
    expect(profileFromForm({ ...emptyForm(), birthDate: '1990-01-31' })).toEqual({
      format: PROFILE_FORMAT,
      birthDate: '1990-01-31',
      maritalStatus: 'never-married',
      education: [],
      languageTests: [],
      work: [],
    });
  });

  it('sends the spouse only with a spouse or common-law partner', () => {
    const form = formFromProfile(francophone);
    expect(profileFromForm(form).spouse).toBeDefined();
    expect(profileFromForm({ ...form, maritalStatus: 'divorced' }).spouse).toBeUndefined();
    expect(profileFromForm({ ...form, maritalStatus: 'common-law' }).spouse).toBeDefined();
  });

  it('turns typed numbers into numbers, accepts a decimal comma, and passes bad ones on as typed', () => {
    const job = { ...emptyJob(), noc: ' 31301 ', country: 'ca', start: '2020-01-01', hoursPerWeek: '37,5' };
    const profile = profileFromForm({ ...emptyForm(), work: [job], funds: 'lots' });
    expect(profile.work).toEqual([
      { noc: '31301', country: 'CA', start: '2020-01-01', end: null, hoursPerWeek: 37.5 },
    ]);
    expect(profile.settlementFunds).toEqual({ amount: 'lots', currency: 'CAD' });
  });

  it('maps the optional blocks both ways', () => {
    const form = {
      ...emptyForm(),
      birthDate: '1990-01-31',
      nomination: { has: true, province: 'BC' as const, issued: '2025-02-10' },
      jobOffer: { has: true, noc: '21232', lmia: true },
      certificate: { has: true, province: 'ON' as const, trade: '72310', issued: '2023-02-01' },
      siblingInCanada: true,
      familySize: '3',
    };
    const profile = profileFromForm(form);
    expect(profile).toMatchObject({
      provincialNomination: { province: 'BC', issued: '2025-02-10' },
      jobOffer: { noc: '21232', lmia: true },
      certificateOfQualification: { province: 'ON', trade: '72310', issued: '2023-02-01' },
      siblingInCanada: true,
      familySize: 3,
    });
    expect(formFromProfile(profile)).toEqual(form);
  });

  it('keeps the blocks the form does not show', () => {
    const military = { country: 'GB', start: '2014-03-01', end: null, canadianArmedForcesOffer: null };
    const profile = { ...nurse, militaryService: military };
    expect(profileFromForm(formFromProfile(profile)).militaryService).toEqual(military);
  });
});

describe('parseProfileText', () => {
  it('reads a profile and refuses what is not one', () => {
    expect(parseProfileText(JSON.stringify(nurse)).birthDate).toBe('1993-04-12');
    expect(() => parseProfileText('{"birthDate": "1990-01-01"}')).toThrow(TypeError);
    expect(() => parseProfileText('{')).toThrow(SyntaxError);
  });
});
