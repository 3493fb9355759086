/**
 * Vitest global setup: makes one PostgreSQL server available to the store tests for the whole
 * run. `TEST_DATABASE_URL` wins when set; otherwise a throwaway cluster is started from the
 * Debian binaries in a temp dir on 127.0.0.1 and removed at the end. When neither works the
 * reason is provided instead, and the PostgreSQL half of the tests reports it.
 */
import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from './postgres-cluster.js';

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const fromEnvironment = process.env.TEST_DATABASE_URL;
  if (fromEnvironment) {
    project.provide('postgres', { url: fromEnvironment, unavailable: null });
    return undefined;
  }
  try {
    const cluster = await startThrowawayPostgres();
    project.provide('postgres', { url: cluster.url, unavailable: null });
    return cluster.stop;
  } catch (error) {
    project.provide('postgres', { url: null, unavailable: (error as Error).message });
    return undefined;
  }
}
