/**
 * C3, certificate of qualification with first-language proficiency. Expected points are typed
 * from crs-rules.md §C3: CLB 5+ on all four with one under 7 → 25, CLB 7+ on all four → 50, any
 * ability below 5 or no certificate → 0.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abilities } from '../../language/tables.js';
import { allAt, facts, levels } from './_test/facts.js';
import { transferabilityCertificate } from './transferability-certificate.js';

describe('with a certificate of qualification', () => {
  it.each([
    ['CLB 4 on all four', allAt(4), 0],
    ['CLB 4 on one (L7 R7 W4 S7)', levels(7, 7, 4, 7), 0],
    ['CLB 5 on all four', allAt(5), 25],
    ['CLB 6 on all four', allAt(6), 25],
    ['CLB 6 on one (L7 R7 W7 S6)', levels(7, 7, 7, 6), 25],
    ['CLB 7 on all four', allAt(7), 50],
    ['CLB 10 on all four', allAt(10), 50],
    ['no valid test', null, 0],
  ] as const)('%s → %i', (_, first, points) => {
    const score = transferabilityCertificate(facts({ certificateOfQualification: true, first }));
    expect(score.points).toBe(points);
    expect(score.rows).toEqual([{ row: 'certificate-language', points, max: 50 }]);
  });

  it('reports the facts the points came from', () => {
    expect(
      transferabilityCertificate(facts({ certificateOfQualification: true, first: levels(7, 6, 7, 7) })),
    ).toEqual({
      factor: 'transferability-certificate',
      section: 'C',
      points: 25,
      max: 50,
      facts: { certificateOfQualification: true, languageTier: 'CLB 5+' },
      rows: [{ row: 'certificate-language', points: 25, max: 50 }],
    });
  });
});

it('without a certificate, CLB 10 on all four earns nothing', () => {
  expect(
    transferabilityCertificate(facts({ certificateOfQualification: false, first: allAt(10) })).points,
  ).toBe(0);
});

const level = fc.integer({ min: 0, max: 10 });
const abilityLevels = fc.tuple(level, level, level, level).map(([l, r, w, s]) => levels(l, r, w, s));
const certificateFacts = fc
  .record({ first: fc.option(abilityLevels, { nil: null }), certificateOfQualification: fc.boolean() })
  .map((overrides) => facts(overrides));

describe('properties', () => {
  it('points stay within 0..max', () => {
    fc.assert(
      fc.property(certificateFacts, (candidate) => {
        const { points, max } = transferabilityCertificate(candidate);
        expect(points).toBeGreaterThanOrEqual(0);
        expect(points).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('raising one first-language ability never lowers the points', () => {
    fc.assert(
      fc.property(
        certificateFacts,
        abilityLevels,
        fc.constantFrom(...abilities),
        (candidate, first, ability) => {
          const raised = { ...first, [ability]: Math.min(10, first[ability] + 1) };
          const before = transferabilityCertificate({ ...candidate, first }).points;
          const after = transferabilityCertificate({ ...candidate, first: raised }).points;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });
});
