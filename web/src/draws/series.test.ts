import { describe, expect, it } from 'vitest';
import {
  invitationsPerMonth,
  latestDistribution,
  lowestScoreSeries,
  type RoundRow,
  roundGroup,
} from './series';

const round = (number: string, date: string, kind: RoundRow['kind'], size: number, lowest: number | null) =>
  ({
    number,
    date,
    name: '',
    kind,
    size,
    lowestScore: lowest,
    tieBreak: null,
    poolDistribution: null,
  }) satisfies RoundRow;

const rounds: RoundRow[] = [
  round('1', '2015-01-31', { type: 'general' }, 779, 886),
  round('2', '2015-02-07', { type: 'general' }, 779, 818),
  round('3', '2015-04-10', { type: 'program', program: 'CEC' }, 925, 469),
  round('4', '2015-04-10', { type: 'category', category: 'stem@2023', categoryId: 'stem' }, 500, null),
];

describe('roundGroup', () => {
  it('names the program or the category id', () => {
    expect(rounds.map((r) => roundGroup(r.kind))).toEqual(['general', 'general', 'CEC', 'stem']);
  });
});

describe('lowestScoreSeries', () => {
  it('aligns every group on the round dates, null where a group has no round', () => {
    expect(lowestScoreSeries(rounds)).toEqual({
      x: [Date.UTC(2015, 0, 31) / 1000, Date.UTC(2015, 1, 7) / 1000, Date.UTC(2015, 3, 10) / 1000],
      series: [
        { key: 'general', values: [886, 818, undefined] },
        { key: 'CEC', values: [undefined, undefined, 469] },
      ],
    });
  });

  it('breaks a line where its group held no round for more than 180 days', () => {
    const { series } = lowestScoreSeries([
      round('1', '2015-01-31', { type: 'program', program: 'CEC' }, 1, 450),
      round('2', '2015-02-07', { type: 'general' }, 1, 818),
      round('3', '2015-03-07', { type: 'program', program: 'CEC' }, 1, 440),
      round('4', '2016-03-07', { type: 'general' }, 1, 800),
      round('5', '2016-04-07', { type: 'program', program: 'CEC' }, 1, 430),
    ]);
    expect(series).toEqual([
      { key: 'CEC', values: [450, undefined, 440, null, 430] },
      { key: 'general', values: [undefined, 818, null, 800, undefined] },
    ]);
  });

  it('makes the whole of a long silence null, not only its first date', () => {
    const { series } = lowestScoreSeries([
      round('1', '2015-01-31', { type: 'program', program: 'CEC' }, 1, 450),
      round('2', '2015-06-07', { type: 'general' }, 1, 818),
      round('3', '2016-01-07', { type: 'general' }, 1, 810),
      round('4', '2020-09-07', { type: 'program', program: 'CEC' }, 1, 440),
    ]);
    expect(series[0]).toEqual({ key: 'CEC', values: [450, null, null, 440] });
  });
});

describe('invitationsPerMonth', () => {
  it('sums each month and fills the empty ones with 0', () => {
    expect(invitationsPerMonth(rounds)).toEqual({
      months: ['2015-01', '2015-02', '2015-03', '2015-04'],
      totals: [779, 779, 0, 1425],
    });
  });

  it('crosses a year end', () => {
    const months = invitationsPerMonth([
      round('1', '2015-11-30', { type: 'general' }, 1, 1),
      round('2', '2016-02-01', { type: 'general' }, 2, 1),
    ]).months;
    expect(months).toEqual(['2015-11', '2015-12', '2016-01', '2016-02']);
  });

  it('is empty without rounds', () => {
    expect(invitationsPerMonth([])).toEqual({ months: [], totals: [] });
  });
});

describe('latestDistribution', () => {
  const distribution = {
    asOf: '2026-08-03',
    total: 100,
    ranges: { '601-1200': 5, '451-500': 30, '491-500': 10, '481-490': 20, '0-450': 65 },
  };
  const withDistribution = [
    { ...round('9', '2026-08-07', { type: 'general' }, 1, 1), poolDistribution: distribution },
    round('10', '2026-08-08', { type: 'general' }, 1, 1),
  ];

  it('keeps the widest ranges, lowest first, and marks the one holding the score', () => {
    expect(latestDistribution(withDistribution, 485)).toEqual({
      asOf: '2026-08-03',
      total: 100,
      round: '9',
      bars: [
        { label: '0-450', from: 0, to: 450, count: 65, mine: false },
        { label: '451-500', from: 451, to: 500, count: 30, mine: true },
        { label: '601-1200', from: 601, to: 1200, count: 5, mine: false },
      ],
    });
  });

  it('is null when no round carries a distribution', () => {
    expect(latestDistribution(rounds, 485)).toBeNull();
  });
});
