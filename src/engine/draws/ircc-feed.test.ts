import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../errors.js';
import { bundledRounds } from './history.js';
import {
  type FeedRound,
  kindFromName,
  mergeRounds,
  parseFeedCount,
  parseFeedDate,
  parseFeedInstant,
  parseIrccFeed,
  programsFromText,
} from './ircc-feed.js';
import type { Round } from './round.js';

const FIXTURE = new URL('../../../test/fixtures/ircc-feed/ee_rounds_123_en.json', import.meta.url);
const fixtureText = readFileSync(FIXTURE, 'utf8');
/** A fresh copy of the real-shaped fixture, safe to edit. */
function feed(): { classes: string; rounds: FeedRound[] } {
  return JSON.parse(fixtureText);
}
function feedRound(number: string): FeedRound {
  const found = feed().rounds.find((round) => round.drawNumber === number);
  if (!found) throw new Error(`no round ${number} in the fixture`);
  return found;
}
function imported(number: string): Round {
  const found = parseIrccFeed(feed()).find((round) => round.number === number);
  if (!found) throw new Error(`round ${number} not imported`);
  return found;
}
function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseFeedCount', () => {
  it.each([
    ['1,500', 1500],
    ['229,100', 229_100],
    ['4', 4],
    ['0', 0],
    ['1,000,000', 1_000_000],
    [' 300 ', 300],
  ])('%j → %d', (text, expected) => {
    expect(parseFeedCount(text)).toBe(expected);
  });

  it.each(['', '1,50', '15OO', '1.500', '-3', '1,5000', ',500', 'n/a'])('%j is not a count', (text) => {
    expect(parseFeedCount(text)).toBeNull();
  });

  it('reads back every whole number written with thousands separators', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), (value) => {
        expect(parseFeedCount(value.toLocaleString('en-US'))).toBe(value);
        expect(parseFeedCount(String(value))).toBe(value);
      }),
    );
  });
});

