// A small JSON Schema (2020-12 subset) validator for what requests carry: path and query parameters and
// JSON bodies. Responses are not validated at run time (the conformance test does that with Ajv); this
// keeps the published fake free of dependencies and fast. A keyword it does not understand is reported
// by `assertSupportedSchema` when the fake starts, so a spec change can never be silently ignored.
import { isJsonObject, type JsonObject, resolvePointer, SpecShapeError } from './json.js';

const ANNOTATIONS = new Set([
  'title',
  'description',
  'example',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$comment',
  'format',
  'externalDocs',
  'discriminator',
  'xml',
]);
const VALIDATORS = new Set([
  '$ref',
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'patternProperties',
  'items',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'pattern',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'allOf',
  'oneOf',
  'anyOf',
  'not',
]);

/** Throws a SpecShapeError naming the first keyword in `schema` (or what it references) this validator ignores. */
export function assertSupportedSchema(
  root: JsonObject,
  schema: unknown,
  where: string,
  seen = new Set<unknown>(),
): void {
  if (typeof schema === 'boolean' || seen.has(schema)) return;
  if (!isJsonObject(schema)) throw new SpecShapeError(`${where}: a schema must be an object or a boolean`);
  seen.add(schema);
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword.startsWith('x-') || ANNOTATIONS.has(keyword)) continue;
    if (!VALIDATORS.has(keyword))
      throw new SpecShapeError(`${where}: the fake cannot validate keyword "${keyword}"`);
    if (keyword === '$ref' && typeof value === 'string') {
      assertSupportedSchema(root, resolvePointer(root, value), `${where} -> ${value}`, seen);
    } else if (keyword === 'properties' || keyword === 'patternProperties') {
      if (isJsonObject(value)) {
        for (const [name, child] of Object.entries(value))
          assertSupportedSchema(root, child, `${where}.${name}`, seen);
      }
    } else if (keyword === 'allOf' || keyword === 'oneOf' || keyword === 'anyOf') {
      if (Array.isArray(value)) {
        for (const [i, child] of value.entries())
          assertSupportedSchema(root, child, `${where}/${keyword}/${i}`, seen);
      }
    } else if (
      keyword === 'items' ||
      keyword === 'not' ||
      (keyword === 'additionalProperties' && isJsonObject(value))
    ) {
      assertSupportedSchema(root, value, `${where}/${keyword}`, seen);
    }
  }
}

/** Every way `value` fails `schema`, as readable messages naming `label` (empty when it conforms). */
export function validateAgainstSchema(
  root: JsonObject,
  schema: unknown,
  value: unknown,
  label: string,
): string[] {
  const errors: string[] = [];
  check(root, schema, value, label, errors);
  return errors;
}

function check(root: JsonObject, schema: unknown, value: unknown, label: string, errors: string[]): void {
  if (schema === true) return;
  if (schema === false || !isJsonObject(schema)) {
    errors.push(`${label} is not allowed`);
    return;
  }
  if (typeof schema.$ref === 'string') check(root, resolvePointer(root, schema.$ref), value, label, errors);
  if (schema.type !== undefined && !matchesType(schema.type, value)) {
    errors.push(`${label} must be of type ${[schema.type].flat().join(' or ')}`);
    return;
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((option) => option === value)) {
    errors.push(`${label} must be one of: ${schema.enum.map(String).join(', ')}`);
  }
  if ('const' in schema && schema.const !== value) errors.push(`${label} must be ${String(schema.const)}`);
  if (typeof value === 'number') checkNumber(schema, value, label, errors);
  if (typeof value === 'string') checkString(schema, value, label, errors);
  if (Array.isArray(value)) checkArray(root, schema, value, label, errors);
  if (isJsonObject(value)) checkObject(root, schema, value, label, errors);
  checkCombinators(root, schema, value, label, errors);
}

/** Whether `value` has one of the JSON Schema `type`s (a name or a list of names). */
export function matchesType(type: unknown, value: unknown): boolean {
  return [type].flat().some((name) => {
    switch (name) {
      case 'null':
        return value === null;
      case 'integer':
        return typeof value === 'number' && Number.isInteger(value);
      case 'number':
        return typeof value === 'number' && Number.isFinite(value);
      case 'array':
        return Array.isArray(value);
      case 'object':
        return isJsonObject(value);
      default:
        return typeof value === name;
    }
  });
}

