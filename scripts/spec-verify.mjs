// @ts-check
// `pnpm spec:verify`: checks real TMDB responses against the spec and prints the contradictions as a table.
//
//   pnpm spec:verify captures/                    a folder written by `tmdb-mock record`
//   pnpm spec:verify session.har                  a HAR file exported from a browser's network panel
//   pnpm spec:verify --examples tmdb-openapi.json the response examples of a TMDB OpenAPI document,
//                                                 minus the checked exceptions in openapi/example-exceptions.yaml
//   pnpm spec:verify --live                       records the live tour (TMDB_ACCESS_TOKEN or TMDB_API_KEY;
//                                                 TMDB_SESSION_ID with
//                                                 TMDB_ACCOUNT_ID adds the Account tag) and verifies it
//
// Exit code: 0 when everything validates, 1 on any contradiction (or an exception that no longer fails),
// 2 on bad input (a missing file, an unreadable exceptions file, no credential for --live).
// The engine is @tmdb-kit/mock's verify/ and capture/ layers (the same code `tmdb-mock --replay` uses).
import { appendFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const mockDist = join(root, 'packages/mock/dist');

const USAGE = `Usage: pnpm spec:verify [<captures-folder | file.har> ...] [--examples <openapi.json>] [--live]

  --examples <file>    validate the response examples of a TMDB OpenAPI document (JSON)
  --exceptions <file>  checked exceptions for --examples (default openapi/example-exceptions.yaml)
  --live               record the live tour into --out and verify it (needs TMDB_ACCESS_TOKEN or
                       TMDB_API_KEY; TMDB_SESSION_ID and TMDB_ACCOUNT_ID add the Account operations)
  --out <dir>          where --live keeps its captures (default: a new temporary folder)
  --upstream <url>     the API --live records from (default https://api.themoviedb.org)
  --spec <file>        the bundled spec to check against (default packages/types/openapi.json)
  --summary <file>     also append the report to this file (e.g. $GITHUB_STEP_SUMMARY)`;

/** @typedef {import('../packages/mock/dist/verify/index.js').VerifyReport} VerifyReport */
/** @typedef {import('../packages/mock/dist/verify/index.js').Loaded} Loaded */
/** @typedef {import('../packages/mock/dist/verify/index.js').VerifyException} VerifyException */
/** @typedef {import('../packages/mock/dist/capture/index.js').RecordResult} RecordResult */

class UsageError extends Error {}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ sources: string[], examples?: string, exceptions?: string, live: boolean, out?: string, upstream: string, spec: string, summary?: string, help: boolean }} */
  const args = {
    sources: [],
    live: false,
    upstream: 'https://api.themoviedb.org',
    spec: join(root, 'packages/types/openapi.json'),
    help: false,
  };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index] ?? '';
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--live') args.live = true;
    else if (flag.startsWith('--')) {
      const value = argv[++index];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      if (flag === '--examples') args.examples = value;
      else if (flag === '--exceptions') args.exceptions = value;
      else if (flag === '--out') args.out = value;
      else if (flag === '--upstream') args.upstream = value;
      else if (flag === '--spec') args.spec = value;
      else if (flag === '--summary') args.summary = value;
      else throw new UsageError(`unknown option ${flag}`);
    } else args.sources.push(flag);
  }
  if (!args.help && args.sources.length === 0 && !args.examples && !args.live)
    throw new UsageError('nothing to verify: give a captures folder, a HAR file, --examples or --live');
  return args;
}

