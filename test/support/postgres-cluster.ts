import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where Debian's postgresql-NN packages put their server binaries. */
const DEBIAN_POSTGRES_ROOT = '/usr/lib/postgresql';

export interface ThrowawayPostgres {
  /** Superuser URL of the cluster's `postgres` database. */
  readonly url: string;
  readonly stop: () => Promise<void>;
}

/**
 * Starts a PostgreSQL cluster in a fresh temp dir, listening on 127.0.0.1 only, with trust
 * authentication and durability off (a test cluster never outlives its run). PostgreSQL refuses
 * to run as root, so as root the binaries run as the `postgres` system user.
 *
 * @throws Error saying why no cluster could be started.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = newestPostgresBin();
  const asRoot = process.getuid?.() === 0;
  const directory = mkdtempSync(join(tmpdir(), 'express-entry-postgres-'));
  const data = join(directory, 'data');
  const log = join(directory, 'server.log');
  const as = async (command: string, args: readonly string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, command), ...args])
      : run(join(bin, command), [...args]);
  let started = false;
  try {
    if (asRoot) {
      const [uid, gid] = await Promise.all([
        run('id', ['-u', 'postgres']),
        run('id', ['-g', 'postgres']),
      ]).catch(() => {
        throw new Error('running as root, but there is no `postgres` system user to run PostgreSQL as');
      });
      chownSync(directory, Number(uid.stdout.trim()), Number(gid.stdout.trim()));
    }
    await as('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--no-locale',
      '--no-sync',
    ]);
    const port = await freePort();
    const serverOptions = [
      `-p ${port}`,
      '-c listen_addresses=127.0.0.1',
      `-k ${directory}`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ');
    await as('pg_ctl', ['-D', data, '-l', log, '-o', serverOptions, '-w', '-t', '60', 'start']).catch(
      (error) => {
        const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-10).join('\n') : '';
        throw new Error(`${(error as Error).message}\n${tail}`);
      },
    );
    started = true;
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      stop: async () => {
        await as('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => undefined);
        rmSync(directory, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (started) await as('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']).catch(() => undefined);
    rmSync(directory, { recursive: true, force: true });
    throw new Error(`could not start a throwaway PostgreSQL from ${bin}: ${(error as Error).message}`);
  }
}

/** `/usr/lib/postgresql/<newest version>/bin`, or an error saying what to install. */
function newestPostgresBin(): string {
  const versions = existsSync(DEBIAN_POSTGRES_ROOT)
    ? readdirSync(DEBIAN_POSTGRES_ROOT)
        .filter((version) =>
          ['initdb', 'pg_ctl'].every((tool) => existsSync(join(DEBIAN_POSTGRES_ROOT, version, 'bin', tool))),
        )
        .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))
    : [];
  const newest = versions[0];
  if (newest === undefined) {
    throw new Error(
      `no PostgreSQL server binaries under ${DEBIAN_POSTGRES_ROOT}/*/bin (apt-get install postgresql) ` +
        'and TEST_DATABASE_URL is not set',
    );
  }
  return join(DEBIAN_POSTGRES_ROOT, newest, 'bin');
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
