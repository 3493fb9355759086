/**
 * Pool files: JSON Lines, one candidate profile (format `express-entry/profile@1`,
 * docs/profile-format.md) per line, each with its `id` and its `submittedAt` instant (the
 * round tie-breaker). Both directions stream, so a pool of a million profiles never has to be
 * one string; a read either returns every profile or fails at the first bad line, naming it.
 */
import { createReadStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { InputError, type InputErrorCode, type InputIssue } from '../errors.js';
import { parseProfile } from '../rules/profile/parse.js';
import type { Profile } from '../rules/profile/schema.js';
import { checkProfileNocs } from './profile-file.js';

/** A profile in a pool: its id and submission instant are required. */
export type PoolProfile = Profile & { readonly id: string; readonly submittedAt: string };

/** How far a read has got, for a progress bar. */
export interface PoolReadProgress {
  readonly bytesRead: number;
  readonly totalBytes: number;
  /** Lines read so far, blank ones included. */
  readonly lines: number;
}

export interface ReadPoolOptions {
  /** Called every few hundred lines and once at the end. */
  readonly onProgress?: (progress: PoolReadProgress) => void;
}

export interface WritePoolOptions {
  /** Called with the number of profiles written so far, after each chunk (about a megabyte). */
  readonly onProgress?: (written: number) => void;
}

/** A bad line of a pool file: an {@link InputError} that also says which file and line. */
export class PoolLineError extends InputError {
  constructor(
    code: InputErrorCode,
    message: string,
    issues: readonly InputIssue[],
    readonly file: string,
    readonly line: number,
  ) {
    super(code, message, issues);
  }
}

const PROGRESS_EVERY_LINES = 256;
const WRITE_CHUNK_CHARS = 1 << 20;

/**
 * The profiles of a pool file, validated one line at a time, as they are read. Blank lines are
 * skipped. The first bad line stops the stream with a {@link PoolLineError}: invalid JSON
 * (`json.invalid`), an invalid profile or a missing or repeated id or submission instant
 * (`profile.invalid`), an unknown NOC code (`noc.unknown`). A consumer that keeps nothing until
 * the end, like {@link readPoolFile}, therefore never acts on half a pool.
 * @throws InputError `file.not-found` or `file.unreadable` before the first line.
 * @example
 * for await (const profile of poolFileProfiles('pool.jsonl')) count += 1;
 * // a file whose line 3 is `{"format": …` cut short:
 * //=> PoolLineError { code: 'json.invalid', line: 3, message: 'pool.jsonl, line 3: not valid JSON (…)' }
 */
export async function* poolFileProfiles(
  path: string,
  { onProgress }: ReadPoolOptions = {},
): AsyncGenerator<PoolProfile, void, undefined> {
  const totalBytes = await sizeOfReadableFile(path);
  const input = createReadStream(path, { encoding: 'utf8' });
  let streamError: NodeJS.ErrnoException | undefined;
  input.on('error', (error) => {
    streamError = error;
  });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const firstLineOfId = new Map<string, number>();
  let lineNumber = 0;
  const report = () => onProgress?.({ bytesRead: input.bytesRead, totalBytes, lines: lineNumber });
  try {
    for await (const raw of lines) {
      lineNumber += 1;
      if (lineNumber % PROGRESS_EVERY_LINES === 0) report();
      const text = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (text.trim() === '') continue;
      yield poolProfileFromLine(text, { file: path, line: lineNumber, firstLineOfId });
    }
  } finally {
    lines.close();
    input.destroy();
  }
  if (streamError) {
    throw new InputError(
      'file.unreadable',
      `cannot read the pool file ${path} (${streamError.code ?? streamError.message})`,
    );
  }
  report();
}

/**
 * Reads a whole pool file and returns its profiles only when every line is valid; on the first
 * bad line it throws and returns nothing.
 * @throws PoolLineError naming the line, the field (JSON path) and the value; InputError for a
 *   missing or unreadable file.
 * @example (await readPoolFile('pool.jsonl')).length //=> 100000
 */
export async function readPoolFile(path: string, options: ReadPoolOptions = {}): Promise<PoolProfile[]> {
  const profiles: PoolProfile[] = [];
  for await (const profile of poolFileProfiles(path, options)) profiles.push(profile);
  return profiles;
}

/**
 * Validates one line of a pool file. `firstLineOfId` remembers the ids seen so far, to report
 * a repeated one with the line that used it first.
 * @throws PoolLineError
 * @example poolProfileFromLine('{"format":"express-entry/profile@1","id":"c-1",…}', { file: 'p.jsonl', line: 1, firstLineOfId: new Map() }).id //=> 'c-1'
 */
export function poolProfileFromLine(
  text: string,
  where: { file: string; line: number; firstLineOfId: Map<string, number> },
): PoolProfile {
  const at = `${where.file}, line ${where.line}`;
  const fail = (code: InputErrorCode, message: string, issues: readonly InputIssue[]) =>
    new PoolLineError(code, `${at}: ${message}`, issues, where.file, where.line);
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).replace(
      / in JSON at position (\d+).*$/,
      (_, position: string) => ` at column ${Number(position) + 1}`,
    );
    throw fail('json.invalid', `not valid JSON (${detail})`, [
      { path: '$', value: text, expected: 'one JSON object (a profile) per line' },
    ]);
  }
  let profile: PoolProfile;
  try {
    profile = poolEntry(input, (id) => {
      const first = where.firstLineOfId.get(id);
      return first === undefined ? undefined : `line ${first}`;
    });
  } catch (error) {
    if (error instanceof InputError) throw fail(error.code, lowerFirst(error.message), error.issues);
    throw error;
  }
  where.firstLineOfId.set(profile.id, where.line);
  return profile;
}

