// The command line's options and its error messages, downloads through an injected fetch, and documents
// or rule files it refuses.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OURS, EXIT, runCli } from '../../scripts/spec-diff/src/cli.js';
import { runCollected, temporaryFolder } from './files.js';
import { baseSpec, getWith, spec } from './specs.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const folder = temporaryFolder('spec-diff-options-');
const write = folder.write;
const run = runCollected;
let oursFile: string;
let noRules: string;

beforeAll(async () => {
  oursFile = await write(baseSpec());
  noRules = await write({ differences: [] });
});

const againstOurs = (...argv: string[]) => [
  '--against-ours',
  '--ours',
  oursFile,
  '--deliberate',
  noRules,
  ...argv,
];

describe('options', () => {
  it('prints the usage and exits 0 on --help or -h', async () => {
    for (const help of ['--help', '-h']) {
      const result = await run([help]);
      expect(result.code).toBe(EXIT.same);
      expect(result.stdout).toMatch(/^Usage:\n {2}pnpm spec:diff \[--baseline <file>\]/);
      expect(result.stderr).toBe('');
    }
  });

  it.each([
    [
      ['--update-baseline', '--against-ours', 'a.json'],
      '--update-baseline and --against-ours are two different modes; give one',
    ],
    [['--ours', 'o.json', 'a.json'], '--ours and --deliberate go with --against-ours'],
    [['--deliberate', 'd.json', 'a.json'], '--ours and --deliberate go with --against-ours'],
    [
      ['--update-baseline', '--deliberate', 'd.json', 'a.json'],
      '--ours and --deliberate go with --against-ours',
    ],
    [['--against-ours', '--baseline', 'b.json', 'a.json'], '--baseline does not go with --against-ours'],
    [['--update-baseline', '--json', 'a.json'], '--json does not go with --update-baseline'],
    [[], 'give the TMDB spec to compare (a file or an http(s) URL)'],
    [['a.json', 'b.json', 'c.json'], 'one TMDB spec at a time, not 3'],
    [['--timeout', '0', 'a.json'], '--timeout takes a positive number of ms'],
    [['--timeout=-5', 'a.json'], '--timeout takes a positive number of ms'],
    [['--timeout', '1.5', 'a.json'], '--timeout takes a positive number of ms'],
    [['--timeout', 'soon', 'a.json'], '--timeout takes a positive number of ms'],
  ])('refuses %j: %s', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(EXIT.error);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      new RegExp(`^spec:diff: ${message.replace(/[()[\]]/g, '\\$&')}\\n\\nUsage:\\n`),
    );
  });

  it('compares with packages/types/openapi.json when --ours is not given', async () => {
    expect(DEFAULT_OURS).toBe(join(repoRoot, 'packages/types/openapi.json'));
    const theirs = await write(spec({ '/3/not-in-our-spec': getWith([]) }));
    const result = await run(['--against-ours', '--deliberate', noRules, theirs]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT.differences);
    expect(result.stdout).toContain(
      'Upstream has 1 operation we do not describe:\n  + GET /3/not-in-our-spec\n',
    );
  });

  it('does not disguise a failure of its own as a problem with the documents', async () => {
    const theirs = await write(baseSpec());
    await expect(
      runCli(againstOurs(theirs), {
        stdout: () => {
          throw new Error('stdout is closed');
        },
        stderr: () => undefined,
      }),
    ).rejects.toThrow('stdout is closed');
  });
});

describe('downloads', () => {
  const url = 'https://tmdb.test/openapi.json?api_key=s3cret';

  it('go through the fetch it is given, asking for JSON', async () => {
    const seen: { url: string; accept: string | null }[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      seen.push({ url: String(input), accept: new Headers(init?.headers).get('accept') });
      return new Response(JSON.stringify(baseSpec()));
    };
    const result = await run(againstOurs(url), { fetch });
    expect(result).toEqual({
      code: EXIT.same,
      stdout: 'No differences: all 2 operations match upstream.\n',
      stderr: '',
    });
    expect(seen).toEqual([{ url, accept: 'application/json' }]);
  });

  it.each([
    ['an error', new Error('boom'), 'boom'],
    [
      'an error with a cause, the key hidden',
      new TypeError('fetch failed', { cause: new Error(`getaddrinfo ENOTFOUND for ${url}`) }),
      'getaddrinfo ENOTFOUND for https://tmdb.test/openapi.json?api_key=***',
    ],
    ['something that is not an error', 'offline', 'network error'],
  ])('report a fetch that fails with %s', async (_what, failure, reason) => {
    const fetch: typeof globalThis.fetch = () => Promise.reject(failure);
    expect(await run(againstOurs(url), { fetch })).toEqual({
      code: EXIT.error,
      stdout: '',
      stderr: `spec:diff: https://tmdb.test/openapi.json?api_key=***: cannot download the spec (${reason})\n`,
    });
  });

  it('report an HTTP error without a body or status text, and hide credentials in the URL', async () => {
    const fetch: typeof globalThis.fetch = async () => new Response(null, { status: 404 });
    expect(await run(againstOurs('https://me:pw@tmdb.test/spec.json'), { fetch })).toEqual({
      code: EXIT.error,
      stdout: '',
      stderr: 'spec:diff: https://***:***@tmdb.test/spec.json: the server answered 404\n',
    });
    const onlyUser: typeof globalThis.fetch = async () =>
      new Response('nope', { status: 503, statusText: 'Service Unavailable' });
    expect((await run(againstOurs('https://me@tmdb.test/spec.json'), { fetch: onlyUser })).stderr).toBe(
      'spec:diff: https://***@tmdb.test/spec.json: the server answered 503 Service Unavailable\n',
    );
  });

  it('report a URL that does not parse as it was given', async () => {
    const fetch: typeof globalThis.fetch = (input) =>
      Promise.reject(new TypeError(`Invalid URL: ${String(input)}`));
    expect((await run(againstOurs('http://[oops/spec.json'), { fetch })).stderr).toBe(
      'spec:diff: http://[oops/spec.json: cannot download the spec (Invalid URL: http://[oops/spec.json)\n',
    );
  });

  it('only for sources that start with http(s)://; a file path containing it is a file', async () => {
    await mkdir(join(folder.path, 'https:'));
    await writeFile(join(folder.path, 'https:', 'spec.json'), JSON.stringify(baseSpec()));
    const fetch: typeof globalThis.fetch = () => Promise.reject(new Error('no downloads here'));
    expect(await run(againstOurs(`${folder.path}/https://spec.json`), { fetch })).toEqual({
      code: EXIT.same,
      stdout: 'No differences: all 2 operations match upstream.\n',
      stderr: '',
    });
  });
});

