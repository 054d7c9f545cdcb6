// `pnpm bench`: runs every benchmark (packages/*/bench, apps/*/bench, scripts/*/bench), one after another so they do
// not compete for the machine's cores. Each benchmark prints its figures side by side with its baseline.
// Each runs with its own defaults; settings come from the environment (for example
// `TMDB_UPSTREAM_SPEC=path/to/tmdb-openapi.json pnpm bench` adds TMDB's spec as the types' baseline).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const benches = ['packages', 'apps', 'scripts'].flatMap((group) =>
  readdirSync(join(root, group), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap(({ name }) => {
      const dir = join(root, group, name, 'bench');
      return existsSync(dir)
        ? readdirSync(dir)
            .filter((file) => file.endsWith('.mjs'))
            .map((file) => join(group, name, 'bench', file))
        : [];
    }),
);

let failed = 0;
for (const bench of benches) {
  console.log(`\n▶ ${bench}`);
  const result = spawnSync(process.execPath, [join(root, bench)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
