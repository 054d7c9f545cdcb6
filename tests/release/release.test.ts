// The release path, rehearsed end to end against a real (local, throwaway) registry:
// clone HEAD → install → build → `changeset version` → `changeset publish` to verdaccio → an outside
// project installs the packages with npm, compiles against them (nodenext and bundler) and runs them.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runCommand } from '../support/run-command.js';
import { repoRoot } from '../support/workspace.js';
import {
  fetchPackument,
  fetchTarball,
  type LocalRegistry,
  startLocalRegistry,
} from './support/local-registry.js';
import { readTarball, type TarEntry } from './support/tarball.js';
import {
  bump,
  PUBLISHED_NAMES,
  type PublishedName,
  prepareWorkspaceCopy,
  readVersion,
} from './support/workspace-copy.js';

const REHEARSAL_SUMMARY = 'Release rehearsal by tests/release.';
/** Ranges that only mean something inside this workspace and must be rewritten on publish. */
const LOCAL_RANGE = /^(workspace|link|file|catalog|portal):/;
/** Files that have no business in a published package. */
const FORBIDDEN_FILES: readonly [RegExp, string][] = [
  [/(^|\/)test(s)?\//, 'a test folder'],
  [/\.test(-d)?\.[cm]?[jt]sx?$/, 'a test file'],
  [/\.map$/, 'a source map'],
  [/^src\//, 'TypeScript sources'],
  [/^openapi\//, 'the spec folder'],
  [/(^|\/)\.(env|npmrc)/, 'an env or npmrc file'],
  [/(^|\/)(tsconfig[^/]*|vitest\.config\.[cm]?[jt]s|turbo\.json)$/, 'build configuration'],
  [/(^|\/)(node_modules|\.turbo|\.test-results)\//, 'a tool folder'],
];

let workRoot: string;
let registry: LocalRegistry;
let workspace: string;
let installEnv: NodeJS.ProcessEnv;
let publishEnv: NodeJS.ProcessEnv;
const released = new Map<PublishedName, string>();
const tarballs = new Map<PublishedName, TarEntry[]>();

beforeAll(async () => {
  workRoot = await mkdtemp(join(tmpdir(), 'tmdb-kit-release-'));
  registry = await startLocalRegistry(join(workRoot, 'registry'));
  installEnv = cleanEnv();
  // The registry comes from the environment and the temp workspace's .npmrc, never from package.json.
  // changesets asks `npm info` (npm reads npm_config_registry) but publishes with pnpm, and pnpm 12 reads
  // only pnpm_config_* and .npmrc: each tool gets it its own way, so nothing can reach the public registry.
  publishEnv = cleanEnv({ npm_config_registry: registry.url, pnpm_config_registry: registry.url });
  workspace = join(workRoot, 'workspace');
  await prepareWorkspaceCopy(workspace, installEnv);
  await writeFile(join(workspace, '.npmrc'), `registry=${registry.url}\n${registry.authLine}\n`, {
    flag: 'a',
  });
});

afterAll(async () => {
  await registry?.close();
  if (workRoot) await rm(workRoot, { recursive: true, force: true });
});

const changeset = (args: string[]) =>
  runCommand('pnpm', ['exec', 'changeset', ...args], { cwd: workspace, env: publishEnv });

describe('release rehearsal', () => {
  it("accepts the project's pending changesets, with types and client released in step", async () => {
    const planFile = join(workRoot, 'plan.json');
    await changeset(['status', `--output=${planFile}`]);
    const plan: { releases: { name: string; type: string; newVersion: string }[] } = JSON.parse(
      await readFile(planFile, 'utf8'),
    );
    const release = (name: string) => plan.releases.find((entry) => entry.name === name);
    expect(release('@tmdb-kit/demo')?.type ?? 'none').toBe('none');
    expect(release('@tmdb-kit/types')?.newVersion).toBe(release('@tmdb-kit/client')?.newVersion);
  });

  it('`changeset version` moves types and client together and mock on its own', async () => {
    const before = {
      types: await readVersion(workspace, '@tmdb-kit/types'),
      client: await readVersion(workspace, '@tmdb-kit/client'),
      mock: await readVersion(workspace, '@tmdb-kit/mock'),
      demo: await readVersion(workspace, '@tmdb-kit/demo'),
    };
    // Replace the project's changesets with one whose outcome is known: a minor for the client only and
    // a patch for the mock. The fixed group must carry the types along; the mock must not follow them.
    const changesetDir = join(workspace, '.changeset');
    for (const file of await readdir(changesetDir)) {
      if (file.endsWith('.md') && file !== 'README.md') await rm(join(changesetDir, file));
    }
    await writeFile(
      join(changesetDir, 'release-rehearsal.md'),
      `---\n"@tmdb-kit/client": minor\n"@tmdb-kit/mock": patch\n---\n\n${REHEARSAL_SUMMARY}\n`,
    );

    await changeset(['version']);

    const groupVersion = bump(highest(before.types, before.client), 'minor');
    for (const name of PUBLISHED_NAMES) released.set(name, await readVersion(workspace, name));
    expect(Object.fromEntries(released)).toEqual({
      '@tmdb-kit/types': groupVersion,
      '@tmdb-kit/client': groupVersion,
      '@tmdb-kit/mock': bump(before.mock, 'patch'),
    });
    expect(await readVersion(workspace, '@tmdb-kit/demo')).toBe(before.demo);
    const changelog = (folder: string) => readFile(join(workspace, folder, 'CHANGELOG.md'), 'utf8');
    expect(await changelog('packages/client')).toContain(REHEARSAL_SUMMARY);
    expect(await changelog('packages/mock')).toContain(REHEARSAL_SUMMARY);
    expect(await changelog('packages/types')).toContain(`## ${groupVersion}`);
  });

  it('`changeset publish` puts exactly the three packages on the registry', async () => {
    await changeset(['publish']);

    for (const name of PUBLISHED_NAMES) {
      const packument = await fetchPackument(registry.url, name);
      expect(packument?.['dist-tags'].latest, name).toBe(released.get(name));
    }
    expect(await fetchPackument(registry.url, '@tmdb-kit/demo')).toBeUndefined();
  });

  it('publishes manifests without workspace ranges, pinning internal dependencies to the release', async () => {
    for (const name of PUBLISHED_NAMES) {
      const version = released.get(name) ?? '';
      const published = (await fetchPackument(registry.url, name))?.versions[version];
      expect(published, name).toBeDefined();
      const entries = readTarball(await fetchTarball(published?.dist.tarball ?? ''));
      tarballs.set(name, entries);
      const packed: Record<string, unknown> = JSON.parse(
        entries.find((entry) => entry.path === 'package.json')?.content.toString('utf8') ?? '{}',
      );
      for (const manifest of [published, packed]) {
        const ranges = dependencyRanges(manifest);
        expect(
          ranges.filter(([, range]) => LOCAL_RANGE.test(range)),
          `${name}: local ranges`,
        ).toEqual([]);
        for (const [dependency, range] of ranges) {
          const internal = PUBLISHED_NAMES.find((candidate) => candidate === dependency);
          if (internal) expect(range, `${name} → ${dependency}`).toBe(released.get(internal));
        }
      }
    }
    expect(
      dependencyRanges(
        (await fetchPackument(registry.url, '@tmdb-kit/client'))?.versions[
          released.get('@tmdb-kit/client') ?? ''
        ],
      ),
    ).toContainEqual(['@tmdb-kit/types', released.get('@tmdb-kit/types')]);
  });

  it('publishes ESM metadata: exports with types first, files allowlist, sideEffects, engines, repository, license', () => {
    for (const name of PUBLISHED_NAMES) {
      const packed: unknown = JSON.parse(
        tarballs
          .get(name)
          ?.find((entry) => entry.path === 'package.json')
          ?.content.toString('utf8') ?? '{}',
      );
      expect(packed, name).toMatchObject({
        name,
        type: 'module',
        sideEffects: false,
        license: 'MIT',
        engines: { node: expect.stringMatching(/^>=\d/) },
        repository: {
          url: expect.stringContaining('github.com'),
          directory: expect.stringMatching(/^packages\//),
        },
        files: expect.arrayContaining(['dist']),
      });
      expect(packed, `${name}: the registry is chosen at publish time`).not.toHaveProperty(
        'publishConfig.registry',
      );
      const rootExport = isRecord(packed) && isRecord(packed.exports) ? packed.exports['.'] : undefined;
      expect(isRecord(rootExport) ? Object.keys(rootExport)[0] : rootExport, `${name} exports["."]`).toBe(
        'types',
      );
    }
  });

  it('ships built code, types and docs only: no tests, sources, source maps, spec folder or secrets', () => {
    for (const name of PUBLISHED_NAMES) {
      const entries = tarballs.get(name) ?? [];
      const paths = entries.map((entry) => entry.path);
      const missing = ['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts'].filter(
        (required) => !paths.includes(required),
      );
      expect(missing, `${name} lacks`).toEqual([]);
      for (const [pattern, what] of FORBIDDEN_FILES) {
        expect(
          paths.filter((path) => pattern.test(path)),
          `${name} ships ${what}`,
        ).toEqual([]);
      }
      const leaking = entries.filter((entry) => entry.content.includes(registry.token));
      expect(
        leaking.map((entry) => entry.path),
        `${name} contains the publish token`,
      ).toEqual([]);
    }
    expect(tarballs.get('@tmdb-kit/types')?.map((entry) => entry.path)).toContain('openapi.json');
  });

  it('installs with npm outside the workspace, compiles with nodenext and bundler, and runs against the mock', async () => {
    const consumer = join(workRoot, 'consumer');
    await cp(join(import.meta.dirname, 'fixtures/consumer'), consumer, { recursive: true });
    // Only @tmdb-kit comes from the local registry; third-party dependencies resolve as a user's would.
    await writeFile(join(consumer, '.npmrc'), `@tmdb-kit:registry=${registry.url}\n`);
    const specs = PUBLISHED_NAMES.map((name) => `${name}@${released.get(name)}`);
    await runCommand(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', ...specs, '@types/node@20.19.43'],
      {
        cwd: consumer,
        env: installEnv,
        timeoutMs: 240_000,
      },
    );
    for (const name of PUBLISHED_NAMES) {
      const installed = JSON.parse(
        await readFile(join(consumer, 'node_modules', name, 'package.json'), 'utf8'),
      );
      expect(installed.version, name).toBe(released.get(name));
    }

    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    for (const resolution of ['nodenext', 'bundler']) {
      await runCommand(tsc, ['-p', `tsconfig.${resolution}.json`], { cwd: consumer, env: installEnv });
      const run = await runCommand('node', [`out-${resolution}/consumer.js`], {
        cwd: consumer,
        env: installEnv,
        timeoutMs: 60_000,
      });
      const lastLine = run.stdout.trim().split('\n').at(-1) ?? '';
      expect(JSON.parse(lastLine), resolution).toEqual({
        requestTokenIssued: true,
        loginAccepted: true,
        sessionCreated: true,
      });
    }
  });
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dependencyRanges(manifest: object | undefined): [string, string][] {
  const ranges: [string, string][] = [];
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
    const block: unknown = manifest && field in manifest ? Reflect.get(manifest, field) : undefined;
    if (typeof block !== 'object' || block === null) continue;
    for (const [name, range] of Object.entries(block)) ranges.push([name, String(range)]);
  }
  return ranges;
}

function highest(first: string, second: string): string {
  const parts = (version: string) => version.split('.').map(Number);
  const [a, b] = [parts(first), parts(second)];
  for (let index = 0; index < 3; index += 1) {
    if ((a[index] ?? 0) !== (b[index] ?? 0)) return (a[index] ?? 0) > (b[index] ?? 0) ? first : second;
  }
  return first;
}
