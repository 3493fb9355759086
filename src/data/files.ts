/** Reading a user's files: every failure is an InputError naming the file and the problem. */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';

/**
 * Reads and parses a JSON file.
 * @throws InputError `file.not-found`, `file.unreadable` or `json.invalid` (with line and column).
 */
export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('file.not-found', `${what} file not found: ${path}`);
    if (code === 'EISDIR')
      throw new InputError('file.unreadable', `${what} path is a directory, not a file: ${path}`);
    throw new InputError(
      'file.unreadable',
      `cannot read the ${what} file ${path} (${code ?? 'unknown error'})`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError('json.invalid', `${path} is not valid JSON: ${withLineAndColumn(detail, text)}`);
  }
}

// V8 reports a character position; people count lines and columns.
function withLineAndColumn(message: string, text: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match) return message;
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')} at line ${line}, column ${column}`;
}
