import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintWorkflows, workflowFiles, workflowsDir } from '../../.github/scripts/lint-workflows.mjs';

const repoRoot = resolve(import.meta.dirname, '../..');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown> };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress'?: unknown };
  jobs: Record<string, Job>;
}

async function readWorkflow(name: string): Promise<Workflow> {
  return parse(await readFile(join(workflowsDir, name), 'utf8'));
}

const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = (workflow: Workflow) => steps(workflow).flatMap((step) => (step.run ? [step.run] : []));

describe('actionlint', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'workflows-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('finds no problem in any workflow', async () => {
    const files = await workflowFiles();
    expect(files.map((file) => file.slice(workflowsDir.length + 1)).sort()).toEqual([
      'ci.yml',
      'mutation.yml',
      'release.yml',
      'spec-drift.yml',
      'spec-verify-live.yml',
    ]);
    expect(await lintWorkflows(files)).toEqual([]);
  });

  it('reports mistakes with their line: bad permission, unknown action input, untrusted input in a script', async () => {
    const broken = join(scratch, 'broken.yml');
    await writeFile(
      broken,
      [
        'on: pull_request',
        'permissions:',
        '  contents: wrtie',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '        with:',
        '          fetch-deph: 0',
        // Split so the linter of this file does not take it for a template-literal slip.
        `      - run: echo "$${'{{'} github.event.pull_request.title }}"`,
        '',
      ].join('\n'),
    );
    const problems = await lintWorkflows([broken]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/:3:\d+: "wrtie" is invalid for permission/);
    expect(problems[1]).toMatch(/:10:\d+: input "fetch-deph" is not defined/);
    expect(problems[2]).toMatch(/:11:\d+: "github\.event\.pull_request\.title" is potentially untrusted/);
  });
});

describe('ci.yml', () => {
  it('runs on pushes to main and on pull requests, with a read-only token', async () => {
    const ci = await readWorkflow('ci.yml');
    expect(ci.on).toEqual({ push: { branches: ['main'] }, pull_request: null });
    expect(ci.permissions).toEqual({ contents: 'read' });
  });

  it('installs, drift-checks, lints, typechecks and tests on Node 20, 22 and 24', async () => {
    const ci = await readWorkflow('ci.yml');
    expect(ci.jobs.checks?.strategy?.matrix?.node).toEqual([20, 22, 24]);
    const commands = runs(ci).join('\n');
    for (const command of [
      'pnpm install --frozen-lockfile',
      'pnpm check:generated',
      'pnpm lint',
      'pnpm lint:workflows',
      'pnpm typecheck',
      'pnpm check:packages',
      'pnpm test',
    ]) {
      expect(commands).toContain(command);
    }
  });
});

describe('release.yml', () => {
  it('grants nothing by default and the release job only what versioning and provenance need', async () => {
    const release = await readWorkflow('release.yml');
    expect(release.permissions).toEqual({});
    expect(Object.keys(release.jobs)).toEqual(['release']);
    expect(release.jobs.release?.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
      'id-token': 'write',
    });
    expect(release.concurrency?.['cancel-in-progress']).toBe(false);
  });

  it('versions and publishes through changesets/action, publishing with provenance', async () => {
    const release = await readWorkflow('release.yml');
    const changesets = steps(release).find((step) => step.uses?.startsWith('changesets/action@'));
    expect(changesets?.with).toMatchObject({
      version: 'pnpm changeset version',
      publish: 'pnpm release:publish',
    });
    const rootScripts: Record<string, string> = JSON.parse(
      await readFile(join(repoRoot, 'package.json'), 'utf8'),
    ).scripts;
    expect(rootScripts['release:publish']).toMatch(/publish .*--provenance.* && changeset tag$/);
  });
});

