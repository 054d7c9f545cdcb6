// The operation-method emitter on small in-memory specs: nested namespaces (v4's `v4.lists.details`),
// and the loud failures, without running the whole generator.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emitOperations } from '../scripts/emit-operations.mjs';

const specDir = mkdtempSync(join(tmpdir(), 'tmdb-kit-emit-'));
writeFileSync(
  join(specDir, 'openapi.yaml'),
  'paths:\n  /4/list/{list_id}:\n    $ref: paths/v4/list.yaml\n  /4/auth/request_token:\n    $ref: paths/v4/request-token.yaml\n',
);
afterAll(() => rmSync(specDir, { recursive: true, force: true }));

const ok = { '200': { content: { 'application/json': { schema: { type: 'object' } } } } };
const operation = (name: string, operationId: string, extra: object = {}) => ({
  operationId,
  'x-tmdb-method': name,
  summary: `The ${name} summary`,
  responses: ok,
  ...extra,
});
const spec = (paths: object) => ({ paths, components: {} });
const emit = (paths: object) =>
  emitOperations(spec(paths), {
    specDir,
    fail: (message) => new Error(message),
    display: (file) => file.replace(`${specDir}/`, ''),
  });

describe('emitOperations', () => {
  it('nests namespaces as deep as the names go, in the tree and the table', () => {
    const output = emit({
      '/4/list/{list_id}': {
        get: operation('v4.lists.details', 'getListV4', {
          parameters: [{ name: 'list_id', in: 'path', required: true, schema: { type: 'integer' } }],
        }),
      },
      '/4/auth/request_token': { post: operation('v4.auth.createRequestToken', 'createRequestTokenV4') },
    });
    expect(output).toMatch(
      /v4: \{\n\s+auth: \{[\s\S]*createRequestToken: M\["v4\.auth\.createRequestToken"\];/,
    );
    expect(output).toMatch(/lists: \{[\s\S]*details: M\["v4\.lists\.details"\];/);
    expect(output).toContain('"v4.lists": {\ndetails: "/4/list/{list_id}",\n},');
    expect(output).toContain('"v4.auth": {\ncreateRequestToken: "POST /4/auth/request_token",\n},');
    expect(output).toContain('lead: [list_id: operations["getListV4"]["parameters"]["path"]["list_id"]];');
    expect(output).toContain('* The v4.lists.details summary');
  });

  it('fails naming the file when a name is missing or reserved, or a parameter name is taken', () => {
    const failure = () =>
      emit({
        '/4/list/{list_id}': {
          get: {
            operationId: 'getListV4',
            responses: ok,
            parameters: [{ name: 'list_id', in: 'path', required: true, schema: { type: 'integer' } }],
          },
          delete: operation('v4.lists.then', 'deleteListV4', {
            parameters: [{ name: 'list_id', in: 'path', required: true, schema: { type: 'integer' } }],
          }),
        },
        '/4/auth/request_token': {
          post: operation('v4.auth.createRequestToken', 'createRequestTokenV4', {
            parameters: [{ name: 'signal', in: 'query', schema: { type: 'string' } }],
          }),
        },
      });
    expect(failure).toThrow('paths/v4/list.yaml: GET /4/list/{list_id}: has no x-tmdb-method');
    expect(failure).toThrow(
      'paths/v4/list.yaml: DELETE /4/list/{list_id}: x-tmdb-method "v4.lists.then" uses "then"',
    );
    expect(failure).toThrow(
      'paths/v4/request-token.yaml: POST /4/auth/request_token: has a query parameter "signal"',
    );
  });
});
