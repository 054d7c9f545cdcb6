import { describe, expect, it } from 'vitest';
import { listOperations, loadBundledSpec, resolveResponse } from './bundled-spec.js';
import { TMDB_V3_OPERATIONS } from './fixtures/tmdb-operations.js';
import { TMDB_V4_OPERATIONS } from './fixtures/tmdb-v4-operations.js';

const spec = loadBundledSpec();
const operations = listOperations(spec);
const label = ({ method, path }: { method: string; path: string }) => `${method.toUpperCase()} ${path}`;

describe('operation inventory', () => {
  it('describes exactly the operations TMDB has', () => {
    const described = operations.map(label).sort();
    const expected = [...TMDB_V3_OPERATIONS, ...TMDB_V4_OPERATIONS].sort();
    expect(described.filter((op) => !expected.includes(op))).toEqual([]);
    expect(expected.filter((op) => !described.includes(op))).toEqual([]);
    expect(described).toHaveLength(152 + 21);
  });

  it('gives every operation a unique camelCase operationId and a declared tag', () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(ids.filter((id) => typeof id !== 'string' || !/^[a-z][a-zA-Z0-9]*$/.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    const declared = new Set(spec.tags?.map((tag) => tag.name));
    const untagged = operations.filter(({ operation }) => !operation.tags?.every((tag) => declared.has(tag)));
    expect(untagged.map(label)).toEqual([]);
  });

  it.each(operations.map((op) => [label(op), op] as const))(
    '%s has a typed 2xx body and documented errors',
    (_, op) => {
      const { operation, path } = op;
      const success = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
      expect(success.length).toBeGreaterThan(0);
      for (const [, response] of success) {
        const schema = resolveResponse(spec, response).content?.['application/json']?.schema;
        expect(schema, 'a JSON schema for the success body').toBeTypeOf('object');
      }
      const errors = Object.keys(operation.responses).filter((status) => /^[45]\d\d$/.test(status));
      expect(errors).toEqual(expect.arrayContaining(['401', '429']));
      if (path.includes('{')) expect(errors).toContain('404');
      for (const status of errors) {
        const response = operation.responses[status];
        expect(response?.$ref, `${status} uses a shared error response`).toMatch(
          /^#\/components\/responses\//,
        );
      }
    },
  );

  it('types every request body instead of passing opaque strings', () => {
    const bodies = operations.filter(({ operation }) => operation.requestBody);
    for (const { operation } of bodies) {
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      expect(schema).toBeTypeOf('object');
      expect(JSON.stringify(schema)).not.toContain('RAW_BODY');
    }
    expect(bodies.length).toBeGreaterThanOrEqual(12);
  });
});
