// `pnpm demo`: serves the built app with the offline mock (or, with TMDB_ACCESS_TOKEN, the real TMDB behind
// the proxy), prints the URL and runs until Ctrl-C.
import { join } from 'node:path';
import { DemoBuildMissingError } from './demo-server.js';
import { launchDemo } from './launch.js';
import { DemoOptionsError, parseServerOptions } from './options.js';

const publicDir = join(import.meta.dirname, '../public');

try {
  const options = parseServerOptions(process.argv.slice(2), process.env);
  const demo = await launchDemo(options, publicDir);
  console.log(
    demo.mode === 'mock'
      ? `offline: @tmdb-kit/mock at ${demo.upstreamUrl} (log in as "${demo.demoUsername}"; the login page shows the password)`
      : `online: proxying to ${demo.upstreamUrl} with TMDB_ACCESS_TOKEN (kept on this server)`,
  );
  console.log(`\n  tmdb-kit demo: ${demo.url}\n\n  Ctrl-C to stop`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    demo.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(explain(error));
  process.exitCode = error instanceof DemoOptionsError ? 2 : 1;
}

function explain(error: unknown): string {
  if (error instanceof DemoOptionsError || error instanceof DemoBuildMissingError) return error.message;
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    return 'that port is in use: pass --port <n> or set PORT (0 picks a free port)';
  }
  return `the demo could not start: ${error instanceof Error ? error.message : String(error)}`;
}
