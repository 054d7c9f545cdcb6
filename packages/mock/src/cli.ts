#!/usr/bin/env node
// `tmdb-mock`: runs the fake TMDB until interrupted.
import { CliUsageError, parseCliArgs, USAGE } from './cli-args.js';
import { MOCK_ACCESS_TOKEN, MOCK_API_KEY, MockOptionsError } from './options.js';
import { startMockServer } from './server.js';
import { DEMO_USER } from './state/users.js';

async function main(argv: readonly string[]): Promise<void> {
  const command = parseCliArgs(argv);
  if (command.kind === 'help') {
    console.log(USAGE);
    return;
  }
  const server = await startMockServer(command.options);
  const { options } = command;
  console.log(`tmdb-mock listening on ${server.url}`);
  if (!options.acceptAnyCredential) {
    console.log(
      `  bearer token: ${options.accessToken ?? MOCK_ACCESS_TOKEN}   api_key: ${options.apiKey ?? MOCK_API_KEY}`,
    );
  }
  console.log(`  login: ${DEMO_USER.username} / ${DEMO_USER.password}`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliUsageError || error instanceof MockOptionsError) {
    console.error(`tmdb-mock: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  console.error(
    `tmdb-mock: could not start${code ? ` (${code})` : ''}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