/**
 * One profile of a pool, already parsed from JSON: a valid profile, NOC codes that exist, an id
 * and a submission instant (the tie-break), and an id no earlier entry used. `usedBy` names the
 * earlier entry with an id (`line 3`, `profiles[2]`), or gives undefined.
 * @throws InputError with the JSON path of each problem, relative to the profile.
 * @example poolEntry(profile, () => undefined).id //=> 'c-1'
 */
export function poolEntry(input: unknown, usedBy: (id: string) => string | undefined): PoolProfile {
  const profile = parseProfile(input);
  checkProfileNocs(profile);
  const missing: InputIssue[] = [];
  if (profile.id === undefined)
    missing.push({ path: '$.id', value: undefined, expected: 'a string (required in a pool)' });
  if (profile.submittedAt === undefined) {
    missing.push({
      path: '$.submittedAt',
      value: undefined,
      expected: 'an ISO-8601 instant (required in a pool: it breaks ties in a round)',
    });
  }
  if (profile.id === undefined || profile.submittedAt === undefined) {
    throw new InputError(
      'profile.invalid',
      'A profile in a pool needs an id and a submission instant.',
      missing,
    );
  }
  const first = usedBy(profile.id);
  if (first !== undefined) {
    throw new InputError(
      'profile.invalid',
      `The id ${JSON.stringify(profile.id)} is already used on ${first}.`,
      [{ path: '$.id', value: profile.id, expected: `an id used once in the pool (${first} has it)` }],
    );
  }
  return profile as PoolProfile;
}

/**
 * Writes profiles as a pool file, one JSON line each, streaming: into a temporary file beside
 * `path`, renamed to `path` once complete, so a failure never leaves half a pool under its name.
 * Every profile needs an id (used once) and a submission instant.
 * @throws InputError `file.unreadable` when the folder cannot be written, `profile.invalid` for a
 *   profile without id or submission instant or with a repeated id (nothing is written then).
 * @example await writePoolFile('pool.jsonl', generatePool({ size: 1000, asOf: '2026-08-07', seed: 1 })) //=> { count: 1000, bytes: … }
 */
