import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGenerationSandbox, type GenerationSandbox } from './sandbox.js';

// These run the real generator (`node scripts/generate.mjs`) against a copy of the spec.
let sandbox: GenerationSandbox;
beforeEach(() => {
  sandbox = createGenerationSandbox();
});
afterEach(() => sandbox.remove());

const outputs = () => ({
  types: readFileSync(join(sandbox.packageDir, 'src/generated/tmdb.ts'), 'utf8'),
  bundle: readFileSync(join(sandbox.packageDir, 'openapi.json'), 'utf8'),
});

function runGenerator(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/generate.mjs', ...args], {
    cwd: sandbox.packageDir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const genrePath = () => join(sandbox.root, 'openapi/components/schemas/Genre.yaml');
/** Adds an optional `slug` property to the Genre schema of the sandbox's spec. */
const addOptionalGenreSlug = () =>
  writeFileSync(
    genrePath(),
    readFileSync(genrePath(), 'utf8').replace(/^properties:$/m, 'properties:\n  slug:\n    type: string'),
  );

// Each case runs the generator in a child process: seconds when idle, far more on a loaded 2-core CI machine.
const SLOW = { timeout: 150_000 };

describe('generate', SLOW, () => {
  it('regenerates identical output from an unchanged spec', () => {
    const before = outputs();
    expect(runGenerator().status).toBe(0);
    expect(outputs()).toEqual(before);
  });

  it('reflects a spec change in the generated types', () => {
    addOptionalGenreSlug();
    expect(runGenerator().status).toBe(0);
    expect(outputs().types).toMatch(/Genre: \{[^}]*slug\?: string;/);
  });

  const broken = [
    {
      name: 'invalid YAML',
      file: 'openapi/components/schemas/Genre.yaml',
      breakIt: (path: string) => writeFileSync(path, 'type: object\n  required: [id\nproperties: {\n'),
      reason: /Failed to parse|bad indentation|unexpected end/i,
    },
    {
      name: 'a dangling $ref',
      file: 'openapi/paths/authentication/token-new.yaml',
      breakIt: (path: string) =>
        writeFileSync(
          path,
          readFileSync(path, 'utf8').replace('schemas/RequestToken.yaml', 'schemas/NoSuchSchema.yaml'),
        ),
      reason: /Can't resolve \$ref|NoSuchSchema/,
    },
  ];

  it.each(broken)(
    'fails on $name, naming the file and reason, and keeps the last good output',
    ({ file, breakIt, reason }) => {
      const before = outputs();
      breakIt(join(sandbox.root, file));
      const { status, output } = runGenerator();
      expect(status).not.toBe(0);
      expect(output).toContain(file.replace('openapi/', ''));
      expect(output).toMatch(reason);
      expect(output).toContain('previous output left untouched');
      expect(outputs()).toEqual(before);
    },
  );
});

describe('check:generated (drift check)', SLOW, () => {
  it('passes when the committed output matches the spec', () => {
    expect(runGenerator('--check')).toEqual({ status: 0, output: 'generated files match openapi/\n\n' });
  });

  it('fails without rewriting anything when the spec changed but the output was not regenerated', () => {
    const before = outputs();
    addOptionalGenreSlug();
    const { status, output } = runGenerator('--check');
    expect(status).toBe(1);
    // Every stale file named, from the repository's root, and what to do about it.
    expect(output).toBe(
      '\ngenerated files are out of date with openapi/: packages/types/openapi.json, packages/types/src/generated/tmdb.ts\n' +
        'run `pnpm generate` and commit the result.\n',
    );
    expect(outputs()).toEqual(before);
  });

  it('fails when only the committed bundled spec differs (one example value), naming that file', () => {
    const bundlePath = join(sandbox.packageDir, 'openapi.json');
    const committed = readFileSync(bundlePath, 'utf8');
    // Examples never reach the types, so this changes the bundle alone: what validators and the mock read.
    const edited = committed.replace('"status_message": "Success."', '"status_message": "Edited."');
    expect(edited).not.toBe(committed);
    writeFileSync(bundlePath, edited);

    const { status, output } = runGenerator('--check');
    expect(status).toBe(1);
    expect(output).toMatch(/out of date with openapi\/: packages\/types\/openapi\.json\n/);
    expect(readFileSync(bundlePath, 'utf8')).toBe(edited);
  });

  it('fails when the generated file was edited by hand', () => {
    appendFileSync(join(sandbox.packageDir, 'src/generated/tmdb.ts'), '\nexport type HandEdited = true;\n');
    expect(runGenerator('--check').status).toBe(1);
  });
});
