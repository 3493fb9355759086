import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { parseDatabaseUrl } from './database-url.js';

describe('parseDatabaseUrl', () => {
  it('resolves a relative SQLite path against the working directory', () => {
    expect(parseDatabaseUrl('sqlite:./var/express-entry.sqlite', '/srv/app')).toEqual({
      dialect: 'sqlite',
      path: '/srv/app/var/express-entry.sqlite',
    });
    expect(parseDatabaseUrl('sqlite:data.sqlite', '/srv/app')).toEqual({
      dialect: 'sqlite',
      path: '/srv/app/data.sqlite',
    });
  });

  it('keeps an absolute SQLite path, also in the sqlite:/// spelling', () => {
    expect(parseDatabaseUrl('sqlite:/var/lib/ee/store.sqlite', '/srv/app')).toEqual({
      dialect: 'sqlite',
      path: '/var/lib/ee/store.sqlite',
    });
    expect(parseDatabaseUrl('sqlite:///var/lib/ee/store.sqlite', '/srv/app')).toEqual({
      dialect: 'sqlite',
      path: '/var/lib/ee/store.sqlite',
    });
  });

  it('passes postgres:// and postgresql:// URLs through', () => {
    for (const url of ['postgres://ee:secret@db:5432/ee', 'postgresql://ee@localhost/ee?sslmode=require']) {
      expect(parseDatabaseUrl(url)).toEqual({ dialect: 'postgres', connectionString: url });
    }
  });

  it.each([
    ['mysql://ee@db/ee', 'the scheme is not sqlite: or postgres://'],
    ['./var/express-entry.sqlite', 'the scheme is not sqlite: or postgres://'],
    ['', 'the scheme is not sqlite: or postgres://'],
    ['sqlite:', 'the SQLite file name is missing'],
    ['sqlite:./var/', 'the SQLite file name is missing'],
    ['sqlite://host/file.sqlite', 'a SQLite URL takes a file path, not a host'],
    ['postgres://ee@[bad/ee', 'it is not a valid URL'],
  ])('rejects %j: %s', (url, why) => {
    let error: unknown;
    try {
      parseDatabaseUrl(url, '/srv/app');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'option.invalid' });
    const { message } = error as InputError;
    expect(message).toContain(`Database URL ${JSON.stringify(url)}`);
    expect(message).toContain(why);
    expect(message).toContain('expected sqlite:<file>');
    expect(message).toContain('postgres://');
  });

  it('does not repeat a password in the error', () => {
    expect(() => parseDatabaseUrl('mysql://ee:hunter2@db/ee')).toThrow('"mysql://ee:***@db/ee"');
    expect(() => parseDatabaseUrl('mysql://ee:hunter2@db/ee')).not.toThrow('hunter2');
  });
});
