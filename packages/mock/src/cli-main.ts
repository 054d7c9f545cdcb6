// What `tmdb-mock` does, with its process dependencies passed in so it can be tested without spawning.
import { CliUsageError, parseCliArgs, USAGE } from './cli-args.js';
import { MOCK_ACCESS_TOKEN, MOCK_API_KEY, MockOptionsError } from './engine/options.js';
import { type MockServer, startMockServer } from './server.js';
import { DEMO_USER } from './state/users.js';

export interface CliIo {
  readonly out: (line: string) => void;
  readonly error: (line: string) => void;
  /** Registers a handler for a termination signal (process.once in the real CLI). */
  readonly onSignal: (signal: 'SIGINT' | 'SIGTERM', handler: () => void) => void;
}

/** Runs the CLI; resolves with the exit code once the server has stopped (or failed to start). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let server: MockServer;
  try {
    const command = parseCliArgs(argv);
    if (command.kind === 'help') {
      io.out(USAGE);
      return 0;
    }
    server = await startMockServer(command.options);
    io.out(`tmdb-mock listening on ${server.url}`);
    if (!command.options.acceptAnyCredential) {
      io.out(
        `  bearer token: ${command.options.accessToken ?? MOCK_ACCESS_TOKEN}   api_key: ${command.options.apiKey ?? MOCK_API_KEY}`,
      );
    }
    io.out(`  login: ${DEMO_USER.username} / ${DEMO_USER.password}`);
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