/** @param {string} path */
function readJson(path) {
  if (!existsSync(path)) throw new UsageError(`${path} does not exist`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The checked exceptions file: a YAML list of { operation, path, reason }, every field a non-empty string.
 * @param {string} path
 * @returns {{ operation: string, path: string, reason: string }[]}
 */
function readExceptions(path) {
  if (!existsSync(path)) throw new UsageError(`${path} does not exist`);
  const entries = parseYaml(readFileSync(path, 'utf8')) ?? [];
  if (!Array.isArray(entries))
    throw new UsageError(`${path}: expected a list of { operation, path, reason }`);
  return entries.map((entry, index) => {
    for (const field of ['operation', 'path', 'reason']) {
      if (typeof entry?.[field] !== 'string' || entry[field].trim() === '')
        throw new UsageError(`${path}: entry ${index + 1} needs a non-empty "${field}"`);
    }
    return { operation: entry.operation, path: entry.path, reason: entry.reason };
  });
}

/** @param {RecordResult} result */
function describeOutcome({ outcome }) {
  if (outcome.kind === 'unreachable') return outcome.message;
  if (outcome.kind === 'not-json') return `answered ${outcome.status} with ${outcome.contentType}, not JSON`;
  return `saved ${outcome.file}`;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (!existsSync(join(mockDist, 'verify/index.js')))
    throw new UsageError('@tmdb-kit/mock is not built: run `pnpm --filter @tmdb-kit/mock build` first');
  const verify = await import(join(mockDist, 'verify/index.js'));
  const capture = await import(join(mockDist, 'capture/index.js'));
  const spec = readJson(args.spec);
  const verifier = verify.createVerifier(spec);
  /** @type {{ title: string, report: VerifyReport }[]} */
  const sections = [];

  /** @param {string} title @param {Loaded} loaded @param {VerifyException[]} [exceptions] */
  const judge = (title, loaded, exceptions = []) => {
    const verdicts = loaded.samples.map((sample) => verifier.verify(sample));
    sections.push({ title, report: verify.buildReport(verdicts, loaded.problems, exceptions) });
  };

  for (const source of args.sources) {
    if (!existsSync(source)) throw new UsageError(`${source} does not exist`);
    judge(`Captures: ${source}`, await capture.loadSamples(source));
  }
  if (args.examples) {
    const exceptionsFile = args.exceptions ?? join(root, 'openapi/example-exceptions.yaml');
    const exceptions = readExceptions(exceptionsFile);
    judge(
      `Examples: ${args.examples}`,
      verify.samplesFromOpenApiExamples(readJson(args.examples), args.examples),
      exceptions,
    );
  }
  if (args.live) {
    // The user's credential: passed to the recorder, never printed or saved.
    const {
      TMDB_ACCESS_TOKEN: accessToken,
      TMDB_API_KEY: apiKey,
      TMDB_SESSION_ID: sessionId,
      TMDB_ACCOUNT_ID: accountId,
    } = process.env;
    if (!accessToken && !apiKey)
      throw new UsageError('--live needs TMDB_ACCESS_TOKEN (or TMDB_API_KEY) in the environment');
    const out = args.out ?? mkdtempSync(join(tmpdir(), 'tmdb-live-'));
    const recording = capture.createRecording({
      upstream: args.upstream,
      out,
      spec,
      credential: accessToken ? { accessToken } : { apiKey },
    });
    const tour = await capture.recordTour(recording, sessionId && accountId ? { sessionId, accountId } : {});
    const failed = tour.results.filter(
      (/** @type {RecordResult} */ result) => result.outcome.kind !== 'saved',
    );
    console.log(`Live tour: ${tour.results.length - failed.length} answers recorded into ${out}`);
    for (const result of failed) console.log(`  not recorded: ${result.request}: ${describeOutcome(result)}`);
    for (const step of tour.skipped) console.log(`  skipped: ${step.path}: ${step.reason}`);
    const loaded = await capture.loadSamples(out);
    const problems = [
      ...loaded.problems,
      ...failed.map((/** @type {RecordResult} */ result) => ({
        source: result.request,
        message: `not recorded (${result.outcome.kind})`,
      })),
    ];
    judge(`Live tour of ${args.upstream}`, { samples: loaded.samples, problems });
  }

  const text = sections.map(({ title, report }) => verify.formatReport(report, title)).join('\n\n');
  console.log(text);
  if (args.summary) appendFileSync(args.summary, `${text}\n`);
  return sections.every(({ report }) => report.ok) ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`spec:verify: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof UsageError) console.error(`\n${USAGE}`);
    process.exitCode = 2;
  },
);
