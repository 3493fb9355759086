import { runCli } from '../../../src/cli/run.js';

/** Runs `ee` in-process with in-memory streams. */
export async function ee(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}
