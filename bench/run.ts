/**
 * `npm run bench`: runs every benchmark section and writes BENCHMARKS.md. A new benchmark is a
 * module exporting a {@link BenchSection}, added to `SECTIONS`. `npm run bench -- rounds` runs the
 * named sections only and keeps the others' last figures in the file.
 *
 * Benchmarks live here, never in the tests (STYLE.md habit 10): nothing is asserted on time.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchSection, machine } from './_lib/report.js';
import { assessSection, replaySection } from './assess.js';
import { loadSection } from './load.js';
import { roundsSection } from './rounds.js';

const SECTIONS: readonly BenchSection[] = [roundsSection, assessSection, replaySection, loadSection];

const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'BENCHMARKS.md');

const start = (id: string) => `<!-- bench:${id} -->`;
const end = (id: string) => `<!-- /bench:${id} -->`;

/** The section's block in the current file, if any. */
function previousBlock(text: string, id: string): string | undefined {
  const from = text.indexOf(start(id));
  const to = text.indexOf(end(id));
  return from >= 0 && to > from ? text.slice(from, to + end(id).length) : undefined;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((id) => !SECTIONS.some((section) => section.id === id));
  if (unknown.length > 0) {
    throw new Error(`unknown section ${unknown.join(', ')}; known: ${SECTIONS.map((s) => s.id).join(', ')}`);
  }
  const host = machine();
  const date = new Date().toISOString().slice(0, 10);
  const log = (line: string) => console.log(`[bench] ${line}`);
  log(`${host.cpu}, ${host.cores} cores, Node ${host.node}`);
  const previous = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : '';
  const started = performance.now();

  const blocks: string[] = [];
  for (const section of SECTIONS) {
    if (wanted.length > 0 && !wanted.includes(section.id)) {
      blocks.push(
        previousBlock(previous, section.id) ??
          `${start(section.id)}\n## ${section.title}\n\nNot run yet.\n${end(section.id)}`,
      );
      continue;
    }
    const sectionStarted = performance.now();
    const body = await section.run(log);
    const seconds = ((performance.now() - sectionStarted) / 1000).toFixed(0);
    blocks.push(
      [
        start(section.id),
        `## ${section.title}`,
        '',
        `_Measured ${date} on ${host.cpu} (${host.cores} cores, ${host.memoryGiB} GiB), Node ${host.node}; ${seconds} s._`,
        '',
        body.trimEnd(),
        end(section.id),
      ].join('\n'),
    );
  }

  const header = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.ts); do not edit by hand. Each section says when and',
    'on what machine it was measured.',
    '',
    `Last run: ${date}, ${host.cpu}, ${host.cores} cores, ${host.memoryGiB} GiB, ${host.platform}, Node ${host.node}.`,
  ].join('\n');
  writeFileSync(OUTPUT, `${header}\n\n${blocks.join('\n\n')}\n`);
  log(`wrote ${OUTPUT} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

await main();
