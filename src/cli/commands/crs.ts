import type { Command } from '@commander-js/extra-typings';
import { crsScore } from '../../rules/crs/score.js';
import { addProfileCommand } from '../profile-command.js';
import type { CliContext } from '../program.js';
import { crsLines } from '../render.js';

/** `ee crs <profile.json>`: the CRS total and where every point came from. */
export function registerCrs(program: Command, context: CliContext): void {
  addProfileCommand(program, context, {
    name: 'crs',
    description: 'the CRS score on a date, with the full breakdown (section, factor, points, max)',
    categories: false,
    run: (profile, { on }) => crsScore(profile, { on }),
    render: (score, lang) => crsLines(score, lang).join('\n'),
  });
}