describe('parseFeedInstant', () => {
  it.each([
    // The plain form and each spelling the real feed uses (data/SOURCES.md §1).
    ['October 11, 2025 at 14:55:49 UTC', '2026-08-07', '2025-10-11T14:55:49Z'],
    ['March 24, 2022 at 8:00:50 UTC', '2022-04-27', '2022-03-24T08:00:50Z'],
    ['April 27, 2022 16:04:21 UTC', '2022-04-27', '2022-04-27T16:04:21Z'],
    ['February 02 2022 at 14:16:27 UTC', '2022-02-02', '2022-02-02T14:16:27Z'],
    ['December 09, 2022, at 10:49:57 UTC', '2023-02-22', '2022-12-09T10:49:57Z'],
    ['May 19,2022 06:48:41 UTC', '2023-03-23', '2022-05-19T06:48:41Z'],
    ['August 30. 2023 at 17:30:21 UTC', '2023-12-20', '2023-08-30T17:30:21Z'],
    ['October 18, 2025 at  7:18:52 UTC', '2025-12-10', '2025-10-18T07:18:52Z'],
    [' January 17, 2018 at 12:33:00 UTC', '2018-01-24', '2018-01-17T12:33:00Z'],
    ['July 3rd 2026 at 21:35:13 UTC', '2026-08-05', '2026-07-03T21:35:13Z'],
    ['January 23, 2025 at 2025-01-23 15:30:04 UTC', '2025-01-23', '2025-01-23T15:30:04Z'],
    ['November 1, 2017, at 12:55:44 UTC', '2017-11-01', '2017-11-01T12:55:44Z'],
  ])('%j → %s', (text, roundDate, expected) => {
    expect(parseFeedInstant(text, roundDate)).toEqual({ instant: expected, quirks: [] });
  });

  it('reads "20:19:59 PM" (#210) and "15:48:39 AM" (#270) on the 24-hour clock, and says so', () => {
    expect(parseFeedInstant('June 22, 2021 at 20:19:59 PM UTC', '2021-11-24')).toEqual({
      instant: '2021-06-22T20:19:59Z',
      quirks: ['am_pm_marker_ignored_24h_clock'],
    });
    expect(parseFeedInstant('October 25, 2023 at 15:48:39 AM UTC', '2023-10-25')).toEqual({
      instant: '2023-10-25T15:48:39Z',
      quirks: ['am_pm_marker_ignored_24h_clock'],
    });
  });

  it('assumes UTC when the time zone is missing (#258, #383), whatever the machine’s zone', () => {
    expect(parseFeedInstant('June 15, 2023 at 23:49:05', '2023-07-12')).toEqual({
      instant: '2023-06-15T23:49:05Z',
      quirks: ['timezone_missing_assumed_utc'],
    });
  });

  it('takes a missing year from the round date (#208), or the year before when the tie-break would follow the round', () => {
    expect(parseFeedInstant('October 7 at 16:38:21 UTC', '2021-10-27')).toEqual({
      instant: '2021-10-07T16:38:21Z',
      quirks: ['year_inferred_from_round_date'],
    });
    expect(parseFeedInstant('December 28 at 09:00:00 UTC', '2022-01-05')?.instant).toBe(
      '2021-12-28T09:00:00Z',
    );
  });

  it('accepts February 29 only in a leap year', () => {
    expect(parseFeedInstant('February 29, 2024 at 10:00:00 UTC', '2024-03-01')?.instant).toBe(
      '2024-02-29T10:00:00Z',
    );
    expect(parseFeedInstant('February 29, 2023 at 10:00:00 UTC', '2023-03-01')).toBeNull();
  });

  it.each([
    'February 30, 2025 at 10:00:00 UTC',
    'April 25, 2018 at 25:40:15 UTC',
    'April 25, 2018 at 12:60:15 UTC',
    'Smarch 3, 2025 at 10:00:00 UTC',
    'Janvier 23, 2025 at 15:30:04 UTC',
    'soon',
    '',
    '2025-01-23',
  ])('%j is not an instant', (text) => {
    expect(parseFeedInstant(text, '2025-06-01')).toBeNull();
  });

  it('reproduces every tie-break of the bundled history from IRCC’s own text, with the same flags', () => {
    const withText = bundledRounds().filter((round) => round.tieBreakText !== null);
    expect(withText).toHaveLength(359);
    for (const round of withText) {
      const parsed = parseFeedInstant(round.tieBreakText ?? '', round.date);
      const flags = round.parseFlags
        .filter((flag) => flag.startsWith('tie_break:'))
        .map((flag) => flag.slice('tie_break:'.length));
      expect(parsed, `#${round.number} ${round.tieBreakText}`).toEqual({
        instant: round.tieBreak,
        quirks: flags,
      });
    }
  });
});

describe('parseFeedDate', () => {
  it.each([
    ['September 1, 2025', '2025-09-01'],
    ['Sep 1, 2025', '2025-09-01'],
    ['August 3, 2026', '2026-08-03'],
    ['December 31, 2021', '2021-12-31'],
  ])('%j → %s', (text, expected) => {
    expect(parseFeedDate(text)).toBe(expected);
  });

  it.each(['', 'September 31, 2025', 'Sept 2025', '2025-09-01', 'Juneteenth 19, 2025'])(
    '%j is not a prose date',
    (text) => {
      expect(parseFeedDate(text)).toBeNull();
    },
  );
});

describe('kindFromName and programsFromText', () => {
  it.each([
    ['No Program Specified', { type: 'general' }],
    ['General', { type: 'general' }],
    ['Canadian Experience Class', { type: 'program', program: 'CEC' }],
    ['Provincial Nominee Program', { type: 'program', program: 'PNP' }],
    ['Federal Skilled Trades', { type: 'program', program: 'FST' }],
    ['Federal Skilled Worker', { type: 'program', program: 'FSW' }],
    [
      'Healthcare occupations (Version 1)',
      { type: 'category', categoryId: 'healthcare', versionLabel: 'Version 1' },
    ],
    [
      'Trades Occupations, 2026-Version 3',
      { type: 'category', categoryId: 'trade', versionLabel: '2026-Version 3' },
    ],
    [
      'French-Language proficiency 2026-Version 2',
      { type: 'category', categoryId: 'french-language-proficiency', versionLabel: '2026-Version 2' },
    ],
    [
      'Skilled Military Recruits, 2026-Version 1',
      { type: 'category', categoryId: 'skilled-military-recruits', versionLabel: '2026-Version 1' },
    ],
    // The 2023–24 feed's labels.
    [
      'French language proficiency (2024-1)',
      { type: 'category', categoryId: 'french-language-proficiency', versionLabel: '2024-1' },
    ],
  ])('%j', (name, expected) => {
    expect(kindFromName(name)).toEqual(expected);
  });

  it('knows no kind for a name it cannot place', () => {
    expect(kindFromName('Lottery of the week')).toBeNull();
  });

  it('names the kind of every round of the bundled history as the history does', () => {
    for (const round of bundledRounds()) {
      const named = kindFromName(round.name);
      const { kind } = round;
      const expected =
        kind.type === 'category'
          ? { type: 'category', categoryId: kind.categoryId, versionLabel: kind.versionLabel }
          : kind;
      expect(named, `#${round.number} ${round.name}`).toEqual(expected);
    }
  });

  it.each([
    [
      'Federal Skilled Worker, Canadian Experience Class, Federal Skilled Trades and Provincial Nominee Program',
      ['FSW', 'CEC', 'FST', 'PNP'],
    ],
    [
      'Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program',
      ['FSW', 'CEC', 'FST'],
    ],
    ['Canadian Experience Class', ['CEC']],
    ['Provincial Nominee Progran', ['PNP']],
    ['', []],
  ])('programs of %j', (text, expected) => {
    expect(programsFromText(text)).toEqual(expected);
  });
});

