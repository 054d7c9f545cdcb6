import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  type Baseline,
  type BaselineDocument,
  describeSource,
  documentKey,
  readBaseline,
  writeBaseline,
} from './baseline.js';
import { applyDeliberateDifferences, readDeliberateDifferences } from './deliberate.js';
import { countDifferences, diffOperations } from './diff.js';
import { SpecDiffError } from './errors.js';
import { isJsonObject, stringAt } from './json.js';
import { type LoadOptions, loadSpec } from './load-spec.js';
import { collectOperations, type OperationShape, pathPrefix } from './operations.js';
import { formatAgainstOursReport, formatBaselineReport } from './report.js';

/** Exit codes: scripts and CI branch on them. */
export const EXIT = { same: 0, differences: 1, error: 2 } as const;

const here = fileURLToPath(import.meta.url);
// Both src/cli.ts (tests) and dist/cli.js (`pnpm spec:diff`) sit two levels under scripts/spec-diff.
const repoRoot = resolve(here, '../../../..');

/** The reviewed upstream documents. */
export const DEFAULT_BASELINE = resolve(repoRoot, 'openapi/upstream-baseline.json');
/** Our spec as the types package bundles it (`pnpm generate` writes it). */
export const DEFAULT_OURS = resolve(repoRoot, 'packages/types/openapi.json');
/** The reviewed list of ways we differ from TMDB on purpose. */
export const DEFAULT_DELIBERATE = resolve(repoRoot, 'scripts/spec-diff/deliberate-differences.json');

const USAGE = `Usage:
  pnpm spec:diff [--baseline <file>] [--json] <tmdb-spec-file-or-url>
      What TMDB changed since the reviewed baseline: operations added or removed; parameters added,
      removed, renamed, retyped or made required, new enum values, format or item changes; request
      bodies added or removed. Exits 0 when nothing changed, 1 when something did.
  pnpm spec:diff --update-baseline [--baseline <file>] <tmdb-spec-file-or-url>
      Records a reviewed TMDB document as the new baseline (one per API version: v3, v4).
  pnpm spec:diff --against-ours [--ours <file>] [--deliberate <file>] [--json] <tmdb-spec-file-or-url>
      How our spec differs from TMDB's, leaving out the reviewed deliberate differences.
      Exits 0 when nothing else differs, 1 when something does.
Every mode exits 2 when a document cannot be read.

  --baseline <file>    default: openapi/upstream-baseline.json
  --ours <file>        our bundled spec (default: packages/types/openapi.json, written by \`pnpm generate\`)
  --deliberate <file>  default: scripts/spec-diff/deliberate-differences.json
  --json               print the differences as JSON instead of text
  --timeout <ms>       how long a URL may take (default 30000)
`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  fetch?: typeof globalThis.fetch;
  /** The clock that dates a recorded baseline. */
  now?: () => Date;
}

type Options = ReturnType<typeof parseOptions>;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let options: Options;
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
    const loadOptions: LoadOptions = {
      timeoutMs: options.timeoutMs,
      ...(io.fetch ? { fetch: io.fetch } : {}),
    };
    if (options.mode === 'against-ours') return await againstOurs(options, loadOptions, io);
    if (options.mode === 'update-baseline') return await updateBaseline(options, loadOptions, io);
    return await sinceBaseline(options, loadOptions, io);
  } catch (error) {
    if (error instanceof SpecDiffError) {
      io.stderr(`spec:diff: ${error.message}\n`);
      return EXIT.error;
    }
    throw error;
  }
}

async function sinceBaseline(options: NonNullable<Options>, loadOptions: LoadOptions, io: CliIo) {
  const [baseline, upstream] = await Promise.all([
    readBaseline(options.baseline),
    loadSpec(options.theirs, loadOptions),
  ]);
  const operations = collectOperations(upstream.document);
  const key = documentKey(upstream.document, operations);
  const reviewed = baseline.documents[key];
  if (!reviewed) {
    const known = Object.keys(baseline.documents).join(', ') || 'none';
    throw new SpecDiffError(
      `${shown(options.baseline)} has no baseline for ${key} (it has: ${known}). Review TMDB's ${key} document, ` +
        'then record it: pnpm spec:diff --update-baseline <file-or-url>',
    );
  }
  const diff = diffOperations(reviewed.operations, operations);
  io.stdout(
    options.json
      ? `${JSON.stringify({ baseline: { key, reviewed: reviewed.reviewed, sha256: reviewed.sha256 }, ...diff }, null, 2)}\n`
      : formatBaselineReport(diff, {
          key,
          reviewed: reviewed.reviewed,
          sameFile: reviewed.sha256 === upstream.sha256,
          advice: true,
        }),
  );
  return countDifferences(diff) === 0 ? EXIT.same : EXIT.differences;
}

