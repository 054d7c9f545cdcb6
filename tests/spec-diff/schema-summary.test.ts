// How a parameter schema is summed up for comparison: types, variants, allOf, arrays and cycles.
import { describe, expect, it } from 'vitest';
import { diffOperations } from '../../scripts/spec-diff/src/diff.js';
import type { JsonObject } from '../../scripts/spec-diff/src/json.js';
import { collectOperations } from '../../scripts/spec-diff/src/operations.js';
import { formatAgainstOursReport } from '../../scripts/spec-diff/src/report.js';
import { describeSchema } from '../../scripts/spec-diff/src/schema-summary.js';
import { getWith, spec } from './specs.js';

const schemas: JsonObject = {
  Tree: { type: 'array', items: { $ref: '#/components/schemas/Tree' } },
  Either: { oneOf: [{ $ref: '#/components/schemas/Either' }, { type: 'string' }] },
  Id: { type: 'integer', format: 'int32' },
  Loop: { allOf: [{ $ref: '#/components/schemas/Loop' }], type: 'string', format: 'date' },
};
const document = spec({}, { components: { schemas } });
const summary = (schema: unknown) => describeSchema(document, schema);

function report(ourSchema: JsonObject | undefined, theirSchema: JsonObject | undefined): string {
  const param = (schema: JsonObject | undefined): JsonObject =>
    schema ? { name: 'p', in: 'query', schema } : { name: 'p', in: 'query' };
  const ours = spec({ '/3/a': getWith([param(ourSchema)]) });
  const theirs = spec({ '/3/a': getWith([param(theirSchema)]) });
  return formatAgainstOursReport(diffOperations(collectOperations(ours), collectOperations(theirs)), 0);
}

describe('describeSchema', () => {
  it('sums up a missing schema, or one without a type, as nothing stated', () => {
    const nothing = {
      type: undefined,
      format: undefined,
      enum: undefined,
      default: undefined,
      items: undefined,
    };
    expect(summary(undefined)).toEqual(nothing);
    expect(summary({})).toEqual(nothing);
    expect(summary({ format: 'date' }).type).toBeUndefined();
    expect(report(undefined, { type: 'string' })).toContain(
      '      ~ query parameter "p": type (none) → string\n',
    );
  });

  it('lists several types sorted, whether written as a list, nullable, oneOf or anyOf', () => {
    expect(summary({ type: ['string', 'integer'] }).type).toBe('integer | string');
    expect(summary({ type: ['string', 5, null] }).type).toBe('string');
    expect(summary({ type: 'string', nullable: true }).type).toBe('null | string');
    expect(summary({ oneOf: [{ type: 'string' }, { type: 'integer' }] }).type).toBe('integer | string');
    expect(summary({ anyOf: [{ type: 'string' }, { type: 'null' }] }).type).toBe('null | string');
    expect(summary({ oneOf: [{}, { type: ['number', 'boolean'] }, { type: 'string' }] }).type).toBe(
      'boolean | number | string',
    );
    expect(summary({ oneOf: [{ oneOf: [{ type: 'string' }, { type: 'null' }] }] }).type).toBe(
      'null | string',
    );
  });

  it('gives a 3.0 nullable and a 3.1 type list the same summary', () => {
    expect(report({ type: 'string', nullable: true }, { type: ['null', 'string'] })).toBe(
      'No differences: all 1 operations match upstream.\n',
    );
  });

  it('sums up array items, nested arrays and arrays without items', () => {
    expect(
      summary({ type: 'array', items: { type: 'string', format: 'date', enum: ['b', 'a'] } }).items,
    ).toBe('string format date enum ["a","b"]');
    expect(summary({ type: 'array', items: { type: 'array', items: { type: 'integer' } } }).items).toBe(
      'array of integer',
    );
    expect(summary({ type: 'array', items: { type: 'string', format: '' } }).items).toBe('string');
    expect(summary({ type: 'array' }).items).toBeUndefined();
    expect(summary({ type: 'array', items: {} }).items).toBeUndefined();
    expect(summary({ type: 'string' }).items).toBeUndefined();
  });

  it('stops following a schema that contains itself', () => {
    expect(summary({ $ref: '#/components/schemas/Tree' }).items).toBe(
      ['array', ...Array(7).fill('of array')].join(' '),
    );
    expect(summary({ $ref: '#/components/schemas/Either' }).type).toBe('string');
    expect(summary({ $ref: '#/components/schemas/Loop' })).toMatchObject({ type: 'string', format: 'date' });
  });

  it('merges allOf members: the first to set a keyword wins, then the schema adds its own', () => {
    expect(summary({ allOf: [{ type: 'string' }, { type: 'integer', format: 'int64' }] })).toMatchObject({
      type: 'string',
      format: 'int64',
    });
    expect(summary({ allOf: [{ $ref: '#/components/schemas/Id' }], default: 3 })).toMatchObject({
      type: 'integer',
      format: 'int32',
      default: '3',
    });
    expect(summary({ allOf: [{ type: 'string' }], type: 'integer', format: 'date' })).toMatchObject({
      type: 'string',
      format: 'date',
    });
    expect(
      summary({ allOf: [{ allOf: [{ format: 'uri' }] }, { format: 'email', type: 'string' }] }),
    ).toMatchObject({ type: 'string', format: 'uri' });
    expect(summary({ allOf: [5, { type: 'boolean' }] }).type).toBe('boolean');
  });
});
