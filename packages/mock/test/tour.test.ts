// The live tour that `pnpm spec:verify --live` and the weekly workflow record: what it covers, and a full
// run against the fake (standing in for TMDB on 127.0.0.1) whose captures must all validate.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSamples } from '../src/capture/load.js';
import { createRecording } from '../src/capture/recording.js';
import { LIVE_TOUR, recordTour } from '../src/capture/tour.js';
import { DEMO_ACCOUNT_ID, DEMO_USER, startMockServer } from '../src/index.js';
import { bundledSpec } from '../src/openapi/bundled-spec.js';
import { isJsonObject } from '../src/openapi/json.js';
import { indexSpec } from '../src/openapi/operations.js';
import { createRouter } from '../src/openapi/router.js';
import { buildReport, createVerifier } from '../src/verify/index.js';
import { call, field } from './support/http.js';

const spec = indexSpec(bundledSpec);
const router = createRouter(spec.operations);
const tagOf = new Map<string, string>();
// The tag of each operation, read from the bundled spec.
for (const item of Object.values(isJsonObject(spec.document.paths) ? spec.document.paths : {})) {
  for (const operation of Object.values(isJsonObject(item) ? item : {})) {
    if (!isJsonObject(operation) || typeof operation.operationId !== 'string') continue;
    if (Array.isArray(operation.tags)) tagOf.set(operation.operationId, String(operation.tags[0]));
  }
}
const operationOf = (path: string) =>
  router.match('GET', path.replace(/\{\w+\}/g, '1'))?.operation.operationId;

describe('the live tour', () => {
  it('names only operations of the spec', () => {
    const unknown = LIVE_TOUR.filter((step) => operationOf(step.path) === undefined).map((step) => step.path);
    expect(unknown).toEqual([]);
  });

  it('covers at least 60 operations without a session, and every v3 tag that has GET operations', () => {
    const withoutSession = new Set(
      LIVE_TOUR.filter((step) => !step.needsSession).map((step) => operationOf(step.path)),
    );
    expect(withoutSession.size).toBeGreaterThanOrEqual(60);
    const covered = new Set(LIVE_TOUR.map((step) => tagOf.get(operationOf(step.path) ?? '')));
    const tagsWithReads = new Set(
      spec.operations
        // v4 reads (a user's lists and collections) need a user access token, which the tour does not hold.
        .filter((operation) => operation.method === 'get' && operation.pathTemplate.startsWith('/3/'))
        .map((operation) => tagOf.get(operation.operationId)),
    );
    expect([...tagsWithReads].filter((tag) => !covered.has(tag))).toEqual([]);
  });
});

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('recording the tour', () => {
  it('records every step it can reach, with a session, and the captures validate without leaking it', async () => {
    const credential = 'tour-token-5d1c0e93aa';
    const upstream = await startMockServer({ accessToken: credential });
    const out = mkdtempSync(join(tmpdir(), 'tmdb-tour-'));
    try {
      const token = String(
        field(
          (await call(upstream.url, '/3/authentication/token/new', { token: credential })).body,
          'request_token',
        ),
      );
      const login = { username: DEMO_USER.username, password: DEMO_USER.password, request_token: token };
      await call(upstream.url, '/3/authentication/token/validate_with_login', {
        method: 'POST',
        body: login,
        token: credential,
      });
      const session = await call(upstream.url, '/3/authentication/session/new', {
        method: 'POST',
        body: { request_token: token },
        token: credential,
      });
      const sessionId = String(field(session.body, 'session_id'));

      const recording = createRecording({
        upstream: upstream.url,
        out,
        spec: bundledSpec,
        credential: { accessToken: credential },
      });
      const tour = await recordTour(recording, { sessionId, accountId: String(DEMO_ACCOUNT_ID) });
      expect(tour.results.filter((result) => result.outcome.kind !== 'saved')).toEqual([]);
      expect(tour.results.length).toBeGreaterThanOrEqual(100);
      // The fake has no Fight Club, so steps needing ids from its answers are skipped, each with the reason.
      for (const step of tour.skipped) expect(step.reason).toMatch(/^no value for /);

      const loaded = await loadSamples(out);
      const verifier = createVerifier(bundledSpec);
      const report = buildReport(
        loaded.samples.map((sample) => verifier.verify(sample)),
        loaded.problems,
      );
      expect(report.rows).toEqual([]);
      expect(report.ok).toBe(true);
      const text = filesUnder(out)
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n');
      for (const secret of [credential, sessionId, String(DEMO_ACCOUNT_ID)])
        expect(text).not.toContain(secret);
    } finally {
      await upstream.close();
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('skips the Account steps without a session and says why', async () => {
    const recording = createRecording({
      upstream: 'http://127.0.0.1:9',
      out: tmpdir(),
      spec: bundledSpec,
      credential: { apiKey: 'k' },
    });
    const steps = LIVE_TOUR.filter((step) => step.needsSession);
    const tour = await recordTour(recording, { steps });
    expect(tour.results).toEqual([]);
    expect(tour.skipped.map((step) => step.reason)).toEqual(
      steps.map(() => 'needs a user session (TMDB_SESSION_ID and TMDB_ACCOUNT_ID)'),
    );
  });
});
