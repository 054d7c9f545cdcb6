import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { countDifferences, diffOperations } from './diff.js';
import { SpecDiffError } from './errors.js';
import { loadSpec } from './load-spec.js';
import { collectOperations } from './operations.js';
import { formatReport } from './report.js';
import { apiVersionsOf, withinVersions } from './scope.js';

/** Exit codes: scripts and CI branch on them. */
export const EXIT = { same: 0, differences: 1, error: 2 } as const;

/** Our spec as the types package bundles it (`pnpm generate` writes it). */
export const DEFAULT_OURS = resolve(
  fileURLToPath(import.meta.url),
  '../../../../packages/types/openapi.json',
);

const USAGE = `Usage: pnpm spec:diff [--ours <file>] [--json] [--timeout <ms>] <tmdb-spec-file-or-url>

Compares tmdb-kit's OpenAPI description with TMDB's and lists operations and parameters that upstream
added, removed or changed. Only our operations of the API versions the upstream file covers take part
(\`/3/...\` for TMDB's v3 file, \`/4/...\` for its v4 file). Exits 0 when they match, 1 when they
differ, 2 when a spec cannot be read.

  --ours <file>    our bundled spec (default: packages/types/openapi.json, written by \`pnpm generate\`)
  --json           print the differences as JSON instead of text
  --timeout <ms>   how long a URL may take (default 30000)
`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  fetch?: typeof globalThis.fetch;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let options: { ours: string; json: boolean; timeoutMs: number; theirs: string } | undefined;
  try {
    options = parseOptions(argv);
  } catch (error) {
    io.stderr(`spec:diff: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return EXIT.error;
  }
  if (options === undefined) {
    io.stdout(USAGE);
    return EXIT.same;
  }
  try {
    const loadOptions = { timeoutMs: options.timeoutMs, ...(io.fetch ? { fetch: io.fetch } : {}) };
    const [ours, theirs] = await Promise.all([
      loadSpec(options.ours, loadOptions),
      loadSpec(options.theirs, loadOptions),
    ]);
    const upstream = collectOperations(theirs);
    // TMDB's v3 and v4 files each cover one version; compare only ours of the same version(s).
    const diff = diffOperations(withinVersions(collectOperations(ours), apiVersionsOf(upstream)), upstream);
    io.stdout(options.json ? `${JSON.stringify(diff, null, 2)}\n` : formatReport(diff));
    return countDifferences(diff) === 0 ? EXIT.same : EXIT.differences;
  } catch (error) {
    if (error instanceof SpecDiffError) {
      io.stderr(`spec:diff: ${error.message}\n`);
      return EXIT.error;
    }
    throw error;
  }
}

/** Returns undefined for --help. */
function parseOptions(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ours: { type: 'string' },
      json: { type: 'boolean', default: false },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return undefined;
  const [theirs, ...extra] = positionals;
  if (theirs === undefined) throw new Error('give the TMDB spec to compare with (a file or an http(s) URL)');
  if (extra.length > 0) throw new Error(`one spec to compare with, not ${positionals.length}`);
  const timeoutMs = values.timeout === undefined ? 30_000 : Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0)
    throw new Error('--timeout takes a positive number of ms');
  return { ours: values.ours ?? DEFAULT_OURS, json: values.json, timeoutMs, theirs };
}
