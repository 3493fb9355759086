/**
 * FSTP minimum requirements on explicit dates. The window is the 5 years before the date,
 * half-open: on 2025-08-01 work from 2020-08-01 to 2025-07-31 counts. 1 August 2023 to 31 July
 * 2025 is 24 months; from 2 August it is 23 + 30/31 = 23.97.
 */
import { describe, expect, it } from 'vitest';
import { candidate, clb, type Job, reason, unmet } from '../_test/profiles.js';
import { fstEligibility, isSkilledTrade } from './fst.js';

const ON = '2025-08-01';

const trade = (start: string, end: string | null, extra: Partial<Job> = {}): Job => ({
  noc: '72310',
  start,
  end,
  country: 'IN',
  ...extra,
});

const certificate = { province: 'ON' as const, trade: '72310', issued: '2023-02-01' };

// A carpenter abroad: 24 months, L5 R4 W4 S5, a certificate, funds for one.
const carpenter: Parameters<typeof candidate>[0] = {
  jobs: [trade('2023-08-01', '2025-07-31')],
  languageTests: [clb(5, 4, 4, 5)],
  certificateOfQualification: certificate,
  settlementFunds: { amount: 15_263, currency: 'CAD' },
};

function assess(extra: Parameters<typeof candidate>[0], on = ON) {
  return fstEligibility(candidate(extra), { on, firstLanguage: 'english' });
}

describe('the eligible skilled trades (NOC 2021 groups listed by IRCC)', () => {
  it.each([
    ['72010', 'major group 72: contractors and supervisors, machining'],
    ['72310', 'major group 72: carpenters'],
    ['72999', 'major group 72: other technical trades (sub-major 729)'],
    ['73300', 'major group 73: transport truck drivers'],
    ['82010', 'major group 82: supervisors, logging and forestry'],
    ['83100', 'major group 83: underground miners'],
    ['92010', 'major group 92: supervisors, mineral and metal processing'],
    ['93100', 'major group 93: central control and process operators (sub-major 931)'],
    ['63200', 'minor group 6320: cooks'],
    ['63201', 'minor group 6320: butchers'],
    ['63202', 'minor group 6320: bakers'],
    ['62200', 'unit group 62200: chefs'],
  ])('%s is a trade (%s)', (noc) => {
    expect(isSkilledTrade(noc)).toBe(true);
  });

  it.each([
    ['72600', 'sub-major 726 excluded: air pilots'],
    ['72604', 'sub-major 726 excluded: railway traffic controllers'],
    ['93200', 'sub-major 932 excluded: aircraft assemblers'],
    ['62201', 'minor group 6220 beside chefs: funeral directors'],
    ['62020', 'food service supervisors'],
    ['63210', 'minor group 6321: hairstylists'],
    ['84120', 'major group 84'],
    ['94100', 'major group 94'],
    ['21232', 'software developers'],
  ])('%s is not (%s)', (noc) => {
    expect(isSkilledTrade(noc)).toBe(false);
  });
});

describe('a whole assessment', () => {
  it('is eligible with L5 R4 W4 S5, 24 months and a certificate', () => {
    const result = assess(carpenter);
    expect(result.eligible).toBe(true);
    expect(result.funds).toEqual({
      required: 15_263,
      declared: 15_263,
      familySize: 1,
      exempt: false,
      table: '2025-07-07',
    });
    expect(result.reasons).toEqual([
      {
        code: 'fst.language.met',
        met: true,
        language: 'english',
        test: 'CLB',
        have: { listening: 5, reading: 4, writing: 4, speaking: 5 },
        need: { listening: 5, reading: 4, writing: 4, speaking: 5 },
        below: [],
      },
      {
        code: 'fst.experience.met',
        met: true,
        noc: '72310',
        have: { months: 24 },
        need: { months: 24, continuous: false },
        window: ['2020-08-01', '2025-08-01'],
      },
      { code: 'fst.offer-or-certificate.met', met: true, noc: '72310', have: { basis: 'certificate' } },
      {
        code: 'funds.met',
        met: true,
        have: { amount: 15_263 },
        need: { amount: 15_263, familySize: 1, table: '2025-07-07' },
      },
    ]);
  });
});

describe('language: CLB 5 listening and speaking, CLB 4 reading and writing', () => {
  it.each([
    [[5, 3, 4, 5], ['reading']],
    [[5, 4, 3, 5], ['writing']],
    [[4, 4, 4, 5], ['listening']],
    [[5, 4, 4, 4], ['speaking']],
  ])('L R W S = %j fails in %j', (levels, below) => {
    const [l, r, w, s] = levels as [number, number, number, number];
    const result = assess({ ...carpenter, languageTests: [clb(l, r, w, s)] });
    expect(unmet(result)).toEqual(['fst.language.too-low']);
    expect(reason(result, 'fst.language').below).toEqual(below);
  });
});