export async function writePoolFile(
  path: string,
  profiles: Iterable<PoolProfile> | AsyncIterable<PoolProfile>,
  options: WritePoolOptions = {},
): Promise<{ count: number; bytes: number }> {
  async function* chunks(): AsyncGenerator<PoolTextChunk> {
    const seen = new Set<string>();
    let text = '';
    let count = 0;
    let index = 0;
    for await (const profile of profiles) {
      checkWritable(profile, index, seen);
      index += 1;
      text += `${JSON.stringify(profile)}\n`;
      count += 1;
      if (text.length >= WRITE_CHUNK_CHARS) {
        yield { text, count };
        text = '';
        count = 0;
      }
    }
    if (count > 0) yield { text, count };
  }
  return writePoolChunks(path, chunks(), options);
}

/** Profiles already written as JSON lines (each ending with `\n`), and how many. */
export interface PoolTextChunk {
  readonly text: string;
  readonly count: number;
}

/**
 * Writes chunks of pool lines that are already serialized (a generator's output) to `path`,
 * through a temporary file renamed at the end, waiting for the disk when it falls behind.
 * @throws InputError `file.unreadable` when the file cannot be written; whatever the chunks throw.
 * @example await writePoolChunks('pool.jsonl', [{ text: '{"format":…}\n', count: 1 }]) //=> { count: 1, bytes: … }
 */
export async function writePoolChunks(
  path: string,
  chunks: Iterable<PoolTextChunk> | AsyncIterable<PoolTextChunk>,
  { onProgress }: WritePoolOptions = {},
): Promise<{ count: number; bytes: number }> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(temporary, 'w');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new InputError('file.unreadable', `cannot write the pool file ${path} (${code})`);
  }
  const output = handle.createWriteStream({ encoding: 'utf8' });
  let outputError: Error | undefined;
  output.on('error', (error) => {
    outputError = error;
  });
  const write = async (text: string) => {
    if (outputError) throw outputError;
    if (!output.write(text)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          output.off('drain', done);
          output.off('error', done);
          resolve();
        };
        output.on('drain', done);
        output.on('error', done);
      });
    }
    if (outputError) throw outputError;
  };
  let count = 0;
  let bytes = 0;
  try {
    for await (const chunk of chunks) {
      await write(chunk.text);
      count += chunk.count;
      bytes += Buffer.byteLength(chunk.text);
      onProgress?.(count);
    }
    await new Promise<void>((resolve, reject) => {
      output.end((error?: Error | null) => (error ? reject(error) : resolve()));
    });
    if (outputError) throw outputError;
    await rename(temporary, path);
  } catch (error) {
    output.destroy();
    await rm(temporary, { force: true });
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new InputError('file.unreadable', `cannot write the pool file ${path} (${code})`);
    throw error;
  }
  return { count, bytes };
}

function checkWritable(profile: PoolProfile, index: number, seen: Set<string>): void {
  const problems: InputIssue[] = [];
  if (typeof profile.id !== 'string') {
    problems.push({ path: '$.id', value: profile.id, expected: 'a string (required in a pool file)' });
  } else if (seen.has(profile.id)) {
    problems.push({ path: '$.id', value: profile.id, expected: 'an id used once in the pool' });
  }
  if (typeof profile.submittedAt !== 'string') {
    problems.push({
      path: '$.submittedAt',
      value: profile.submittedAt,
      expected: 'an ISO-8601 instant (required in a pool file)',
    });
  }
  if (problems.length > 0) {
    throw new InputError('profile.invalid', `Profile ${index + 1} cannot go into a pool file.`, problems);
  }
  seen.add(profile.id);
}

async function sizeOfReadableFile(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new InputError('file.unreadable', `pool path is a directory, not a file: ${path}`);
    }
    return info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('file.not-found', `pool file not found: ${path}`);
    throw new InputError('file.unreadable', `cannot read the pool file ${path} (${code ?? 'unknown error'})`);
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
