import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { listOperations, loadBundledSpec, resolveResponse } from './bundled-spec.js';

// Every example in the spec is validated against its schema, so examples and schemas cannot disagree.
const spec = loadBundledSpec();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
// The whole document is registered once; examples are checked against `#/...` pointers into it.
ajv.addSchema({ $id: 'tmdb', components: spec.components }, 'tmdb');

const validatorFor = (schema: Record<string, unknown>) =>
  ajv.compile({ $id: `inline-${Math.random()}`, ...rebase(schema) });

/** Rewrites `#/components/...` references so inline schemas resolve against the registered document. */
function rebase(value: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value).replaceAll('"#/components/', '"tmdb#/components/'));
}

const describeErrors = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`).join('; ');

const responseExamples = listOperations(spec).flatMap(({ method, path, operation }) =>
  Object.entries(operation.responses)
    .filter(([status]) => /^2\d\d$/.test(status))
    .map(([status, response]) => {
      const media = resolveResponse(spec, response).content?.['application/json'];
      return [`${method.toUpperCase()} ${path} ${status}`, media?.schema, media?.example] as const;
    }),
);

describe('examples', () => {
  it.each(responseExamples)('%s has an example that validates', (_, schema, example) => {
    expect(example, 'an example is written for this response').toBeDefined();
    const validate = validatorFor(schema ?? {});
    expect(validate(example), describeErrors(validate.errors)).toBe(true);
  });

  const requestExamples = listOperations(spec)
    .filter(({ operation }) => operation.requestBody?.content?.['application/json']?.example !== undefined)
    .map(({ method, path, operation }) => {
      const media = operation.requestBody?.content?.['application/json'];
      return [`${method.toUpperCase()} ${path}`, media?.schema, media?.example] as const;
    });
  it.each(requestExamples)('%s request example validates', (_, schema, example) => {
    const validate = validatorFor(schema ?? {});
    expect(validate(example), describeErrors(validate.errors)).toBe(true);
  });

  const schemaExamples = Object.entries(spec.components.schemas).flatMap(([name, schema]) => {
    const examples = [
      ...(schema.example === undefined ? [] : [schema.example]),
      ...(Array.isArray(schema.examples) ? schema.examples : []),
    ];
    return examples.map((example, index) => [`${name} #${index + 1}`, name, example] as const);
  });
  it.each(schemaExamples)('schema example %s validates', (_, name, example) => {
    const validate = validatorFor({ $ref: `#/components/schemas/${name}` });
    expect(validate(example), describeErrors(validate.errors)).toBe(true);
  });

  it('rejects an example that breaks its schema (the check can fail)', () => {
    const validate = validatorFor({ $ref: '#/components/schemas/MovieListItem' });
    expect(validate({ id: 'not-a-number' })).toBe(false);
  });
});
