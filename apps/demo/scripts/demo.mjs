// The main job (`pnpm demo`, after `turbo run build`): runs the built demo server, passing flags through
// (`pnpm demo --port 8080`). The server itself is TypeScript in ../server, built to ../dist/server.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const main = join(import.meta.dirname, '../dist/server/main.js');
if (existsSync(main)) {
  await import(main);
} else {
  console.error('the demo is not built: run `pnpm demo` from the repository root (or `pnpm build` first)');
  process.exitCode = 1;
}
