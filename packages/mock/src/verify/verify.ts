// Judges samples against the spec: finds the operation that serves each one (the same router the fake
// uses), picks the response schema for its status and lists every contradiction.
import { isJsonObject, type JsonObject, objectAt, resolvePointer } from '../openapi/json.js';
import { indexSpec } from '../openapi/operations.js';
import { createRouter } from '../openapi/router.js';
import { type Contradiction, checkValue } from './check-value.js';
import type { Sample } from './samples.js';

export interface SampleVerdict {
  readonly sample: Sample;
  /** The spec operation that serves the sample, when there is one. */
  readonly operationId: string | undefined;
  readonly contradictions: readonly Contradiction[];
}

export interface Verifier {
  verify(sample: Sample): SampleVerdict;
}

export function createVerifier(document: unknown): Verifier {
  const spec = indexSpec(document);
  const router = createRouter(spec.operations);
  const root = spec.document;
  const whole = (expected: string, actual: string): Contradiction[] => [
    { path: '$', pattern: '$', expected, actual, recordId: undefined, rule: 'shape' },
  ];
  return {
    verify(sample) {
      const match = router.match(sample.method, sample.path);
      if (!match) {
        return {
          sample,
          operationId: undefined,
          contradictions: whole('an operation of the spec', `${sample.method.toUpperCase()} ${sample.path}`),
        };
      }
      const { operationId, pathTemplate, method } = match.operation;
      const responses =
        objectAt(
          objectAt(objectAt(objectAt(root, 'paths') ?? {}, pathTemplate) ?? {}, method) ?? {},
          'responses',
        ) ?? {};
      const schemas = responseSchemas(root, responses, sample);
      if (schemas.length === 0) {
        const declared = Object.keys(responses).join(', ');
        return {
          sample,
          operationId,
          contradictions: whole(`a declared status (${declared})`, `status ${sample.status}`),
        };
      }
      // Several candidate schemas only happen for documentation examples: the closest one decides.
      const outcomes = schemas.map((schema) => checkValue(root, schema, sample.body));
      const contradictions = outcomes.reduce((best, outcome) =>
        outcome.length < best.length ? outcome : best,
      );
      return { sample, operationId, contradictions };
    },
  };
}

function responseSchemas(root: JsonObject, responses: JsonObject, sample: Sample): unknown[] {
  const statuses = sample.anySuccessStatus
    ? Object.keys(responses).filter((status) => /^2\d\d$/.test(status))
    : [String(sample.status)];
  const schemas: unknown[] = [];
  for (const status of statuses) {
    let response = responses[status];
    if (isJsonObject(response) && typeof response.$ref === 'string')
      response = resolvePointer(root, response.$ref);
    const media = isJsonObject(response)
      ? objectAt(objectAt(response, 'content') ?? {}, 'application/json')
      : undefined;
    if (media && 'schema' in media) schemas.push(media.schema);
  }
  return schemas;
}
