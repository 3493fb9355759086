import { availableParallelism } from 'node:os';
import { type Command, Option } from '@commander-js/extra-typings';
import { bundledCategorySets } from '../../data/categories.js';
import { poolFileProfiles, writePoolChunks } from '../../data/pool-file.js';
import { publishedPoolDistributionNear } from '../../engine/synthetic/distribution.js';
import { generatePoolChunks } from '../../engine/synthetic/parallel.js';
import { type PoolSummary, PoolSummaryBuilder, SUMMARY_SAMPLE_SIZE } from '../../engine/synthetic/summary.js';
import { InputError } from '../../errors.js';
import { type Lang, type MessageKey, t } from '../../i18n/index.js';
import { type IsoDate, isIsoDate } from '../../rules/_lib/dates.js';
import { categorySetOn } from '../../rules/categories/eligibility.js';
import type { Profile } from '../../rules/profile/schema.js';
import { parseLangOption, parseOnOption } from '../input.js';
import type { CliContext } from '../program.js';
import { startProgress } from '../progress.js';
import { json } from '../render.js';

/** The largest pool `ee pool generate` makes. */
const MAX_POOL_SIZE = 10_000_000;
/** Express Entry opened on this day: no CRS rules, no pool before it. */
const FIRST_POOL_DATE: IsoDate = '2015-01-01';
const MAX_SEED = 4_294_967_295;

/**
 * `ee pool generate` and `ee pool inspect`: make a synthetic pool whose CRS distribution matches
 * the one IRCC published closest to a date, and check any pool file against it.
 * @example
 * registerPool(program, context);
 * // ee pool generate --size 100000 --as-of 2026-08-07 --seed 1 --out pool.jsonl
 * //=> Wrote 100,000 profiles to pool.jsonl in 9.1 s (11,000 profiles/s). … the summary
 */
export function registerPool(program: Command, context: CliContext): void {
  const pool = program
    .command('pool')
    .description(
      'synthetic pools of candidates: generate one, or check one against the published distribution',
    );

  pool
    .command('generate')
    .description(
      'write a synthetic pool (JSON Lines of profiles) whose CRS distribution matches the one IRCC published closest to --as-of',
    )
    .requiredOption('--size <n>', 'number of profiles')
    .requiredOption(
      '--as-of <date>',
      "the pool's date, YYYY-MM-DD: scores, categories and target distribution",
    )
    .option('--seed <n>', 'seed of the generator: the same seed gives the same pool', '1')
    .requiredOption('--out <file>', 'the pool file to write')
    .option('--workers <n>', 'worker threads (default: one per CPU core, at most 4)')
    .option(
      '--sample <n>',
      'profiles checked for programs and categories in the summary',
      String(SUMMARY_SAMPLE_SIZE),
    )
    .addOption(new Option('--lang <lang>', 'language of the summary').choices(['en', 'fr']).default('en'))
    .option('--json', 'print the summary as JSON')
    .action(async (options) => {
      const lang = parseLangOption(options.lang);
      const size = parseWholeNumber('--size', options.size, 1, MAX_POOL_SIZE, 'a number of profiles');
      const asOf = parsePoolDate('--as-of', options.asOf);
      const seed = parseWholeNumber('--seed', options.seed, 0, MAX_SEED, 'a seed');
      const sampleSize = parseWholeNumber(
        '--sample',
        options.sample,
        1,
        MAX_POOL_SIZE,
        'a number of profiles',
      );
      const workers =
        options.workers === undefined
          ? Math.min(4, availableParallelism())
          : parseWholeNumber('--workers', options.workers, 1, 64, 'a number of threads');
      const target = publishedPoolDistributionNear(asOf);
      const summary = new PoolSummaryBuilder({ on: asOf, target, sampleSize });
      const bar = startProgress(context, {
        label: t(lang, 'pool.progress.generating'),
        total: size,
        unit: 'profiles',
      });
      const started = performance.now();
      let offTarget = 0;
      async function* chunks() {
        for await (const chunk of generatePoolChunks({ size, asOf, seed, workers, distribution: target })) {
          let lines: string[] | undefined;
          for (let index = 0; index < chunk.count; index++) {
            // A profile is parsed back only when the summary keeps it in its sample.
            summary.add(chunk.crs[index] as number, () => {
              lines ??= chunk.text.split('\n');
              return JSON.parse(lines[index] as string) as Profile;
            });
          }
          offTarget += chunk.offTarget;
          yield chunk;
        }
      }
      let written: { count: number; bytes: number };
      try {
        written = await writePoolChunks(options.out, chunks(), { onProgress: (count) => bar.update(count) });
      } finally {
        bar.stop();
      }
      const seconds = (performance.now() - started) / 1000;
      const result = summary.result();
      if (options.json) {
        context.out(
          json({
            file: options.out,
            count: written.count,
            bytes: written.bytes,
            seed,
            asOf,
            seconds: round(seconds, 2),
            profilesPerSecond: Math.round(written.count / seconds),
            offTarget,
            summary: result,
          }),
        );
        return;
      }
      const lines = [
        t(lang, 'pool.generated', {
          count: number(written.count, lang),
          file: options.out,
          seconds: number(round(seconds, 1), lang, 1),
          rate: number(Math.round(written.count / seconds), lang),
        }),
      ];
      if (offTarget > 0) lines.push(t(lang, 'pool.off-target', { count: number(offTarget, lang) }));
      context.out([...lines, '', ...summaryLines(result, lang)].join('\n'));
    });

  pool
    .command('inspect')
    .description(
      'read a pool file (every line checked) and compare it with the distribution IRCC published closest to --on',
    )
    .argument('<pool>', 'pool file: JSON Lines of profiles, each with an id and submittedAt')
    .option('--on <date>', 'date to score the pool on, YYYY-MM-DD (default: today)')
    .option('--sample <n>', 'profiles checked for programs and categories', String(SUMMARY_SAMPLE_SIZE))
    .addOption(new Option('--lang <lang>', 'language of the summary').choices(['en', 'fr']).default('en'))
    .option('--json', 'print the summary as JSON')
    .action(async (file, options) => {
      const lang = parseLangOption(options.lang);
      const on = parseOnOption(options.on);
      const sampleSize = parseWholeNumber(
        '--sample',
        options.sample,
        1,
        MAX_POOL_SIZE,
        'a number of profiles',
      );
      const summary = new PoolSummaryBuilder({ on, target: publishedPoolDistributionNear(on), sampleSize });
      let bar: ReturnType<typeof startProgress> | undefined;
      const started = performance.now();
      try {
        const profiles = poolFileProfiles(file, {
          onProgress: ({ bytesRead, totalBytes }) => {
            bar ??= startProgress(context, {
              label: t(lang, 'pool.progress.reading'),
              total: totalBytes,
              unit: 'bytes',
            });
            bar.update(bytesRead);
          },
        });
        for await (const profile of profiles) summary.addProfile(profile);
      } finally {
        bar?.stop();
      }
      const seconds = (performance.now() - started) / 1000;
      const result = summary.result();
      if (options.json) {
        context.out(json({ file, seconds: round(seconds, 2), summary: result }));
        return;
      }
      context.out(
        [
          t(lang, 'pool.read', {
            count: number(result.count, lang),
            file,
            seconds: number(round(seconds, 1), lang, 1),
          }),
          '',
          ...summaryLines(result, lang),
        ].join('\n'),
      );
    });
}

