/**
 * D, arranged employment. Expected points are typed from crs-rules.md §D and §F: 600 for an
 * LMIA-supported TEER 0–3 offer from 2015-01-01; from 2016-11-19, 200 in NOC major group 00 and 50
 * for any other TEER 0–3 offer, LMIA-exempt offers included; TEER 4–5 offers earn nothing.
 * NOC 2021 codes: 00012 senior managers (major group 00), 10010 financial managers (TEER 0, major
 * group 10), 21232 software developers (TEER 1), 63200 cooks (TEER 3), 64100 retail salespersons
 * (TEER 4), 65200 food and beverage servers (TEER 5).
 */
import { describe, expect, it } from 'vitest';
import type { CrsFacts } from '../types.js';
import { facts } from './_test/facts.js';
import {
  ARRANGED_EMPLOYMENT_2015,
  ARRANGED_EMPLOYMENT_2016,
  arrangedEmployment,
} from './arranged-employment.js';

const employment2015 = arrangedEmployment(ARRANGED_EMPLOYMENT_2015);
const employment2016 = arrangedEmployment(ARRANGED_EMPLOYMENT_2016);

function offer(noc: string, teer: number, lmia: boolean): CrsFacts {
  return facts({ jobOffer: { noc, teer, lmia } });
}

describe('arrangedEmployment', () => {
  it.each([
    ['00012', 0, 600, 200],
    ['10010', 0, 600, 50],
    ['21232', 1, 600, 50],
    ['63200', 3, 600, 50],
    ['64100', 4, 0, 0],
    ['65200', 5, 0, 0],
  ])('NOC %s (TEER %i) with an LMIA → %i (2015), %i (2016)', (noc, teer, points2015, points2016) => {
    expect(employment2015(offer(noc, teer, true)).points).toBe(points2015);
    expect(employment2016(offer(noc, teer, true)).points).toBe(points2016);
  });

  it.each([
    ['00012', 0, 200],
    ['21232', 1, 50],
    ['64100', 4, 0],
  ])('NOC %s (TEER %i) without an LMIA → 0 (2015), %i (2016)', (noc, teer, points2016) => {
    expect(employment2015(offer(noc, teer, false)).points).toBe(0);
    expect(employment2016(offer(noc, teer, false)).points).toBe(points2016);
  });

  it('no offer earns 0; the max is the larger amount of the table', () => {
    expect(employment2015(facts()).points).toBe(0);
    expect(employment2015(facts()).max).toBe(600);
    expect(employment2016(facts()).max).toBe(200);
  });

  it('reports the facts the points came from', () => {
    expect(employment2016(offer('00012', 0, false))).toEqual({
      factor: 'arranged-employment',
      section: 'D',
      points: 200,
      max: 200,
      facts: { noc: '00012', teer: 0, lmia: false, offer: 'major group 00' },
    });
    expect(employment2015(offer('21232', 1, false)).facts).toEqual({
      noc: '21232',
      teer: 1,
      lmia: false,
      offer: 'no LMIA',
    });
    expect(employment2016(facts()).facts).toEqual({ noc: null, teer: null, lmia: null, offer: 'none' });
  });
});