function checkNumber(schema: JsonObject, value: number, label: string, errors: string[]): void {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf } = schema;
  if (typeof minimum === 'number' && value < minimum) errors.push(`${label} must be >= ${minimum}`);
  if (typeof maximum === 'number' && value > maximum) errors.push(`${label} must be <= ${maximum}`);
  if (typeof exclusiveMinimum === 'number' && value <= exclusiveMinimum)
    errors.push(`${label} must be > ${exclusiveMinimum}`);
  if (typeof exclusiveMaximum === 'number' && value >= exclusiveMaximum)
    errors.push(`${label} must be < ${exclusiveMaximum}`);
  if (typeof multipleOf === 'number' && !Number.isInteger(Number((value / multipleOf).toFixed(9)))) {
    errors.push(`${label} must be a multiple of ${multipleOf}`);
  }
}

function checkString(schema: JsonObject, value: string, label: string, errors: string[]): void {
  const { pattern, minLength, maxLength, format } = schema;
  // `date` is the one format request parameters use; other formats stay annotations.
  if (format === 'date' && !isCalendarDate(value)) errors.push(`${label} must be a date (YYYY-MM-DD)`);
  if (typeof pattern === 'string' && !new RegExp(pattern, 'u').test(value))
    errors.push(`${label} is malformed`);
  if (typeof minLength === 'number' && [...value].length < minLength) {
    errors.push(
      minLength === 1 ? `${label} must not be empty` : `${label} must be at least ${minLength} characters`,
    );
  }
  if (typeof maxLength === 'number' && [...value].length > maxLength)
    errors.push(`${label} must be at most ${maxLength} characters`);
}

/** `YYYY-MM-DD` naming a real day: `2020-13-45` and `2021-02-29` are not (and must not throw). */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

function checkArray(
  root: JsonObject,
  schema: JsonObject,
  value: unknown[],
  label: string,
  errors: string[],
): void {
  const { items, minItems, maxItems, uniqueItems } = schema;
  if (typeof minItems === 'number' && value.length < minItems)
    errors.push(`${label} must have at least ${minItems} items`);
  if (typeof maxItems === 'number' && value.length > maxItems)
    errors.push(`${label} must have at most ${maxItems} items`);
  if (uniqueItems === true && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) {
    errors.push(`${label} must not repeat items`);
  }
  if (items !== undefined) {
    for (const [index, item] of value.entries()) check(root, items, item, `${label}[${index}]`, errors);
  }
}

function checkObject(
  root: JsonObject,
  schema: JsonObject,
  value: JsonObject,
  _label: string,
  errors: string[],
): void {
  const properties = isJsonObject(schema.properties) ? schema.properties : {};
  const patterns = isJsonObject(schema.patternProperties) ? Object.entries(schema.patternProperties) : [];
  if (Array.isArray(schema.required)) {
    for (const name of schema.required) {
      if (typeof name === 'string' && value[name] === undefined) errors.push(`${name} must be provided`);
    }
  }
  for (const [name, child] of Object.entries(value)) {
    if (child === undefined) continue;
    let matched = false;
    if (name in properties) {
      matched = true;
      check(root, properties[name], child, name, errors);
    }
    for (const [pattern, patternSchema] of patterns) {
      if (new RegExp(pattern, 'u').test(name)) {
        matched = true;
        check(root, patternSchema, child, name, errors);
      }
    }
    if (!matched && schema.additionalProperties !== undefined)
      check(root, schema.additionalProperties, child, name, errors);
  }
}

function checkCombinators(
  root: JsonObject,
  schema: JsonObject,
  value: unknown,
  label: string,
  errors: string[],
): void {
  if (Array.isArray(schema.allOf)) for (const part of schema.allOf) check(root, part, value, label, errors);
  const passing = (options: unknown[]) =>
    options.filter((option) => validateAgainstSchema(root, option, value, label).length === 0).length;
  if (Array.isArray(schema.anyOf) && passing(schema.anyOf) === 0)
    errors.push(`${label} matches none of the allowed shapes`);
  if (Array.isArray(schema.oneOf) && passing(schema.oneOf) !== 1)
    errors.push(`${label} must match exactly one allowed shape`);
  if (schema.not !== undefined && validateAgainstSchema(root, schema.not, value, label).length === 0) {
    errors.push(`${label} has a forbidden shape`);
  }
}
