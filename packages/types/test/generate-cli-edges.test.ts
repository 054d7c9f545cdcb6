import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGenerationSandbox, type GenerationSandbox } from './sandbox.js';

// The generator's command line at its edges: what a user sees on stderr/stdout, the exit code, which files
// are left on disk, and watch mode. Each run is a child process (`node scripts/generate.mjs`) in a sandbox.
let sandbox: GenerationSandbox;
const cleanups: (() => void)[] = [];
beforeEach(() => {
  sandbox = createGenerationSandbox();
});
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  sandbox.remove();
});

const FAILED = '@tmdb-kit/types: generation failed, previous output left untouched.\n';
const GENERATED =
  'generated packages/types/src/generated/tmdb.ts, packages/types/src/generated/api-facts.ts and packages/types/openapi.json from openapi/\n';

const outputFiles = [
  'openapi.json',
  'src/generated/tmdb.ts',
  'src/generated/api-facts.ts',
  'src/generated/operations.ts',
];
const outputs = () => outputFiles.map((file) => readFileSync(join(sandbox.packageDir, file), 'utf8'));
const leftovers = () =>
  [sandbox.packageDir, join(sandbox.packageDir, 'src/generated')].flatMap((dir) =>
    readdirSync(dir).filter((name) => name.endsWith('.tmp')),
  );