async function updateBaseline(options: NonNullable<Options>, loadOptions: LoadOptions, io: CliIo) {
  // The upstream document is read and checked before the baseline file is touched.
  const [baseline, upstream] = await Promise.all([
    readBaseline(options.baseline),
    loadSpec(options.theirs, loadOptions),
  ]);
  const operations = collectOperations(upstream.document);
  const key = documentKey(upstream.document, operations);
  const previous = baseline.documents[key];
  if (previous?.sha256 === upstream.sha256) {
    io.stdout(
      `${shown(options.baseline)} already holds this ${key} document (reviewed ${previous.reviewed}).\n`,
    );
    return EXIT.same;
  }
  const info = isJsonObject(upstream.document.info) ? upstream.document.info : undefined;
  const recorded: BaselineDocument = {
    title: stringAt(info, 'title') ?? '',
    version: stringAt(info, 'version') ?? '',
    sha256: upstream.sha256,
    reviewed: (io.now?.() ?? new Date()).toISOString().slice(0, 10),
    source: describeSource(options.theirs),
    operations,
  };
  if (previous) {
    const diff = diffOperations(previous.operations, operations);
    io.stdout(
      formatBaselineReport(diff, { key, reviewed: previous.reviewed, sameFile: false, advice: false }),
    );
  }
  const updated: Baseline = { documents: { ...baseline.documents, [key]: recorded } };
  await writeBaseline(options.baseline, updated);
  io.stdout(
    `Recorded ${key} (${recorded.title} ${recorded.version}, ${operations.size} operations, sha256 ` +
      `${recorded.sha256.slice(0, 12)}) as the baseline of ${recorded.reviewed} in ${shown(options.baseline)}.\n`,
  );
  return EXIT.same;
}

async function againstOurs(options: NonNullable<Options>, loadOptions: LoadOptions, io: CliIo) {
  const [ours, theirs, rules] = await Promise.all([
    loadSpec(options.ours, loadOptions),
    loadSpec(options.theirs, loadOptions),
    readDeliberateDifferences(options.deliberate),
  ]);
  const theirOperations = collectOperations(theirs.document);
  const diff = diffOperations(sameApiAs(collectOperations(ours.document), theirOperations), theirOperations);
  const filtered = applyDeliberateDifferences(diff, rules);
  io.stdout(
    options.json
      ? `${JSON.stringify({ ...filtered.diff, ignored: filtered.ignored }, null, 2)}\n`
      : formatAgainstOursReport(
          filtered.diff,
          filtered.ignored,
          filtered.unused.map((rule) => rule.rule),
        ),
  );
  return countDifferences(filtered.diff) === 0 ? EXIT.same : EXIT.differences;
}

/** Our spec describes v3 and v4; TMDB publishes one document per version. Compare like with like. */
function sameApiAs(
  ours: Map<string, OperationShape>,
  theirs: Map<string, OperationShape>,
): Map<string, OperationShape> {
  const prefixes = new Set([...theirs.values()].map(pathPrefix));
  return new Map([...ours].filter(([, operation]) => prefixes.has(pathPrefix(operation))));
}

function shown(file: string): string {
  const fromRoot = relative(repoRoot, file);
  return fromRoot.startsWith('..') ? file : fromRoot;
}

/** Returns undefined for --help. */
function parseOptions(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'update-baseline': { type: 'boolean', default: false },
      'against-ours': { type: 'boolean', default: false },
      baseline: { type: 'string' },
      ours: { type: 'string' },
      deliberate: { type: 'string' },
      json: { type: 'boolean', default: false },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return undefined;
  if (values['update-baseline'] && values['against-ours'])
    throw new Error('--update-baseline and --against-ours are two different modes; give one');
  const mode = values['against-ours']
    ? 'against-ours'
    : values['update-baseline']
      ? 'update-baseline'
      : 'baseline';
  if (mode !== 'against-ours' && (values.ours !== undefined || values.deliberate !== undefined))
    throw new Error('--ours and --deliberate go with --against-ours');
  if (mode === 'against-ours' && values.baseline !== undefined)
    throw new Error('--baseline does not go with --against-ours');
  if (mode === 'update-baseline' && values.json) throw new Error('--json does not go with --update-baseline');
  const [theirs, ...extra] = positionals;
  if (theirs === undefined) throw new Error('give the TMDB spec to compare (a file or an http(s) URL)');
  if (extra.length > 0) throw new Error(`one TMDB spec at a time, not ${positionals.length}`);
  const timeoutMs = values.timeout === undefined ? 30_000 : Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0)
    throw new Error('--timeout takes a positive number of ms');
  return {
    mode,
    theirs,
    timeoutMs,
    json: values.json,
    baseline: resolve(values.baseline ?? DEFAULT_BASELINE),
    ours: values.ours ?? DEFAULT_OURS,
    deliberate: values.deliberate ?? DEFAULT_DELIBERATE,
  } as const;
}
