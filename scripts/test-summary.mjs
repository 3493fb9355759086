// Prints the plain closing line "N passed, N failed" from vitest's JSON report.
// A run that stopped before vitest (type errors, lint) or a test file that failed to load
// counts as a failure too.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath, exitStatus = '0'] = process.argv.slice(2);
if (!reportPath || !existsSync(reportPath)) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const passed = report.numPassedTests ?? 0;
const filesThatFailedToRun = (report.testResults ?? []).filter(
  (file) =>
    file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
).length;
let failed = (report.numFailedTests ?? 0) + filesThatFailedToRun;
if (Number(exitStatus) !== 0 && failed === 0) failed = 1;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
