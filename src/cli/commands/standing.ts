import type { Command } from '@commander-js/extra-typings';
import { bundledRounds } from '../../engine/draws/history.js';
import { type Standing, standing } from '../../engine/standing.js';
import { type Lang, type MessageKey, t } from '../../i18n/index.js';
import { addProfileCommand } from '../profile-command.js';
import type { CliContext } from '../program.js';

/** `ee standing <profile.json>`: estimated rank in the pool, and the recent rounds it would have met. */
export function registerStanding(program: Command, context: CliContext): void {
  addProfileCommand(program, context, {
    name: 'standing',
    description:
      'estimated rank in the latest published pool, and whether each recent round would have invited the profile',
    categories: true,
    run: (profile, { on, sets }) => standing(profile, { on, rounds: bundledRounds(), sets }),
    render: renderStanding,
  });
}

function renderStanding(result: Standing, lang: Lang): string {
  const number = (value: number) => value.toLocaleString(lang === 'fr' ? 'fr-CA' : 'en-CA');
  const lines = [t(lang, 'standing.heading', result)];
  lines.push(
    result.rank
      ? t(lang, 'standing.rank', {
          ...result.rank,
          rank: number(result.rank.rank),
          total: number(result.rank.total),
          topPercent: result.rank.topPercent.toFixed(1),
        })
      : t(lang, 'standing.no-distribution'),
    '',
    t(lang, 'standing.table-heading'),
  );
  for (const round of result.rounds) {
    const outcome = t(lang, `standing.outcome.${round.outcome}` as MessageKey, round);
    const tieBreak = round.tieBreak ? round.tieBreak.replace('T', ' ').replace('Z', '') : '—';
    lines.push(
      `#${round.number.padEnd(5)}${round.date}  ${round.round.padEnd(40)}${String(round.lowestScore).padStart(7)}  ${tieBreak.padEnd(19)}${String(round.crs).padStart(9)}  ${outcome}`,
    );
  }
  return lines.join('\n');
}