describe('spec-drift.yml', () => {
  it('runs pnpm spec:diff against the baseline on a schedule with a read-only token, specs passed through the environment', async () => {
    const drift = await readWorkflow('spec-drift.yml');
    expect(drift.on.schedule).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \S+ \S+ \S+$/) }]);
    expect(drift.on).toHaveProperty('workflow_dispatch');
    expect(drift.permissions).toEqual({ contents: 'read' });
    expect(drift.jobs['spec-diff']?.permissions).toBeUndefined();
    const check = drift.jobs['spec-diff']?.steps.flatMap((step) => (step.run ? [step.run] : [])) ?? [];
    const script = check.find((run) => run.includes('spec:diff')) ?? '';
    expect(script).toContain('pnpm --silent spec:diff "$spec"');
    expect(script).not.toContain('--against-ours');
    for (const run of runs(drift)) expect(run).not.toContain('${{');
  });

  it('proposes the updated baseline from a separate job, the only one that may write', async () => {
    const drift = await readWorkflow('spec-drift.yml');
    const propose = drift.jobs['propose-baseline'];
    expect(propose?.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    const commands = (propose?.steps ?? []).flatMap((step) => (step.run ? [step.run] : [])).join('\n');
    expect(commands).toContain('pnpm --silent spec:diff --update-baseline "$spec"');
    expect(commands).toContain('git add openapi/upstream-baseline.json');
    expect(commands).toContain('gh pr create');
  });
});

describe('mutation.yml', () => {
  it('runs pnpm test:mutation weekly and on demand, never on pushes, with a read-only token', async () => {
    const mutation = await readWorkflow('mutation.yml');
    expect(Object.keys(mutation.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(mutation.on.schedule).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \S+ \S+ \S+$/) }]);
    expect(mutation.permissions).toEqual({ contents: 'read' });
    const script = runs(mutation).find((run) => run.includes('test:mutation')) ?? '';
    expect(script).toContain('pnpm test:mutation "$TARGET"');
    expect(script).not.toContain('${{');
  });

  it('is not part of CI: ci.yml and pnpm test never run Stryker', async () => {
    const ci = await readWorkflow('ci.yml');
    expect(runs(ci).join('\n')).not.toMatch(/mutation|stryker/i);
    const runTests = await readFile(join(repoRoot, 'scripts/run-tests.mjs'), 'utf8');
    expect(runTests).not.toMatch(/mutation|stryker/i);
  });
});

describe('spec-verify-live.yml', () => {
  it('records and verifies the live tour weekly and on demand, the token only from a secret, the table as summary', async () => {
    const live = await readWorkflow('spec-verify-live.yml');
    expect(live.on.schedule).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \S+ \S+ \S+$/) }]);
    expect(live.on).toHaveProperty('workflow_dispatch');
    expect(live.permissions).toEqual({ contents: 'read' });
    const [job] = Object.values(live.jobs);
    expect(job?.env?.TMDB_ACCESS_TOKEN).toMatch(/^\$\{\{ secrets\.TMDB_ACCESS_TOKEN \}\}$/);
    const script = runs(live).find((run) => run.includes('spec:verify')) ?? '';
    expect(script).toContain('pnpm spec:verify --live --out live-captures --summary "$GITHUB_STEP_SUMMARY"');
    expect(script).not.toContain('${{');
  });
});

describe('every workflow', () => {
  it('only runs root scripts that exist', async () => {
    const rootScripts = Object.keys(
      JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')).scripts,
    );
    const builtIn = new Set(['install', 'exec', 'changeset', 'publish']);
    for (const file of await workflowFiles()) {
      const workflow: Workflow = parse(await readFile(file, 'utf8'));
      const invoked = [
        ...runs(workflow),
        ...steps(workflow).flatMap((step) => Object.values(step.with ?? {})),
      ]
        .filter((value): value is string => typeof value === 'string')
        .flatMap((command) =>
          [...command.matchAll(/\bpnpm (?:--silent )?([a-z][\w:-]*)/g)].map((match) => match[1]),
        );
      for (const script of invoked) {
        if (script && !builtIn.has(script)) expect(rootScripts, `${file}: pnpm ${script}`).toContain(script);
      }
    }
  });
});