function runGenerator(env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/generate.mjs'], {
    cwd: sandbox.packageDir,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const specFile = (file: string) => join(sandbox.root, 'openapi', file);
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(specFile(file), change(readFileSync(specFile(file), 'utf8')));
const BROKEN_YAML = 'openapi: 3.1.0\n  info: [x\n';

// Each case runs the generator in a child process: seconds when idle, far more on a loaded 2-core CI machine.
const SLOW = { timeout: 150_000 };

describe('generate: the root document', SLOW, () => {
  it('names a missing, a folder or an unparsable root document once and keeps the last good output', () => {
    const before = outputs();
    const root = specFile('openapi.yaml');
    const rootText = readFileSync(root, 'utf8');

    rmSync(root);
    expect(runGenerator()).toEqual({
      status: 1,
      stdout: '',
      stderr: `${FAILED}openapi/openapi.yaml: the spec's root document is missing\n`,
    });

    mkdirSync(root);
    expect(runGenerator()).toEqual({
      status: 1,
      stdout: '',
      stderr: `${FAILED}Expected a file but received a folder at openapi/openapi.yaml.\n`,
    });
    rmSync(root, { recursive: true });

    writeFileSync(root, BROKEN_YAML);
    expect(runGenerator()).toEqual({
      status: 1,
      stdout: '',
      stderr: `${FAILED}bad indentation of a mapping entry in "openapi/openapi.yaml" (2:7)\n`,
    });

    // A spec outside the repository (TMDB_KIT_SPEC_DIR): the parser names the file by its absolute path,
    // so the message is prefixed with the path the user knows it by.
    const outside = mkdtempSync(join(tmpdir(), 'tmdb-kit-spec-'));
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
    writeFileSync(join(outside, 'openapi.yaml'), BROKEN_YAML);
    const shown = join('..', outside.slice(outside.lastIndexOf('/') + 1), 'openapi.yaml');
    expect(join(sandbox.root, shown)).toBe(join(outside, 'openapi.yaml'));
    expect(runGenerator({ TMDB_KIT_SPEC_DIR: outside })).toEqual({
      status: 1,
      stdout: '',
      stderr: `${FAILED}${shown}: bad indentation of a mapping entry in "${outside}/openapi.yaml" (2:7)\n`,
    });

    writeFileSync(root, rootText);
    expect(outputs()).toEqual(before);
  });
});

describe('generate: failures while rendering and writing', SLOW, () => {
  it('lists the first 20 bundling problems and counts the rest', () => {
    const before = outputs();
    let refs = 0;
    edit('openapi.yaml', (text) =>
      text.replace(/\$ref: paths\//g, () => {
        refs += 1;
        return '$ref: nowhere/';
      }),
    );
    expect(refs).toBeGreaterThan(20);
    const { status, stdout, stderr } = runGenerator();
    expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
    const lines = stderr.split('\n');
    expect(lines.slice(0, 2)).toEqual([FAILED.trimEnd(), 'the spec does not bundle:']);
    expect(lines.slice(2, 22)).toEqual(
      Array.from({ length: 20 }, () =>
        expect.stringMatching(/^ {2}openapi\/openapi\.yaml \(#\/paths\/.+\): Can't resolve \$ref/),
      ),
    );
    expect(lines.slice(22)).toEqual([`  ... and ${refs - 20} more`, '']);
    expect(outputs()).toEqual(before);
  });

  it('lists 20 problems or fewer in full, each missing file named by its path in the repository', () => {
    const rootText = readFileSync(specFile('openapi.yaml'), 'utf8');
    /** Points the first `count` path references of the root document at a folder that does not exist. */
    const breakRefs = (count: number) => {
      let seen = 0;
      writeFileSync(
        specFile('openapi.yaml'),
        rootText.replace(/\$ref: paths\//g, (ref) => {
          seen += 1;
          return seen <= count ? '$ref: nowhere/' : ref;
        }),
      );
    };

    breakRefs(2);
    expect(runGenerator()).toEqual({
      status: 1,
      stdout: '',
      stderr:
        `${FAILED}the spec does not bundle:\n` +
        "  openapi/openapi.yaml (#/paths/~13~1authentication): Can't resolve $ref: ENOENT: no such file or directory 'openapi/nowhere/authentication/validate-key.yaml'\n" +
        "  openapi/openapi.yaml (#/paths/~13~1authentication~1token~1new): Can't resolve $ref: ENOENT: no such file or directory 'openapi/nowhere/authentication/token-new.yaml'\n",
    });

    breakRefs(20);
    const { stderr } = runGenerator();
    const lines = stderr.split('\n');
    expect(lines).toHaveLength(2 + 20 + 1);
    expect(lines.slice(2, 22)).toEqual(
      Array.from({ length: 20 }, () =>
        expect.stringMatching(
          /^ {2}openapi\/openapi\.yaml \(#\/paths\/.+\): Can't resolve \$ref: .* 'openapi\/nowhere\//,
        ),
      ),
    );
    expect(lines.at(-1)).toBe('');
  });

  it('reports an unusable operation method name as a spec failure', () => {
    const before = outputs();
    edit('paths/genres/movie.yaml', (text) =>
      text.replace('x-tmdb-method: genres.movies', 'x-tmdb-method: genres.tvSeries'),
    );
    const { status, stdout, stderr } = runGenerator();
    expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
    expect(stderr).toMatch(
      new RegExp(
        `^${FAILED.replaceAll('.', '\\.')}operation method names are not usable:\n {2}openapi/paths/genres/`,
      ),
    );
    expect(stderr).toContain('genres.tvSeries');
    expect(outputs()).toEqual(before);
  });

  it('reports a Biome failure with what Biome said, writing nothing', () => {
    const before = outputs();
    writeFileSync(join(sandbox.root, 'biome.json'), '{ "formatter": ');
    const { status, stdout, stderr } = runGenerator();
    expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
    expect(stderr).toMatch(/^Error: biome could not format the generated types:\n.*biome\.json/);
    expect(stderr).toContain('Biome exited because the configuration resulted in errors');
    expect(stderr).not.toContain('previous output left untouched');
    expect(outputs()).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('fails when an output cannot be replaced, leaving no temporary file behind', () => {
    const types = join(sandbox.packageDir, 'src/generated/tmdb.ts');
    rmSync(types);
    mkdirSync(types);
    const { status, stdout, stderr } = runGenerator();
    expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
    expect(stderr).toMatch(
      /EISDIR: illegal operation on a directory, rename '.*tmdb\.ts\.\d+\.tmp' -> '.*tmdb\.ts'/,
    );
    expect(leftovers()).toEqual([]);
    expect(readdirSync(types)).toEqual([]);
  });

  it('says what it generated, and a default does not make a property required', () => {
    edit('components/schemas/Genre.yaml', (text) =>
      text.replace(/^properties:$/m, 'properties:\n  slug:\n    type: string\n    default: science-fiction'),
    );
    expect(runGenerator()).toEqual({ status: 0, stdout: GENERATED, stderr: '' });
    expect(outputs()[1]).toMatch(/Genre: \{[^}]*slug\?: string;/);
    expect(leftovers()).toEqual([]);
  });
});

describe('generate --watch', SLOW, () => {
  it('regenerates after a save anywhere under openapi/, and reports a broken save without stopping', async () => {
    const child: ChildProcess = spawn(process.execPath, ['scripts/generate.mjs', '--watch'], {
      cwd: sandbox.packageDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanups.push(() => child.kill('SIGKILL'));
    let stdout = '';
    let stderr = '';
    let exited = false;
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('exit', () => {
      exited = true;
    });
    const until = async (what: string, ready: () => boolean, ms = 60_000) => {
      const deadline = Date.now() + ms;
      while (!ready()) {
        if (exited) throw new Error(`the watcher exited while waiting for ${what}:\n${stdout}\n${stderr}`);
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${stdout}\n${stderr}`);
        await new Promise((done) => setTimeout(done, 100));
      }
    };
    const types = () => readFileSync(join(sandbox.packageDir, 'src/generated/tmdb.ts'), 'utf8');

    await until('the first run', () => stdout.includes('watching'));
    expect(stdout).toBe(`${GENERATED}watching openapi/ for changes\n`);

    // A schema in a sub-folder: the watch is recursive.
    edit('components/schemas/Genre.yaml', (text) =>
      text.replace(/^properties:$/m, 'properties:\n  slug:\n    type: string'),
    );
    await until('the regeneration', () => stdout.split(GENERATED).length >= 3);
    expect(types()).toMatch(/Genre: \{[^}]*slug\?: string;/);

    const root = specFile('openapi.yaml');
    const rootText = readFileSync(root, 'utf8');
    writeFileSync(root, BROKEN_YAML);
    await until('the failure report', () => stderr.includes('bad indentation'));
    expect(stderr).toBe(`${FAILED}bad indentation of a mapping entry in "openapi/openapi.yaml" (2:7)\n`);
    expect(exited).toBe(false);

    writeFileSync(root, rootText);
    edit('components/schemas/Genre.yaml', (text) => text.replace('  slug:\n    type: string\n', ''));
    await until('the regeneration after the fix', () => stdout.split(GENERATED).length >= 4);
    await until('the output without the slug', () => !types().includes('slug?: string'), 10_000);
    expect(stdout.startsWith(`${GENERATED}watching openapi/ for changes\n${GENERATED}`)).toBe(true);
  });
});