/** The summary as text: the CRS table (highest range first, as IRCC shows it), programs, categories. */
export function summaryLines(summary: PoolSummary, lang: Lang): string[] {
  const lines = [
    t(lang, 'pool.heading', { count: number(summary.count, lang), on: summary.on }),
    t(lang, 'pool.target', {
      asOf: summary.target.asOf,
      round: summary.target.round,
      roundDate: summary.target.roundDate,
      total: number(summary.target.total, lang),
    }),
    '',
    `${t(lang, 'pool.column.range').padEnd(12)}${t(lang, 'pool.column.target').padStart(8)}${t(lang, 'pool.column.pool').padStart(8)}${t(lang, 'pool.column.difference').padStart(12)}`,
  ];
  for (const range of [...summary.ranges].reverse()) {
    // Rounded first, so that a gap that rounds to nothing shows as +0.00, never −0.00.
    const gap = round((range.share - range.target) * 100, 2);
    lines.push(
      `${range.label.padEnd(12)}${percent(range.target, lang).padStart(8)}${percent(range.share, lang).padStart(8)}${`${gap >= 0 ? '+' : '−'}${number(Math.abs(gap), lang, 2)}`.padStart(12)}`,
    );
  }
  lines.push(
    '',
    t(lang, 'pool.largest-gap', {
      gap: number(round(summary.largestGap, 2), lang, 2),
      mean: number(round(summary.meanCrs, 1), lang, 1),
    }),
    '',
    t(lang, 'pool.programs', { sampled: number(summary.sampled, lang) }),
  );
  for (const row of summary.programs) {
    lines.push(
      `  ${percent(row.share, lang).padStart(6)}  ${t(lang, `pool.program.${row.id}` as MessageKey)}`,
    );
  }
  lines.push(`  ${percent(summary.frenchNclc7.share, lang).padStart(6)}  ${t(lang, 'pool.french')}`, '');
  const set = categorySetOn(bundledCategorySets(), summary.on);
  if (summary.categorySet === null || !set) {
    lines.push(t(lang, 'pool.categories-none', { on: summary.on }));
    return lines;
  }
  lines.push(t(lang, 'pool.categories', { set: summary.categorySet }));
  for (const row of summary.categories) {
    const category = set.categories.find((candidate) => candidate.id === row.id);
    const name = category ? (lang === 'fr' ? category.nameFr : category.name) : row.id;
    lines.push(`  ${percent(row.share, lang).padStart(6)}  ${name}`);
  }
  return lines;
}

/** A whole number option between `min` and `max`. @throws InputError `option.invalid` naming it. */
function parseWholeNumber(option: string, value: string, min: number, max: number, what: string): number {
  const parsed = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw new InputError(
      'option.invalid',
      `${option}: got "${value}", expected ${what}: a whole number from ${min.toLocaleString('en-CA')} to ${max.toLocaleString('en-CA')}`,
    );
  }
  return parsed;
}

/** A pool date: a calendar date from the opening of Express Entry. @throws InputError `date.invalid`. */
function parsePoolDate(option: string, value: string): IsoDate {
  if (!isIsoDate(value) || value < FIRST_POOL_DATE) {
    throw new InputError(
      'date.invalid',
      `${option}: got "${value}", expected a calendar date written YYYY-MM-DD, on or after ${FIRST_POOL_DATE} (the first Express Entry pool)`,
    );
  }
  return value;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function number(value: number, lang: Lang, digits = 0): string {
  return value.toLocaleString(lang === 'fr' ? 'fr-CA' : 'en-CA', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

function percent(share: number, lang: Lang): string {
  const text = number(round(share * 100, 1), lang, 1);
  return lang === 'fr' ? `${text} %` : `${text}%`;
}