describe('24 months in one trade in the 5 years before the date', () => {
  it('23.97 months fall short', () => {
    const result = assess({ ...carpenter, jobs: [trade('2023-08-02', '2025-07-31')] });
    expect(unmet(result)).toEqual(['fst.experience.too-short']);
    expect(reason(result, 'fst.experience').have).toEqual({ months: 23.96 });
  });

  it('need not be continuous', () => {
    const jobs = [trade('2021-01-01', '2021-12-31'), trade('2024-01-01', '2024-12-31')];
    expect(assess({ ...carpenter, jobs }).eligible).toBe(true);
  });

  it('does not add two trades together: 12 + 12 months', () => {
    const jobs = [trade('2023-08-01', '2024-07-31'), trade('2024-08-01', '2025-07-31', { noc: '72320' })];
    expect(reason(assess({ ...carpenter, jobs }), 'fst.experience')).toMatchObject({
      code: 'fst.experience.too-short',
      have: { months: 12 },
    });
  });

  it('looks back exactly 5 years', () => {
    const jobs = [trade('2020-08-01', '2022-07-31')];
    expect(reason(assess({ ...carpenter, jobs }, '2025-08-01'), 'fst.experience').code).toBe(
      'fst.experience.met',
    );
    expect(reason(assess({ ...carpenter, jobs }, '2025-08-02'), 'fst.experience').code).toBe(
      'fst.experience.too-short',
    );
  });

  it('a non-trade NOC gives no trade experience', () => {
    const result = assess({ ...carpenter, jobs: [trade('2020-08-01', '2025-07-31', { noc: '21232' })] });
    expect(reason(result, 'fst.experience')).toEqual({
      code: 'fst.experience.none',
      met: false,
      need: { months: 24, continuous: false },
      window: ['2020-08-01', '2025-08-01'],
    });
  });
});

describe('a job offer or a certificate of qualification in that trade', () => {
  it('a job offer in the trade meets it', () => {
    const result = assess({
      ...carpenter,
      certificateOfQualification: null,
      jobOffer: { noc: '72310', lmia: true },
    });
    expect(reason(result, 'fst.offer-or-certificate')).toEqual({
      code: 'fst.offer-or-certificate.met',
      met: true,
      noc: '72310',
      have: { basis: 'job-offer' },
    });
  });

  it('neither is unmet', () => {
    const result = assess({ ...carpenter, certificateOfQualification: null });
    expect(unmet(result)).toEqual(['fst.offer-or-certificate.missing']);
  });

  it('a certificate issued after the date does not count yet', () => {
    const later = { ...certificate, issued: '2025-08-02' };
    expect(unmet(assess({ ...carpenter, certificateOfQualification: later }))).toEqual([
      'fst.offer-or-certificate.missing',
    ]);
  });

  it('a certificate or offer in another trade is unmet', () => {
    const result = assess({
      ...carpenter,
      certificateOfQualification: { ...certificate, trade: '72320' },
      jobOffer: { noc: '72010', lmia: true },
    });
    expect(reason(result, 'fst.offer-or-certificate')).toEqual({
      code: 'fst.offer-or-certificate.other-trade',
      met: false,
      noc: '72310',
      have: { certificateTrade: '72320', offerNoc: '72010' },
    });
  });

  it('applies in the trade that has both the months and the certificate', () => {
    // 24 months as a carpenter (no certificate) and 24 as a bricklayer (certificate in 72320).
    const jobs = [trade('2023-08-01', '2025-07-31'), trade('2021-08-01', '2023-07-31', { noc: '72320' })];
    const result = assess({
      ...carpenter,
      jobs,
      certificateOfQualification: { ...certificate, trade: '72320' },
    });
    expect(result.eligible).toBe(true);
    expect(reason(result, 'fst.experience').noc).toBe('72320');
  });
});

describe('proof of funds', () => {
  it('is exempt with a job offer in the trade while working in Canada', () => {
    const result = assess({
      ...carpenter,
      settlementFunds: null,
      jobOffer: { noc: '72310', lmia: true },
      jobs: [trade('2023-08-01', null, { country: 'CA' })],
    });
    expect(result.funds?.exempt).toBe(true);
    expect(result.eligible).toBe(true);
  });

  it('is needed with a certificate only', () => {
    expect(unmet(assess({ ...carpenter, settlementFunds: null }))).toEqual(['funds.not-declared']);
  });
});
