// @ts-check
// Measures what consumer files cost the compiler (`tsc --extendedDiagnostics` instantiations, check time)
// against @tmdb-kit/client's declarations, as a user's project sees them. Shared by the type-cost test
// (deterministic instantiation counts, asserted with headroom) and the benchmark (`pnpm bench`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const fixtures = import.meta.dirname;
const packageDir = resolve(fixtures, '../..');
const repoRoot = resolve(packageDir, '../..');
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');

/** @param {string[]} args @param {string} cwd */
function runTsc(args, cwd) {
  const result = spawnSync(process.execPath, [tsc, ...args], { cwd, encoding: 'utf8', timeout: 300_000 });
  return `${result.stdout}${result.stderr}`;
}

/**
 * Emits the declarations of @tmdb-kit/client and @tmdb-kit/types from their sources into a scratch
 * directory (inside the package, so `openapi-fetch` resolves from its node_modules) and returns a
 * `measure(fixture)` over consumer files. Call `remove()` when done.
 */
export function createTypeCostLab() {
  const cache = join(packageDir, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(join(cache, 'type-cost-'));
  writeFileSync(
    join(work, 'tsconfig.emit.json'),
    JSON.stringify({
      extends: join(repoRoot, 'tsconfig.base.json'),
      compilerOptions: {
        rootDir: join(repoRoot, 'packages'),
        outDir: join(work, 'out'),
        emitDeclarationOnly: true,
        declarationMap: false,
        sourceMap: false,
        types: [],
      },
      include: [join(packageDir, 'src'), join(repoRoot, 'packages/types/src')],
    }),
  );
  const emitted = runTsc(['-p', join(work, 'tsconfig.emit.json')], work);
  if (/error TS\d+/.test(emitted)) throw new Error(`declarations did not emit:\n${emitted}`);

  /**
   * A consumer project named `name` whose consumer.ts is `source`, resolving @tmdb-kit/* to the emitted
   * declarations (and anything else, tmdb-ts included, from the package's node_modules). Returns its folder.
   * @param {string} name @param {string} source
   */
  function project(name, source) {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'consumer.ts'), source);
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'es2022',
          lib: ['es2023', 'dom', 'dom.iterable'],
          module: 'nodenext',
          moduleResolution: 'nodenext',
          skipLibCheck: true,
          types: [],
          paths: {
            '@tmdb-kit/client': [join(work, 'out/client/src/index.d.ts')],
            '@tmdb-kit/types': [join(work, 'out/types/src/index.d.ts')],
          },
        },
        files: ['consumer.ts'],
      }),
    );
    return dir;
  }

  /** @param {string} fixture a file in bench/type-cost (`methods.ts.txt`) */
  function measure(fixture) {
    const dir = project(fixture.replace(/\W/g, '-'), readFileSync(join(fixtures, fixture), 'utf8'));
    const output = runTsc(['-p', dir, '--extendedDiagnostics'], dir);
    const read = (/** @type {string} */ label) =>
      Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(output)?.[1] ?? Number.NaN);
    return {
      instantiations: read('Instantiations'),
      checkTime: read('Check time'),
      errors: output.match(/error TS\d+.*$/gm) ?? [],
    };
  }

  return { measure, project, remove: () => rmSync(work, { recursive: true, force: true }) };
}
