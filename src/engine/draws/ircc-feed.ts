/**
 * Reads IRCC's own rounds feed, `ee_rounds_123_en.json` (the data behind the "Express Entry:
 * Rounds of invitations" page), and merges it into the history. Field mapping and the feed's
 * known quirks: data/SOURCES.md §1.
 * Source: https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json
 *
 * The feed writes everything as text: counts with thousands separators (`"1,500"`), instants in
 * English prose (`"October 11, 2025 at 14:55:49 UTC"`), and a pool distribution in 18 columns
 * `dd1`…`dd18`. A feed with one unreadable value imports nothing.
 */
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { InputError, type InputIssue, jsonPath } from '../../errors.js';
import { type IsoDate, isIsoDate } from '../../rules/_lib/dates.js';
import { toInputIssues } from '../../rules/profile/parse.js';
import { isoInstant } from '../pool/time.js';
import { categoryVersionOf } from './category-versions.js';
import {
  compareRoundNumbers,
  type HistoricalRoundKind,
  POOL_RANGES,
  POOL_TOTAL_FIELD,
  type PoolDistribution,
  type PoolRange,
  ROUND_PROGRAMS,
  type Round,
  type RoundProgram,
} from './round.js';

const text = z.string();
const feedRoundSchema = z.looseObject({
  drawNumber: text,
  drawDate: text,
  drawDateFull: text.optional(),
  drawDateTime: text,
  drawName: text,
  drawSize: text,
  drawCRS: text,
  drawText2: text,
  drawCutOff: text,
  drawDistributionAsOn: text,
  ...Object.fromEntries(
    [...POOL_RANGES.map(({ field }) => field), POOL_TOTAL_FIELD].map((field) => [field, text]),
  ),
});
const feedSchema = z.looseObject({ rounds: z.array(feedRoundSchema) });

/** One round as the feed publishes it: every value a string. */
export type FeedRound = z.output<typeof feedRoundSchema> & Record<string, string>;

/**
 * A count as the feed writes it, thousands separators allowed; null when it is not one.
 * @example parseFeedCount('1,500') //=> 1500
 * @example parseFeedCount('15OO') //=> null
 */
export function parseFeedCount(value: string): number | null {
  const trimmed = value.trim();
  if (!/^(\d+|\d{1,3}(,\d{3})+)$/.test(trimmed)) return null;
  return Number(trimmed.replaceAll(',', ''));
}

/** A parsing assumption the feed forced, recorded in a round's `parseFlags` with its field. */
export type FeedQuirk =
  | 'am_pm_marker_ignored_24h_clock'
  | 'timezone_missing_assumed_utc'
  | 'year_inferred_from_round_date';

export interface ParsedInstant {
  /** ISO-8601 UTC, seconds precision: `2025-10-11T14:55:49Z`. */
  readonly instant: string;
  readonly quirks: readonly FeedQuirk[];
}

// After normalising: "Month day[ year] h:mm:ss[ AM|PM][ UTC]".
const PROSE_INSTANT =
  /^([A-Za-z]+) (\d{1,2})(?: (\d{4}))? (\d{1,2}):(\d{2}):(\d{2})(?: ([AP]M))?(?: (UTC))?$/i;

/**
 * Normalises the quirks data/SOURCES.md lists, all seen in the real feed, and leaves the
 * calendar to `Date.parse`: "at" with or without a comma, stray "." or "," ("August 30. 2023",
 * "May 19,2022"), ordinals ("July 3rd 2026"), repeated spaces, the date written twice
 * ("August 15, 2024 at 2024-08-15 15:11:54 UTC", #310 and #333), no year ("October 7", #208:
 * the round date's year, or the year before when that would put it after the round), an AM/PM
 * marker on a 24-hour time ("20:19:59 PM", #210; "15:48:39 AM", #270: IRCC's times are on the
 * 24-hour clock, so the marker is dropped) and no time zone (#258, #383: UTC, as everywhere else).
 * @param roundDate the round's date, to infer a missing year.
 * @returns null when the text is not an instant even after normalising.
 * @example parseFeedInstant('October 11, 2025 at 14:55:49 UTC', '2026-08-07')
 * //=> { instant: '2025-10-11T14:55:49Z', quirks: [] }
 * @example parseFeedInstant('June 22, 2021 at 20:19:59 PM UTC', '2021-11-24')
 * //=> { instant: '2021-06-22T20:19:59Z', quirks: ['am_pm_marker_ignored_24h_clock'] }
 */
