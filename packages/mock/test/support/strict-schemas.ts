// Ajv 2020 validators for the spec's response schemas, made strict: every object a response contains may
// carry only the properties the spec names. The spec itself leaves additional properties open (TMDB adds
// fields over time), but the fake is ours, and a field the spec does not know is drift we want to catch.
// `unevaluatedProperties: false` is added wherever an object is used (not inside `allOf`, where the parts of
// one object are described), so composition through allOf/oneOf keeps working.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const SUBSCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs']);
const SUBSCHEMA_LISTS = new Set(['oneOf', 'anyOf', 'prefixItems']);
const SUBSCHEMAS = new Set(['items', 'additionalProperties', 'not', 'contains']);

/** `asPart`: the schema describes part of an object (an allOf member or a component), not a whole one. */
export function strictify(schema: Json, asPart = false): Json {
  if (!isObject(schema)) return schema;
  const copy: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'allOf' && Array.isArray(value)) copy[key] = value.map((member) => strictify(member, true));
    // A branch of a oneOf that is itself one part of an allOf only describes part of the object too.
    else if (SUBSCHEMA_LISTS.has(key) && Array.isArray(value))
      copy[key] = value.map((member) => strictify(member, asPart));
    else if (SUBSCHEMA_MAPS.has(key) && isObject(value)) {
      copy[key] = Object.fromEntries(
        Object.entries(value).map(([name, member]) => [name, strictify(member)]),
      );
    } else if (SUBSCHEMAS.has(key) && isObject(value)) copy[key] = strictify(value);
    else copy[key] = value;
  }
  if (asPart || 'unevaluatedProperties' in copy || 'additionalProperties' in copy) return copy;
  if (typeof copy.$ref === 'string') return { allOf: [copy], unevaluatedProperties: false };
  if (copy.type === 'object' || 'properties' in copy || 'allOf' in copy || 'oneOf' in copy) {
    return { ...copy, unevaluatedProperties: false };
  }
  return copy;
}

export interface ResponseValidator {
  (body: unknown): boolean;
  errors(): string;
}

/** JSON from the bundled spec, as the recursive Json type (a JSON round trip both checks and copies it). */
export function asJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value ?? null));
}

export function createResponseValidators(document: Json) {
  const components = isObject(document) ? document.components : undefined;
  const componentSchemas = isObject(components) && isObject(components.schemas) ? components.schemas : {};
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const schemas = Object.fromEntries(
    Object.entries(componentSchemas).map(([name, schema]) => [name, strictify(schema, true)]),
  );
  ajv.addSchema({ $id: 'tmdb', components: { schemas } }, 'tmdb');
  let counter = 0;
  return (schema: Json): ResponseValidator => {
    const rebased: Json = JSON.parse(
      JSON.stringify(strictify(schema)).replaceAll('"#/components/', '"tmdb#/components/'),
    );
    const validate: ValidateFunction = ajv.compile(
      isObject(rebased) ? { ...rebased, $id: `response-${counter++}` } : {},
    );
    const check = (body: unknown) => validate(body);
    return Object.assign(check, { errors: () => describe(validate.errors) });
  };
}

function describe(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 8)
    .map(
      (error) =>
        `${error.instancePath || '/'} ${error.message}${error.params && 'unevaluatedProperty' in error.params ? ` (${String(error.params.unevaluatedProperty)})` : ''}`,
    )
    .join('; ');
}
