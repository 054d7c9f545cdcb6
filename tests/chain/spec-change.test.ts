import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, type RepoCopy } from './repo-copy.js';

// The promise of tmdb-kit: a change to openapi/ regenerates the types and typecheck fails wherever a
// consumer no longer matches. Proven with the project's own commands on a copy of the repo.
let copy: RepoCopy;
beforeAll(() => {
  copy = copyRepo();
});
afterAll(() => copy?.remove());

const movieDetails = () => join(copy.root, 'openapi/components/schemas/MovieDetails.yaml');
const editSpec = (edit: (yaml: string) => string) =>
  writeFileSync(movieDetails(), edit(readFileSync(movieDetails(), 'utf8')));
const generateAndTypecheck = () => {
  const generate = copy.run('pnpm', ['generate']);
  const typecheck = copy.run('pnpm', ['exec', 'turbo', 'run', 'typecheck', '--continue']);
  return { generate, typecheck };
};

describe('a spec change reaches every consumer', () => {
  it('typechecks as committed', () => {
    const { generate, typecheck } = generateAndTypecheck();
    expect(generate.status, generate.output).toBe(0);
    expect(typecheck.status, typecheck.output).toBe(0);
  });

  it('serves a repeated generate + typecheck entirely from the cache', () => {
    const { generate, typecheck } = generateAndTypecheck();
    for (const run of [generate, typecheck]) {
      expect(run.status, run.output).toBe(0);
      const [, cached, total] = /Cached:\s+(\d+) cached, (\d+) total/.exec(run.output) ?? [];
      expect(Number(total), run.output).toBeGreaterThan(0);
      expect(cached, run.output).toBe(total);
    }
  });

  it('fails typecheck in apps/demo when a field the demo reads is renamed', () => {
    // `tagline` is read by the demo's movie card; TMDB renaming it would break users the same way.
    editSpec((yaml) => yaml.replaceAll(/^( {2}(- )?)tagline(:?)$/gm, '$1tag_line$3'));
    expect(readFileSync(movieDetails(), 'utf8')).toContain('tag_line');
    const { generate, typecheck } = generateAndTypecheck();
    expect(generate.status, generate.output).toBe(0);
    expect(typecheck.status).not.toBe(0);
    const demoErrors = typecheck.output
      .split('\n')
      .filter((line) => line.startsWith('@tmdb-kit/demo:typecheck:') && /error TS\d+/.test(line));
    expect(demoErrors.join('\n'), typecheck.output).toMatch(/'tagline'/);
  });

  it('still typechecks after an additive change (a new optional field)', () => {
    editSpec((yaml) => yaml.replaceAll('tag_line', 'tagline'));
    editSpec((yaml) =>
      yaml.replace(
        /^properties:$/m,
        'properties:\n  streaming_hint:\n    type: string\n    description: A new optional field.',
      ),
    );
    const { generate, typecheck } = generateAndTypecheck();
    expect(generate.status, generate.output).toBe(0);
    expect(readFileSync(join(copy.root, 'packages/types/src/generated/tmdb.ts'), 'utf8')).toContain(
      'streaming_hint?: string',
    );
    expect(typecheck.status, typecheck.output).toBe(0);
  });

  it('fails typecheck wherever a renamed method is called (x-tmdb-method names the client methods)', () => {
    // The demo searches movies with `tmdb.search.movies(...)`; renaming the method in the spec must break it.
    const searchMovie = join(copy.root, 'openapi/paths/search/movie.yaml');
    const original = readFileSync(searchMovie, 'utf8');
    writeFileSync(
      searchMovie,
      original.replace('x-tmdb-method: search.movies', 'x-tmdb-method: search.films'),
    );
    try {
      const { generate, typecheck } = generateAndTypecheck();
      expect(generate.status, generate.output).toBe(0);
      expect(readFileSync(join(copy.root, 'packages/types/src/generated/operations.ts'), 'utf8')).toContain(
        "'search.films'",
      );
      expect(typecheck.status).not.toBe(0);
      const demoErrors = typecheck.output
        .split('\n')
        .filter((line) => line.startsWith('@tmdb-kit/demo:typecheck:') && /error TS\d+/.test(line));
      expect(demoErrors.join('\n'), typecheck.output).toMatch(/search-page\.tsx.*'movies'/);
    } finally {
      writeFileSync(searchMovie, original);
    }
  });

  it('reports every consumer a spec change breaks in one `pnpm typecheck` run', () => {
    // The client's image URLs, the mock's configuration handler and the demo's image base all use
    // `secure_base_url`: one rename must list all three, not stop at the first package that fails.
    const originals = new Map(
      ['openapi/components/schemas/ImageConfiguration.yaml', 'openapi/paths/configuration/details.yaml'].map(
        (file) => [join(copy.root, file), readFileSync(join(copy.root, file), 'utf8')] as const,
      ),
    );
    try {
      for (const [file, yaml] of originals) {
        writeFileSync(file, yaml.replaceAll('secure_base_url', 'secure_root_url'));
      }
      const generate = copy.run('pnpm', ['generate']);
      expect(generate.status, generate.output).toBe(0);
      const typecheck = copy.run('pnpm', ['typecheck']);
      expect(typecheck.status, typecheck.output).not.toBe(0);
      for (const name of ['@tmdb-kit/client', '@tmdb-kit/mock', '@tmdb-kit/demo']) {
        const ownErrors = typecheck.output
          .split('\n')
          .filter((line) => line.startsWith(`${name}:typecheck: src/`) && /error TS\d+/.test(line));
        expect(ownErrors.join('\n'), `${name} in:\n${typecheck.output}`).toMatch(/secure_base_url/);
        expect(typecheck.output).toMatch(new RegExp(`Failed:.*${name}#typecheck`));
      }
    } finally {
      for (const [file, yaml] of originals) writeFileSync(file, yaml);
    }
  });
});
