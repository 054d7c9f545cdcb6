// For every operation in the bundled spec: one valid request to the fake over real HTTP, and the body must
// validate against that operation's declared response schema (Ajv 2020, with unknown properties refused).
// The fake can therefore never drift from the spec without this test failing.
import bundled from '@tmdb-kit/types/openapi.json' with { type: 'json' };
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationId } from '../src/handlers/contract.js';
import { DEMO_ACCOUNT_ID, DEMO_USER, type MockServer, startMockServer } from '../src/index.js';
import { indexSpec, type OperationSpec } from '../src/openapi/operations.js';
import { createList, guestSession, login, newRequestToken, validatedToken } from './support/flows.js';
import { call } from './support/http.js';
import { RUN_LAST, type Sample, type SampleContext, samples } from './support/samples.js';
import { asJson, createResponseValidators, isObject, type Json } from './support/strict-schemas.js';

const spec = indexSpec(bundled);
const document = asJson(bundled);
const validatorFor = createResponseValidators(document);
/** A fixed clock so date-dependent answers (charts, schedules, change windows) are the same on every run. */
const NOW = Date.parse('2026-11-28T12:00:00Z');

function isSampled(operationId: string): operationId is OperationId {
  return Object.hasOwn(samples, operationId);
}

function sampleFor(operationId: OperationId, context: SampleContext): Sample<OperationId> {
  return samples[operationId](context);
}

/** The JSON schema of one declared response, following a `$ref` into components/responses. */
function responseSchema(operation: OperationSpec, status: number): Json {
  const child = (value: Json | undefined, key: string): Json | undefined =>
    isObject(value) ? value[key] : undefined;
  const operationNode = child(child(child(document, 'paths'), operation.pathTemplate), operation.method);
  let response = child(child(operationNode, 'responses'), String(status));
  const ref = child(response, '$ref');
  if (typeof ref === 'string')
    response = child(child(child(document, 'components'), 'responses'), ref.split('/').pop() ?? '');
  return child(child(child(response, 'content'), 'application/json'), 'schema') ?? null;
}

function urlPath(operation: OperationSpec, path: Record<string, unknown> | undefined): string {
  return operation.pathTemplate.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(path?.[name])),
  );
}

describe('conformance: every operation answers with a body its spec schema accepts', () => {
  let server: MockServer;
  let context: SampleContext;

  beforeAll(async () => {
    server = await startMockServer({ seed: 7, now: () => NOW });
    const sessionId = await login(server.url);
    context = {
      accountId: DEMO_ACCOUNT_ID,
      sessionId,
      disposableSessionId: await login(server.url),
      guestSessionId: await guestSession(server.url),
      freshToken: await newRequestToken(server.url),
      validatedToken: await validatedToken(server.url),
      listId: await createList(server.url, sessionId, 'Shared list'),
      disposableListId: await createList(server.url, sessionId, 'Disposable list'),
      username: DEMO_USER.username,
      password: DEMO_USER.password,
      v4AccessToken: DEMO_USER.v4AccessToken,
    };
  });
  afterAll(async () => {
    await server?.close();
  });

  it('has a sample request for every operation in the spec, and no others', () => {
    const inSpec = spec.operations.map((operation) => operation.operationId).sort();
    expect(Object.keys(samples).sort()).toEqual(inSpec);
    expect(inSpec.length).toBeGreaterThanOrEqual(152);
  });

  const runsLast = (operation: OperationSpec) =>
    isSampled(operation.operationId) && RUN_LAST.has(operation.operationId) ? 1 : 0;
  const ordered = [...spec.operations].sort((a, b) => runsLast(a) - runsLast(b));

  it.each(
    ordered.map(
      (operation) =>
        [
          `${operation.method.toUpperCase()} ${operation.pathTemplate} (${operation.operationId})`,
          operation,
        ] as const,
    ),
  )('%s', async (_, operation) => {
    const { operationId } = operation;
    if (!isSampled(operationId)) throw new Error(`no sample request for ${operationId}`);
    const sample = sampleFor(operationId, context);
    const response = await call(server.url, urlPath(operation, sample.path), {
      method: operation.method.toUpperCase(),
      query: sample.query,
      body: sample.body,
    });
    expect([200, 201], JSON.stringify(response.body)).toContain(response.status);
    expect(operation.responseStatuses.has(response.status), `status ${response.status} is declared`).toBe(
      true,
    );
    const validate = validatorFor(responseSchema(operation, response.status));
    expect(validate(response.body), validate.errors()).toBe(true);
  });
});
