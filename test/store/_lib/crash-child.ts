/**
 * Child process for crash.test.ts: records one large round into a SQLite store, saying `begin`
 * on stdout just before the round's transaction and `committed` after it. The parent kills it
 * with SIGKILL in between.
 *
 * Usage: node --import tsx crash-child.ts <database-url> <account-id> <pool-id> <round-id> <first> <count>
 * invites candidates c<first+1> … c<first+count>.
 */
import { openStore } from '../../../src/store/index.js';
import { invitationsOf, round } from './fixtures.js';

const [databaseUrl, accountId, poolId, roundId, first, count] = process.argv.slice(2);
if (!databaseUrl || !accountId || !poolId || !roundId || !first || !count) {
  throw new Error('usage: crash-child.ts <database-url> <account-id> <pool-id> <round-id> <first> <count>');
}
const invited = Array.from({ length: Number(count) }, (_, index) => `c${Number(first) + index + 1}`);
const store = await openStore(databaseUrl);
process.stdout.write('begin\n');
await store.recordRound(accountId, poolId, round(roundId, '2025-02-05T15:00:00Z'), invitationsOf(invited));
process.stdout.write('committed\n');
await store.close();
