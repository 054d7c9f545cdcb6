// What the CLI tests share: a temporary folder per test file for the documents they write, and running the
// CLI in process while collecting what it prints.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type CliIo, runCli } from '../../scripts/spec-diff/src/cli.js';
import type { JsonObject } from '../../scripts/spec-diff/src/json.js';

/** A folder made before the file's tests and removed after them; `write` puts a document in it. */
export function temporaryFolder(prefix: string) {
  let path = '';
  let counter = 0;
  beforeAll(async () => {
    path = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await rm(path, { recursive: true, force: true });
  });
  return {
    /** The folder (set once the file's tests start). */
    get path() {
      return path;
    },
    /** Writes a string as it is, anything else as JSON, to a new file; returns its path. */
    async write(content: unknown): Promise<string> {
      counter += 1;
      const file = join(path, `file-${counter}.json`);
      await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
      return file;
    },
  };
}

/** Runs the CLI in process: its exit code and everything it printed. */
export async function runCollected(argv: string[], io: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    ...io,
  });
  return { code, stdout, stderr };
}

/** `--against-ours` of `theirs` against `ours`, leaving out the differences the `rules` describe. */
export async function againstOursWith(
  folder: ReturnType<typeof temporaryFolder>,
  ours: JsonObject,
  theirs: JsonObject,
  rules: JsonObject[],
) {
  return runCollected([
    '--against-ours',
    '--ours',
    await folder.write(ours),
    '--deliberate',
    await folder.write({ differences: rules }),
    await folder.write(theirs),
  ]);
}
