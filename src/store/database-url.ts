import { isAbsolute, resolve } from 'node:path';
import { InputError } from '../errors.js';

/** Where the store lives, read from a database URL. */
export type DatabaseLocation =
  | { readonly dialect: 'sqlite'; readonly path: string }
  | { readonly dialect: 'postgres'; readonly connectionString: string };

const EXPECTED =
  'sqlite:<file> (e.g. sqlite:./var/express-entry.sqlite, relative to the working directory, or ' +
  'sqlite:/absolute/path.sqlite) or postgres://user:password@host:port/database';

/**
 * Reads a database URL. SQLite paths are resolved against `cwd`; PostgreSQL URLs are passed to
 * the driver as they are.
 *
 * @example
 * parseDatabaseUrl('sqlite:./var/express-entry.sqlite', '/srv/app')
 * //=> { dialect: 'sqlite', path: '/srv/app/var/express-entry.sqlite' }
 * parseDatabaseUrl('postgres://ee@db:5432/ee')
 * //=> { dialect: 'postgres', connectionString: 'postgres://ee@db:5432/ee' }
 */
export function parseDatabaseUrl(databaseUrl: string, cwd: string = process.cwd()): DatabaseLocation {
  const url = databaseUrl.trim();
  if (url.startsWith('sqlite:')) {
    // `sqlite:///abs/file` is the URL spelling of `sqlite:/abs/file`.
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (file === '' || file.endsWith('/')) throw invalidUrl(databaseUrl, 'the SQLite file name is missing');
    if (file.startsWith('//')) throw invalidUrl(databaseUrl, 'a SQLite URL takes a file path, not a host');
    return { dialect: 'sqlite', path: isAbsolute(file) ? file : resolve(cwd, file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    if (!URL.canParse(url)) throw invalidUrl(databaseUrl, 'it is not a valid URL');
    return { dialect: 'postgres', connectionString: url };
  }
  throw invalidUrl(databaseUrl, 'the scheme is not sqlite: or postgres://');
}

function invalidUrl(databaseUrl: string, why: string): InputError {
  const shown = redactPassword(databaseUrl);
  return new InputError(
    'option.invalid',
    `Database URL ${JSON.stringify(shown)} is not usable: ${why}; expected ${EXPECTED}.`,
    [{ path: '$.databaseUrl', value: shown, expected: EXPECTED }],
  );
}

/** Hides a password in `scheme://user:password@host` so an error message never shows it. */
function redactPassword(databaseUrl: string): string {
  return databaseUrl.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}
