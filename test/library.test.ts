/** The public API as a user imports it: bundled data by default. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assess,
  categoryEligibility,
  crsScore,
  eligibilityReport,
  parseProfile,
  searchNoc,
  whatIf,
} from '../src/index.js';

const nurse = parseProfile(JSON.parse(readFileSync('examples/nurse.json', 'utf8')));

describe('express-entry', () => {
  it('scores, assesses and suggests with the bundled data', () => {
    expect(crsScore(nurse, { on: '2026-06-01' }).total).toBe(485);
    const assessment = assess(nurse, { on: '2026-06-01' });
    expect(assessment.ruleset).toEqual({ crs: 'crs@2025-03-25', categories: 'categories@2026' });
    expect(whatIf(nurse, { on: '2026-06-01' }).suggestions[0]?.crsGain).toBe(600);
    expect(categoryEligibility(nurse, { on: '2023-06-28' }).ruleset).toBe('categories@2023');
    expect(eligibilityReport(nurse, { on: '2026-06-01' }).programs.cec.eligible).toBe(true);
    expect(searchNoc('truck driver', { lang: 'en', limit: 1 })[0]?.code).toBe('73300');
  });
});