describe('parseIrccFeed', () => {
  it('reads the real-shaped fixture in round order', () => {
    expect(parseIrccFeed(feed()).map((round) => round.number)).toEqual([
      '1',
      '91a',
      '208',
      '210',
      '270',
      '333',
      '432',
      '434',
    ]);
  });

  it('maps a 2026 category round with its distribution (#434)', () => {
    expect(imported('434')).toEqual({
      number: '434',
      date: '2026-08-07',
      instant: '2026-08-07T10:08:20Z',
      name: 'Transport Occupations, 2026-Version 2',
      kind: {
        type: 'category',
        category: 'transport@2026',
        categoryId: 'transport',
        versionLabel: '2026-Version 2',
      },
      size: 300,
      lowestScore: 470,
      tieBreak: '2025-10-11T14:55:49Z',
      tieBreakText: 'October 11, 2025 at 14:55:49 UTC',
      eligiblePrograms: ['FSW', 'CEC', 'FST'],
      poolDistribution: {
        asOf: '2026-08-03',
        total: 229_100,
        ranges: {
          '601-1200': 500,
          '501-600': 19_705,
          '451-500': 73_099,
          '491-500': 12_939,
          '481-490': 12_890,
          '471-480': 16_368,
          '461-470': 16_057,
          '451-460': 14_845,
          '401-450': 60_905,
          '441-450': 13_595,
          '431-440': 13_267,
          '421-430': 11_942,
          '411-420': 11_326,
          '401-410': 10_775,
          '351-400': 50_107,
          '301-350': 17_101,
          '0-300': 7683,
        },
      },
      poolDistributionSource: 'ircc_feed_current',
      parseFlags: [],
      notes: [],
    });
  });

  it('reads thousands separators in sizes (#432: "3,000")', () => {
    expect(imported('432')).toMatchObject({
      size: 3000,
      lowestScore: 516,
      kind: { type: 'program', program: 'CEC' },
    });
  });

  it('has no distribution where the feed publishes zeros, and no tie-break where drawCutOff is empty', () => {
    expect(imported('210').poolDistribution).toBeNull();
    expect(imported('1')).toMatchObject({ tieBreak: null, tieBreakText: null, kind: { type: 'general' } });
    expect(imported('1').eligiblePrograms).toEqual(['FSW', 'CEC', 'FST', 'PNP']);
  });

  it('records the quirks it normalised as parse flags, as the history does', () => {
    expect(imported('270').parseFlags).toEqual([
      'date_time:am_pm_marker_ignored_24h_clock',
      'tie_break:am_pm_marker_ignored_24h_clock',
    ]);
    expect(imported('208').parseFlags).toEqual(['tie_break:year_inferred_from_round_date']);
    expect(imported('91a')).toMatchObject({ number: '91a', kind: { type: 'program', program: 'FST' } });
  });

  it('reproduces the bundled history for every fixture round', () => {
    const { report } = mergeRounds(bundledRounds(), parseIrccFeed(feed()));
    expect(report).toEqual({ added: [], changed: [], unchanged: 8 });
  });

  it.each([
    ['drawCRS', '4x1'],
    ['drawSize', '1.500'],
    ['drawDateTime', 'Smarch 3, 2026 at 10:00:00 UTC'],
    ['drawCutOff', 'yesterday'],
    ['drawDate', '07/08/2026'],
    ['dd7', 'many'],
    ['drawName', 'Lottery of the week'],
  ])('imports nothing when round 434 has %s %j, and names round, field and value', (field, value) => {
    const bad = feed();
    const round = bad.rounds[0] as FeedRound;
    round[field] = value;
    if (field === 'drawDate') round.drawDateFull = value;
    const error = inputError(() => parseIrccFeed(bad, 'IRCC feed test.json'));
    expect(error.code).toBe('json.invalid');
    expect(error.message).toContain('nothing was imported');
    expect(error.message).toContain(`$.rounds[0].${field} (round 434)`);
    expect(error.issues).toContainEqual(
      expect.objectContaining({ path: `$.rounds[0].${field} (round 434)`, value }),
    );
  });

  it('reports every unreadable value at once', () => {
    const bad = feed();
    (bad.rounds[0] as FeedRound).drawCRS = '';
    (bad.rounds[7] as FeedRound).drawNumber = '1 bis';
    const error = inputError(() => parseIrccFeed(bad));
    expect(error.issues.map((issue) => issue.path)).toEqual([
      '$.rounds[0].drawCRS (round 434)',
      '$.rounds[7].drawNumber (round 1 bis)',
    ]);
  });

  it('rejects a number used twice', () => {
    const twice = feed();
    twice.rounds.push(feedRound('434'));
    expect(inputError(() => parseIrccFeed(twice)).issues).toEqual([
      {
        path: '$.rounds[8].drawNumber (round 434)',
        value: '434',
        expected: 'a round number used once in the feed',
      },
    ]);
  });

  it('rejects what is not a feed, or a round missing a field', () => {
    expect(inputError(() => parseIrccFeed([])).code).toBe('json.invalid');
    const { drawCRS: _dropped, ...withoutScore } = feedRound('434');
    const error = inputError(() => parseIrccFeed({ rounds: [withoutScore] }));
    expect(error.issues).toContainEqual(expect.objectContaining({ path: '$.rounds[0].drawCRS' }));
  });
});