describe('documents that are not what they claim', () => {
  it.each([
    [{ openapi: '2.0', paths: {} }, 'not an OpenAPI 3 document (no "openapi": "3.x" field)'],
    [{ paths: {} }, 'not an OpenAPI 3 document (no "openapi": "3.x" field)'],
    [{ swagger: '2.0', paths: {} }, 'not an OpenAPI 3 document (Swagger 2.0)'],
    [{ openapi: '3.0.3' }, 'the document has no "paths" object'],
  ])('refuses %j', async (document, reason) => {
    const theirs = await write(document);
    expect(await run(againstOurs(theirs))).toEqual({
      code: EXIT.error,
      stdout: '',
      stderr: `spec:diff: ${theirs}: ${reason}\n`,
    });
  });

  it('reports a $ref that does not resolve as a problem of the document', async () => {
    const theirs = await write(spec({ '/3/a': getWith([{ $ref: '#/components/parameters/nope' }]) }));
    expect(await run(againstOurs(theirs))).toEqual({
      code: EXIT.error,
      stdout: '',
      stderr: 'spec:diff: $ref "#/components/parameters/nope" does not resolve\n',
    });
  });
});

describe('deliberate differences files', () => {
  const withRules = async (content: unknown) => {
    const file = await write(content);
    const result = await run(['--against-ours', '--ours', oursFile, '--deliberate', file, oursFile]);
    return { file, ...result };
  };

  it('that cannot be read or parsed are an error naming the file', async () => {
    const missing = join(folder.path, 'no-rules-here.json');
    const gone = await run(['--against-ours', '--ours', oursFile, '--deliberate', missing, oursFile]);
    expect(gone.code).toBe(EXIT.error);
    expect(gone.stderr).toMatch(
      new RegExp(`^spec:diff: ${missing}: cannot read the deliberate differences \\(Error: ENOENT`),
    );
    const broken = await withRules('{"differences": [');
    expect(broken.stderr).toMatch(
      new RegExp(`^spec:diff: ${broken.file}: cannot read the deliberate differences \\(SyntaxError`),
    );
  });

  it('without a list of differences are an error', async () => {
    for (const content of [{}, { differences: {} }, '[]']) {
      const result = await withRules(content);
      expect(result).toMatchObject({
        code: EXIT.error,
        stderr: `spec:diff: ${result.file}: expected {"differences": [...]}\n`,
      });
    }
  });

  it.each([
    [5, 'not an object'],
    [{ rule: '', reason: 'r', match: { aspect: 'format' } }, 'needs a "rule"'],
    [{ rule: 5, reason: 'r', match: { aspect: 'format' } }, 'needs a "rule"'],
    [{ rule: 'x', reason: '', match: { aspect: 'format' } }, '"x" needs a "reason"'],
    [{ rule: 'x', reason: 5, match: { aspect: 'format' } }, '"x" needs a "reason"'],
    [{ rule: 'x', reason: 'r', match: { operation: 5 } }, '"x": operation must be a string'],
    [{ rule: 'x', reason: 'r', match: { location: null } }, '"x": location must be a string'],
    [
      { rule: 'x', reason: 'r', match: { difference: 'changed' } },
      '"x": difference must be one of operation-added, operation-removed, operation-changed, parameter-added, ' +
        'parameter-removed, parameter-renamed, parameter-changed',
    ],
    [{ rule: 'x', reason: 'r', match: { parameter: '[' } }, '"x": parameter is not a regular expression'],
  ])('refuses the rule %j', async (rule, reason) => {
    const result = await withRules({
      differences: [{ rule: 'fine', reason: 'r', match: { aspect: 'format' } }, rule],
    });
    expect(result).toEqual({
      file: result.file,
      code: EXIT.error,
      stdout: '',
      stderr: `spec:diff: ${result.file}: difference #2: ${reason}\n`,
    });
  });

  it('compare location and aspect as written, not as patterns', async () => {
    const result = await withRules({
      differences: [{ rule: 'literal', reason: 'r', match: { location: '(query', aspect: '[type' } }],
    });
    expect(result).toMatchObject({ code: EXIT.same, stderr: '' });
    expect(result.stdout).toContain('matched nothing (remove them if what they excused is gone): "literal".');
  });
});