export function parseFeedInstant(value: string, roundDate: IsoDate): ParsedInstant | null {
  const normalised = value
    .replace(/\s\d{4}-\d{2}-\d{2}\s/, ' ')
    .replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1')
    .replace(/[.,]/g, ' ')
    .replace(/\bat\b/i, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const match = PROSE_INSTANT.exec(normalised);
  if (!match) return null;
  const [, month, day, writtenYear, hours, minutes, seconds, marker, zone] = match;
  const quirks: FeedQuirk[] = [];
  let year = writtenYear;
  if (year === undefined) {
    quirks.push('year_inferred_from_round_date');
    year = roundDate.slice(0, 4);
  }
  if (marker !== undefined) quirks.push('am_pm_marker_ignored_24h_clock');
  if (zone === undefined) quirks.push('timezone_missing_assumed_utc');
  let parsed = utcInstant(
    `${month} ${day}, ${year} ${hours}:${minutes}:${seconds}`,
    Number(day),
    Number(hours),
  );
  if (parsed !== null && writtenYear === undefined && parsed.slice(0, 10) > roundDate) {
    // A tie-break precedes its round: "December 28" in a January round is last year's.
    parsed = utcInstant(
      `${month} ${day}, ${Number(year) - 1} ${hours}:${minutes}:${seconds}`,
      Number(day),
      Number(hours),
    );
  }
  return parsed === null ? null : { instant: parsed, quirks };
}

/**
 * A date written in prose, as in `drawDistributionAsOn` and `drawDateFull`; null when it is not one.
 * @example parseFeedDate('September 1, 2025') //=> '2025-09-01'
 */
export function parseFeedDate(value: string): IsoDate | null {
  const normalised = value
    .replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1')
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const match = /^([A-Za-z]+) (\d{1,2}) (\d{4})$/.exec(normalised);
  if (!match) return null;
  const [, month, day, year] = match;
  return utcInstant(`${month} ${day}, ${year} 00:00:00`, Number(day), 0)?.slice(0, 10) ?? null;
}

// English month names and their short forms, from the platform's own calendar data.
const MONTH_NAMES = new Set(
  (['long', 'short'] as const).flatMap((width) =>
    Array.from({ length: 12 }, (_, month) =>
      new Intl.DateTimeFormat('en', { month: width, timeZone: 'UTC' })
        .format(Date.UTC(2000, month, 1))
        .toLowerCase(),
    ),
  ),
);

// Date.parse reads a month from any word's first three letters ("Janvier"), rolls "February 30"
// over to March and accepts hour 24: the month must be an English name, and the day and hour
// Date.parse lands on must be the ones written.
function utcInstant(prose: string, day: number, hours: number): string | null {
  if (!MONTH_NAMES.has(prose.split(' ')[0]?.toLowerCase() ?? '')) return null;
  const time = Date.parse(`${prose} UTC`);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  if (date.getUTCDate() !== day || date.getUTCHours() !== hours) return null;
  return isoInstant(time);
}

/**
 * The programs a round could invite from, from `drawText2`, in IRCC's order.
 * @example programsFromText('Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program')
 * //=> ['FSW', 'CEC', 'FST']
 */
export function programsFromText(value: string): RoundProgram[] {
  const named: Record<RoundProgram, RegExp> = {
    FSW: /federal skilled worker/i,
    CEC: /canadian experience class/i,
    FST: /federal skilled trades/i,
    // Older copies spell it "Provincial Nominee Progran".
    PNP: /provincial nominee/i,
  };
  return ROUND_PROGRAMS.filter((program) => named[program].test(value));
}

/** Category ids by words of IRCC's round names (2023 "(Version 1)" names and 2026 names alike). */
const CATEGORY_NAME_WORDS: readonly (readonly [RegExp, string])[] = [
  [/french/i, 'french-language-proficiency'],
  [/health ?care/i, 'healthcare'],
  [/\bSTEM\b|science, technology/i, 'stem'],
  [/\btrades?\b/i, 'trade'],
  [/transport/i, 'transport'],
  [/agri/i, 'agriculture-agri-food'],
  [/education/i, 'education'],
  [/physicians/i, 'physicians-canadian-experience'],
  [/researchers/i, 'researchers-canadian-experience'],
  [/senior managers/i, 'senior-managers-canadian-experience'],
  [/military/i, 'skilled-military-recruits'],
];

const PROGRAM_NAMES: readonly (readonly [RegExp, RoundProgram])[] = [
  [/^canadian experience class$/i, 'CEC'],
  [/^provincial nominee program$/i, 'PNP'],
  [/^federal skilled trades( program)?$/i, 'FST'],
  [/^federal skilled worker( program)?$/i, 'FSW'],
];

/** What a round name says about its kind, before the category version is settled. */
export type NamedRoundKind =
  | { readonly type: 'general' }
  | { readonly type: 'program'; readonly program: RoundProgram }
  | { readonly type: 'category'; readonly categoryId: string; readonly versionLabel: string | null };

/**
 * The round kind a `drawName` names: "No Program Specified" and "General" are general rounds,
 * a program's name a program round, anything else a category round; null for an unknown name.
 * @example kindFromName('Healthcare and Social Services Occupations, 2026-Version 3')
 * //=> { type: 'category', categoryId: 'healthcare', versionLabel: '2026-Version 3' }
 */
export function kindFromName(name: string): NamedRoundKind | null {
  const trimmed = name.trim();
  if (/^(no program specified|general)$/i.test(trimmed)) return { type: 'general' };
  const program = PROGRAM_NAMES.find(([pattern]) => pattern.test(trimmed))?.[1];
  if (program) return { type: 'program', program };
  const categoryId = CATEGORY_NAME_WORDS.find(([pattern]) => pattern.test(trimmed))?.[1];
  if (!categoryId) return null;
  // "(Version 1)", "2026-Version 3", and the 2023–24 labels "(2023-1)".
  const label = /(\d{4}-)?Version \d+/i.exec(trimmed)?.[0] ?? /\((\d{4}-\d+)\)/.exec(trimmed)?.[1] ?? null;
  return { type: 'category', categoryId, versionLabel: label };
}

/**
 * The pool distribution of `dd1`…`dd18`; null when the feed publishes all zeros (every round
 * before #214, and a few after). Values are kept as published, even when they do not add up (#247).
 */
function distributionOf(
  counts: ReadonlyMap<string, number>,
  asOf: IsoDate | null,
): PoolDistribution | 'missing-date' | null {
  if ([...counts.values()].every((value) => value === 0)) return null;
  if (asOf === null) return 'missing-date';
  return {
    asOf,
    total: counts.get(POOL_TOTAL_FIELD) ?? 0,
    ranges: Object.fromEntries(
      POOL_RANGES.map(({ field, range }) => [range, counts.get(field) ?? 0]),
    ) as Record<PoolRange, number>,
  };
}

/**
 * Reads a parsed IRCC feed into rounds, in round order. Every value is checked before any
 * round is returned: one bad value and nothing is imported.
 * @throws InputError `json.invalid`, each issue naming the round number, the field and the value.
 * @example parseIrccFeed({ rounds: [{ drawNumber: '434', drawSize: '300', … }] })[0]?.size //=> 300
 */
export function parseIrccFeed(input: unknown, source = 'IRCC feed'): Round[] {
  const shape = feedSchema.safeParse(input);
  if (!shape.success) {
    throw new InputError(
      'json.invalid',
      `The ${source} is not an IRCC rounds feed (an object whose "rounds" array holds drawNumber, drawDate, … as strings); nothing was imported.`,
      toInputIssues(input, shape.error.issues),
    );
  }
  const issues: InputIssue[] = [];
  const rounds: Round[] = [];
  const seen = new Set<string>();
  for (const [index, feedRound] of shape.data.rounds.entries()) {
    const round = readRound(feedRound as FeedRound, (field, expected) =>
      issues.push({
        path: `${jsonPath(['rounds', index, field])} (round ${feedRound.drawNumber})`,
        value: (feedRound as FeedRound)[field],
        expected,
      }),
    );
    if (round && seen.has(round.number))
      issues.push({
        path: `${jsonPath(['rounds', index, 'drawNumber'])} (round ${round.number})`,
        value: round.number,
        expected: 'a round number used once in the feed',
      });
    if (round) {
      seen.add(round.number);
      rounds.push(round);
    }
  }
  const [first] = issues;
  if (first) {
    throw new InputError(
      'json.invalid',
      `The ${source} has ${issues.length} unreadable value${issues.length === 1 ? '' : 's'}, the first at ${first.path}; nothing was imported.`,
      issues,
    );
  }
  return rounds.sort((a, b) => compareRoundNumbers(a.number, b.number));
}

function readRound(feed: FeedRound, problem: (field: string, expected: string) => void): Round | null {
  let readable = true;
  const fail = (field: string, expected: string) => {
    readable = false;
    problem(field, expected);
  };
  const number = feed.drawNumber.trim();
  if (!/^\d+[a-z]?$/.test(number)) fail('drawNumber', 'a round number such as "252" or "91a"');

  let date: IsoDate | null = isIsoDate(feed.drawDate.trim()) ? feed.drawDate.trim() : null;
  // One archived copy wrote #246's drawDate day first; drawDateFull says the same in words.
  if (date === null && feed.drawDateFull !== undefined) date = parseFeedDate(feed.drawDateFull);
  if (date === null) fail('drawDate', 'a date written YYYY-MM-DD');
  const roundDate = date ?? '9999-12-31';

  const flags: string[] = [];
  const instant = parseFeedInstant(feed.drawDateTime, roundDate);
  if (instant === null) fail('drawDateTime', 'an instant such as "August 7, 2026 at 10:08:20 UTC"');
  else flags.push(...instant.quirks.map((quirk) => `date_time:${quirk}`));

  // Rounds 1–76 have no tie-break: the feed leaves drawCutOff empty.
  const tieBreakText = feed.drawCutOff.trim() === '' ? null : feed.drawCutOff;
  const tieBreak = tieBreakText === null ? null : parseFeedInstant(tieBreakText, roundDate);
  if (tieBreakText !== null && tieBreak === null)
    fail('drawCutOff', 'an instant such as "October 11, 2025 at 14:55:49 UTC", or nothing');
  if (tieBreak) flags.push(...tieBreak.quirks.map((quirk) => `tie_break:${quirk}`));

  const size = parseFeedCount(feed.drawSize);
  if (size === null) fail('drawSize', 'a whole number such as "1,500"');
  const lowestScore = parseFeedCount(feed.drawCRS);
  if (lowestScore === null || lowestScore > 1200) fail('drawCRS', 'a CRS score from 0 to 1,200');

  const named = kindFromName(feed.drawName);
  if (named === null)
    fail(
      'drawName',
      'a round name IRCC uses: "No Program Specified", "General", a program or a category name',
    );
  const eligiblePrograms = programsFromText(feed.drawText2);
  if (eligiblePrograms.length === 0)
    fail('drawText2', 'the programs the round invites from, e.g. "Canadian Experience Class"');

  const counts = new Map<string, number>();
  for (const field of [...POOL_RANGES.map((range) => range.field), POOL_TOTAL_FIELD]) {
    const value = parseFeedCount(feed[field] ?? '');
    if (value === null) fail(field, 'a whole number such as "12,939"');
    else counts.set(field, value);
  }
  const distribution = distributionOf(counts, parseFeedDate(feed.drawDistributionAsOn));
  if (distribution === 'missing-date') fail('drawDistributionAsOn', 'a date such as "August 3, 2026"');

  if (!readable || date === null || instant === null || size === null || lowestScore === null) return null;
  if (named === null || distribution === 'missing-date') return null;

  let kind: HistoricalRoundKind;
  if (named.type === 'category') {
    const category = categoryVersionOf({ number, date, ...named });
    if (category === null) {
      fail('drawName', 'a category round on or after 2023-05-31, when the first category set began');
      return null;
    }
    kind = { type: 'category', category, categoryId: named.categoryId, versionLabel: named.versionLabel };
  } else {
    kind = named;
  }
  return {
    number,
    date,
    instant: instant.instant,
    name: feed.drawName,
    kind,
    size,
    lowestScore,
    tieBreak: tieBreak?.instant ?? null,
    tieBreakText,
    eligiblePrograms,
    poolDistribution: distribution,
    poolDistributionSource: distribution ? 'ircc_feed_current' : null,
    parseFlags: flags,
    notes: [],
  };
}

/** The fields a merge compares: what IRCC publishes, not our notes about it. */
export const COMPARED_FIELDS = [
  'date',
  'instant',
  'name',
  'kind',
  'size',
  'lowestScore',
  'tieBreak',
  'eligiblePrograms',
  'poolDistribution',
] as const satisfies readonly (keyof Round)[];

export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldChange {
  readonly field: ComparedField;
  readonly before: unknown;
  readonly after: unknown;
}

export interface RoundChange {
  readonly number: string;
  readonly changes: readonly FieldChange[];
}

export interface MergeReport {
  /** Rounds the history did not have, in round order. */
  readonly added: readonly Round[];
  /** Rounds whose published values differ, with each field before and after. */
  readonly changed: readonly RoundChange[];
  /** Rounds of the import identical to the history. */
  readonly unchanged: number;
}

/**
 * Merges imported rounds into a history. A new number is added; a known number takes the
 * imported values, keeping its notes. Rounds the import lacks stay as they are (a feed may be
 * partial), and an imported round without a distribution keeps the one the history has: IRCC
 * zeroed distributions it once published (#223, #224, #227; data/SOURCES.md §1).
 * @example
 * const { report } = mergeRounds(bundledRounds(), parseIrccFeed(feed));
 * report.changed //=> [{ number: '434', changes: [{ field: 'size', before: 300, after: 350 }] }]
 */
export function mergeRounds(
  existing: readonly Round[],
  imported: readonly Round[],
): { rounds: Round[]; report: MergeReport } {
  const byNumber = new Map(existing.map((round) => [round.number, round]));
  const added: Round[] = [];
  const changed: RoundChange[] = [];
  let unchanged = 0;
  for (const incoming of imported) {
    const known = byNumber.get(incoming.number);
    if (!known) {
      added.push(incoming);
      byNumber.set(incoming.number, incoming);
      continue;
    }
    const candidate: Round =
      incoming.poolDistribution === null && known.poolDistribution !== null
        ? {
            ...incoming,
            poolDistribution: known.poolDistribution,
            poolDistributionSource: known.poolDistributionSource,
          }
        : incoming;
    const changes = COMPARED_FIELDS.filter((field) => !isDeepStrictEqual(known[field], candidate[field])).map(
      (field) => ({ field, before: known[field], after: candidate[field] }),
    );
    if (changes.length === 0) {
      unchanged++;
      continue;
    }
    changed.push({ number: incoming.number, changes });
    byNumber.set(incoming.number, { ...candidate, notes: known.notes });
  }
  const byOrder = (a: { number: string }, b: { number: string }) => compareRoundNumbers(a.number, b.number);
  return {
    rounds: [...byNumber.values()].sort(byOrder),
    report: { added: added.sort(byOrder), changed: changed.sort(byOrder), unchanged },
  };
}
