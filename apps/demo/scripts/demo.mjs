// The main job (`pnpm demo`): with TMDB_ACCESS_TOKEN set, run the demo against the real TMDB;
// otherwise start @tmdb-kit/mock on 127.0.0.1 and run it offline, logging in as the mock's demo user.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const cli = join(import.meta.dirname, '../dist/cli.js');

/** Runs the CLI in its own process, as a user's app would run; the mock stays up meanwhile. */
const runCli = (env) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit', env });
    child.on('exit', (code) => resolve(code ?? 1));
  });

if (process.env.TMDB_ACCESS_TOKEN) {
  process.exitCode = await runCli(process.env);
} else {
  const { startMockServer, DEMO_USER, MOCK_ACCESS_TOKEN } = await import('@tmdb-kit/mock');
  const mock = await startMockServer({ port: Number(process.env.TMDB_MOCK_PORT ?? 0) });
  console.log(`offline: @tmdb-kit/mock at ${mock.url} (demo user "${DEMO_USER.username}")\n`);
  try {
    process.exitCode = await runCli({
      ...process.env,
      TMDB_BASE_URL: mock.url,
      TMDB_ACCESS_TOKEN: MOCK_ACCESS_TOKEN,
      TMDB_USERNAME: DEMO_USER.username,
      TMDB_PASSWORD: DEMO_USER.password,
    });
  } finally {
    await mock.close();
  }
}
