// What `tmdb-mock` does, with its process dependencies passed in so it can be tested without spawning.
import { loadSamples } from './capture/load.js';
import { loadReplay, type Replay } from './capture/replay.js';
import { CliUsageError, parseCliArgs, type RecordArgs, USAGE } from './cli-args.js';
import { MOCK_ACCESS_TOKEN, MOCK_API_KEY, MockOptionsError } from './engine/options.js';
import { bundledSpec } from './openapi/bundled-spec.js';
import { type Recorder, startRecorder } from './record.js';
import { type MockServer, startMockServer } from './server.js';
import { DEMO_USER } from './state/users.js';
import { buildReport, formatReport } from './verify/report.js';
import { createVerifier } from './verify/verify.js';

export interface CliIo {
  readonly out: (line: string) => void;
  readonly error: (line: string) => void;
  /** Registers a handler for a termination signal (process.once in the real CLI). */
  readonly onSignal: (signal: 'SIGINT' | 'SIGTERM', handler: () => void) => void;
  /** Where `record` reads the user's credential (process.env in the real CLI). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Runs the CLI; resolves with the exit code once the server has stopped (or failed to start). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let server: MockServer | Recorder;
  try {
    const command = parseCliArgs(argv);
    if (command.kind === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (command.kind === 'verify') return await verifySources(command.sources, io);
    if (command.kind === 'record') server = await startRecording(command.options, io);
    else {
      let replay: Replay | undefined;
      if (command.replayFolder !== undefined) {
        const loaded = await loadReplay(command.replayFolder, bundledSpec);
        replay = loaded.replay;
        io.out(`tmdb-mock: replaying ${loaded.replay.size} recorded requests from ${command.replayFolder}`);
        if (!loaded.report.ok) {
          io.error(`tmdb-mock: some captures contradict the spec (they are served anyway):`);
          for (const row of loaded.report.rows)
            io.error(
              `  ${row.operation} ${row.path}: spec says ${row.expected}, came ${row.actual} (${row.count}x, ${row.example})`,
            );
          for (const problem of loaded.report.problems) io.error(`  ${problem.source}: ${problem.message}`);
        }
      }
      server = await startMockServer(replay === undefined ? command.options : { ...command.options, replay });
      io.out(`tmdb-mock listening on ${server.url}`);
      if (!command.options.acceptAnyCredential) {
        io.out(
          `  bearer token: ${command.options.accessToken ?? MOCK_ACCESS_TOKEN}   api_key: ${command.options.apiKey ?? MOCK_API_KEY}`,
        );
      }
      io.out(`  login: ${DEMO_USER.username} / ${DEMO_USER.password}`);
    }
  } catch (error) {
    if (error instanceof CliUsageError || error instanceof MockOptionsError) {
      io.error(`tmdb-mock: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    const code = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
    io.error(`tmdb-mock: could not start${code}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const running = server;
  return new Promise<number>((resolve) => {
    const stop = () => {
      running.close().then(
        () => resolve(0),
        () => resolve(1),
      );
    };
    io.onSignal('SIGINT', stop);
    io.onSignal('SIGTERM', stop);
  });
}

/** Starts the recording proxy with the credential from the environment, reporting every request. */
async function startRecording(args: RecordArgs, io: CliIo): Promise<Recorder> {
  const accessToken = io.env?.TMDB_ACCESS_TOKEN;
  const apiKey = io.env?.TMDB_API_KEY;
  if (!accessToken && !apiKey)
    throw new CliUsageError('record needs your TMDB credential in TMDB_ACCESS_TOKEN (or TMDB_API_KEY)');
  const recorder = await startRecorder({
    upstream: args.upstream,
    out: args.out,
    port: args.port,
    ...(args.host === undefined ? {} : { host: args.host }),
    credential: accessToken ? { accessToken } : { apiKey: apiKey ?? '' },
    onRecord: ({ request, outcome }) => {
      if (outcome.kind === 'saved') io.out(`  saved ${request} -> ${outcome.status} ${outcome.file}`);
      else if (outcome.kind === 'not-json')
        io.error(
          `  not saved ${request}: the upstream answered ${outcome.status} with ${outcome.contentType}, not JSON`,
        );
      else io.error(`  not saved ${request}: ${outcome.message}`);
    },
  });
  io.out(`tmdb-mock recording ${args.upstream} into ${args.out}, listening on ${recorder.url}`);
  return recorder;
}

/** `tmdb-mock verify`: one report per source; 0 when all validate, 1 on any contradiction. */
async function verifySources(sources: readonly string[], io: CliIo): Promise<number> {
  const verifier = createVerifier(bundledSpec);
  let ok = true;
  for (const source of sources) {
    let loaded: Awaited<ReturnType<typeof loadSamples>>;
    try {
      loaded = await loadSamples(source);
    } catch (error) {
      io.error(
        `tmdb-mock verify: cannot read ${source}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return 2;
    }
    const report = buildReport(
      loaded.samples.map((sample) => verifier.verify(sample)),
      loaded.problems,
    );
    io.out(formatReport(report, source));
    ok &&= report.ok;
  }
  return ok ? 0 : 1;
}
