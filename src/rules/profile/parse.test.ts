import { describe, expect, it } from 'vitest';
import { rejectionIssues } from '../_test/profiles.js';
import { parseProfile } from './parse.js';

const minimal = {
  format: 'express-entry/profile@1',
  birthDate: '1994-05-10',
  maritalStatus: 'never-married',
};

const issuesOf = rejectionIssues;

describe('parseProfile', () => {
  it('accepts the three required fields and fills defaults', () => {
    const profile = parseProfile(minimal);
    expect(profile.work).toEqual([]);
    expect(profile.languageTests).toEqual([]);
    expect(profile.spouse).toBeNull();
    expect(profile.siblingInCanada).toBe(false);
  });

  it('names the path, the value and what was expected for a bad NOC code', () => {
    const issues = issuesOf({
      ...minimal,
      work: [{ noc: '2123', country: 'CA', start: '2021-01-01', hoursPerWeek: 40 }],
    });
    expect(issues).toEqual([
      {
        path: '$.work[0].noc',
        value: '2123',
        expected: 'a NOC 2021 unit group code of five digits, e.g. "21232"',
      },
    ]);
  });

  it('rejects unknown fields, at any depth', () => {
    const issues = issuesOf({
      ...minimal,
      birthdate: '1994-05-10',
      languageTests: [
        { test: 'CLB', date: '2024-01-01', listening: 7, reading: 7, writing: 7, speaking: 7, overall: 7 },
      ],
    });
    expect(issues.map((i) => i.path).sort()).toEqual(['$.birthdate', '$.languageTests[0].overall']);
    expect(issues[0]?.expected).toMatch(/unknown fields/);
  });

  it('reports a missing required field', () => {
    const issues = issuesOf({ format: 'express-entry/profile@1', maritalStatus: 'married' });
    expect(issues).toEqual([{ path: '$.birthDate', value: undefined, expected: 'a string (required)' }]);
  });

  it('rejects an impossible date and an end before the start', () => {
    const issues = issuesOf({
      ...minimal,
      birthDate: '1994-02-30',
      work: [{ noc: '21232', country: 'CA', start: '2021-01-01', end: '2020-12-31', hoursPerWeek: 40 }],
    });
    expect(issues.map((i) => i.path)).toEqual(['$.birthDate', '$.work[0].end']);
  });

  it('rejects a wrong format tag and an unknown marital status', () => {
    const issues = issuesOf({ ...minimal, format: 'profile@2', maritalStatus: 'single' });
    expect(issues.map((i) => [i.path, i.value])).toEqual([
      ['$.format', 'profile@2'],
      ['$.maritalStatus', 'single'],
    ]);
    expect(issues[1]?.expected).toContain('"never-married"');
  });
});