describe('mergeRounds', () => {
  const history = bundledRounds();
  const latest = history.at(-1) as Round;

  it('adds a new round and reports it', () => {
    const next: Round = { ...latest, number: '435', date: '2026-08-12', instant: '2026-08-12T10:00:00Z' };
    const { rounds, report } = mergeRounds(history, [next]);
    expect(report.added).toEqual([next]);
    expect(report.changed).toEqual([]);
    expect(rounds).toHaveLength(436);
    expect(rounds.at(-1)).toBe(next);
  });

  it('reports each changed field before and after, and keeps the round’s notes', () => {
    const round247 = history.find((round) => round.number === '247') as Round;
    expect(round247.notes).toHaveLength(1);
    const revised: Round = { ...round247, size: 3600, lowestScore: 484, notes: [] };
    const { rounds, report } = mergeRounds(history, [revised]);
    expect(report.changed).toEqual([
      {
        number: '247',
        changes: [
          { field: 'size', before: round247.size, after: 3600 },
          { field: 'lowestScore', before: round247.lowestScore, after: 484 },
        ],
      },
    ]);
    expect(report.unchanged).toBe(0);
    expect(rounds.find((round) => round.number === '247')).toEqual({ ...revised, notes: round247.notes });
  });

  it('keeps a distribution the feed no longer publishes (#223 was zeroed by IRCC)', () => {
    const round223 = history.find((round) => round.number === '223') as Round;
    expect(round223.poolDistributionSource).toBe('ircc_feed_archived_2024-04-06');
    const { rounds, report } = mergeRounds(history, [
      { ...round223, poolDistribution: null, poolDistributionSource: null },
    ]);
    expect(report).toEqual({ added: [], changed: [], unchanged: 1 });
    expect(rounds).toEqual(history);
  });

  it('changes nothing when merging the history into itself', () => {
    const { rounds, report } = mergeRounds(history, history);
    expect(report).toEqual({ added: [], changed: [], unchanged: 435 });
    expect(rounds).toEqual(history);
  });
});
