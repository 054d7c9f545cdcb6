// Checks one JSON value against a response schema of the bundled spec and lists every contradiction with
// the JSON path where it sits, what the schema says and what came. Unlike the request validator in
// ../spec (which stops at the first problem a user must fix), this one explains a whole response: for a
// `oneOf`/`anyOf` it reports the branch the value comes closest to, so "person known_for[3] is a TV
// item missing `name`" reads as such instead of "matches none of the allowed shapes".
import { isJsonObject, type JsonObject, resolvePointer } from '../openapi/json.js';
import { matchesType } from '../openapi/schema-validator.js';

export interface Contradiction {
  /** JSON path of the value, with concrete indices and keys: `$.results[3].origin_country`. */
  readonly path: string;
  /** The same path with array indices and map keys generalised: `$.results[*].origin_country`. */
  readonly pattern: string;
  /** What the spec says about the value there, e.g. `required`, `string`, `one of: movie, tv`. */
  readonly expected: string;
  /** What came instead, e.g. `missing`, `null`, `"CA-QC"`. */
  readonly actual: string;
  /** The `id` of the closest record around the value, when it has one. */
  readonly recordId: string | undefined;
  /** Which kind of rule failed: used to pick the closest `oneOf` branch and to group reports. */
  readonly rule: Rule;
}

export type Rule = 'type' | 'required' | 'value' | 'shape';

interface Scope {
  readonly root: JsonObject;
  readonly path: string;
  readonly pattern: string;
  readonly recordId: string | undefined;
}

/** Every way `value` contradicts `schema` (empty when it conforms). */
export function checkValue(root: JsonObject, schema: unknown, value: unknown): Contradiction[] {
  const found: Contradiction[] = [];
  check(schema, value, { root, path: '$', pattern: '$', recordId: idOf(value) }, found);
  return found;
}

function check(schema: unknown, value: unknown, scope: Scope, found: Contradiction[]): void {
  if (schema === true || schema === undefined) return;
  if (schema === false || !isJsonObject(schema)) {
    found.push(contradiction(scope, 'nothing (not allowed)', describe(value), 'shape'));
    return;
  }
  if (typeof schema.$ref === 'string') check(resolvePointer(scope.root, schema.$ref), value, scope, found);
  if (schema.type !== undefined && !matchesType(schema.type, value)) {
    found.push(contradiction(scope, [schema.type].flat().join(' | '), kindOf(value), 'type'));
    return;
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((option) => option === value))
    found.push(contradiction(scope, `one of: ${listed(schema.enum)}`, describe(value)));
  if ('const' in schema && schema.const !== value)
    found.push(contradiction(scope, `exactly ${JSON.stringify(schema.const)}`, describe(value)));
  if (typeof value === 'number') checkNumber(schema, value, scope, found);
  if (typeof value === 'string') checkString(schema, value, scope, found);
  if (Array.isArray(value)) checkArray(schema, value, scope, found);
  if (isJsonObject(value)) checkObject(schema, value, scope, found);
  checkCombinators(schema, value, scope, found);
}

function contradiction(scope: Scope, expected: string, actual: string, rule: Rule = 'value'): Contradiction {
  return { path: scope.path, pattern: scope.pattern, expected, actual, recordId: scope.recordId, rule };
}

/** The JSON kind of a value, with integers told apart from other numbers. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function listed(options: readonly unknown[]): string {
  const shown = options.slice(0, 6).map((option) => String(option));
  return options.length > 6 ? `${shown.join(', ')}, ... (${options.length})` : shown.join(', ');
}

function checkNumber(schema: JsonObject, value: number, scope: Scope, found: Contradiction[]): void {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf } = schema;
  const push = (expected: string) => found.push(contradiction(scope, expected, String(value)));
  if (typeof minimum === 'number' && value < minimum) push(`>= ${minimum}`);
  if (typeof maximum === 'number' && value > maximum) push(`<= ${maximum}`);
  if (typeof exclusiveMinimum === 'number' && value <= exclusiveMinimum) push(`> ${exclusiveMinimum}`);
  if (typeof exclusiveMaximum === 'number' && value >= exclusiveMaximum) push(`< ${exclusiveMaximum}`);
  if (typeof multipleOf === 'number' && !Number.isInteger(Number((value / multipleOf).toFixed(9))))
    push(`a multiple of ${multipleOf}`);
}

const FORMATS: Readonly<Record<string, (value: string) => boolean>> = {
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)),
  'date-time': (value) =>
    /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value)),
  uri: (value) => /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$/.test(value),
};

function checkString(schema: JsonObject, value: string, scope: Scope, found: Contradiction[]): void {
  const { pattern, minLength, maxLength, format } = schema;
  const push = (expected: string) => found.push(contradiction(scope, expected, describe(value)));
  const formatCheck = typeof format === 'string' ? FORMATS[format] : undefined;
  if (formatCheck && !formatCheck(value)) push(`format ${String(format)}`);
  if (typeof pattern === 'string' && !new RegExp(pattern, 'u').test(value)) push(`pattern ${pattern}`);
  const length = [...value].length;
  if (typeof minLength === 'number' && length < minLength) push(`at least ${minLength} characters`);
  if (typeof maxLength === 'number' && length > maxLength) push(`at most ${maxLength} characters`);
}

function checkArray(schema: JsonObject, value: unknown[], scope: Scope, found: Contradiction[]): void {
  const { items, minItems, maxItems, uniqueItems } = schema;
  const count = `${value.length} items`;
  if (typeof minItems === 'number' && value.length < minItems)
    found.push(contradiction(scope, `at least ${minItems} items`, count));
  if (typeof maxItems === 'number' && value.length > maxItems)
    found.push(contradiction(scope, `at most ${maxItems} items`, count));
  if (uniqueItems === true && new Set(value.map((item) => JSON.stringify(item))).size !== value.length)
    found.push(contradiction(scope, 'unique items', 'repeated items'));
  if (items === undefined) return;
  for (const [index, item] of value.entries()) {
    const itemScope: Scope = {
      ...scope,
      path: `${scope.path}[${index}]`,
      pattern: `${scope.pattern}[*]`,
      recordId: idOf(item) ?? scope.recordId,
    };
    check(items, item, itemScope, found);
  }
}

function checkObject(schema: JsonObject, value: JsonObject, scope: Scope, found: Contradiction[]): void {
  const properties = isJsonObject(schema.properties) ? schema.properties : {};
  const patterns = isJsonObject(schema.patternProperties) ? Object.entries(schema.patternProperties) : [];
  // Keys the schema names keep their name in the pattern; keys of a map (country codes) become `*`.
  const childScope = (name: string, child: unknown, named = name in properties): Scope => {
    const step = /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
    return {
      ...scope,
      path: `${scope.path}${step}`,
      pattern: `${scope.pattern}${named ? step : '.*'}`,
      recordId: idOf(child) ?? scope.recordId,
    };
  };
  if (Array.isArray(schema.required)) {
    for (const name of schema.required) {
      if (typeof name === 'string' && !(name in value))
        found.push(contradiction(childScope(name, undefined, true), 'required', 'missing', 'required'));
    }
  }
  for (const [name, child] of Object.entries(value)) {
    if (schema.propertyNames !== undefined) {
      const before = found.length;
      check(schema.propertyNames, name, childScope(name, child), found);
      for (let index = before; index < found.length; index++) {
        const entry = found[index];
        if (entry)
          found[index] = { ...entry, expected: `key ${entry.expected}`, actual: `key ${entry.actual}` };
      }
    }
    let matched = false;
    if (name in properties) {
      matched = true;
      check(properties[name], child, childScope(name, child), found);
    }
    for (const [pattern, patternSchema] of patterns) {
      if (new RegExp(pattern, 'u').test(name)) {
        matched = true;
        check(patternSchema, child, childScope(name, child), found);
      }
    }
    if (!matched && schema.additionalProperties !== undefined)
      check(schema.additionalProperties, child, childScope(name, child), found);
  }
}

function checkCombinators(schema: JsonObject, value: unknown, scope: Scope, found: Contradiction[]): void {
  if (Array.isArray(schema.allOf)) for (const part of schema.allOf) check(part, value, scope, found);
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const options = schema[keyword];
    if (!Array.isArray(options) || options.length === 0) continue;
    const outcomes = options.map((option) => {
      const own: Contradiction[] = [];
      check(option, value, scope, own);
      return own;
    });
    const passing = outcomes.filter((outcome) => outcome.length === 0).length;
    if (keyword === 'oneOf' && passing > 1)
      found.push(
        contradiction(scope, 'exactly one of the allowed shapes', `${passing} shapes match`, 'shape'),
      );
    if (passing > 0) continue;
    // No branch fits: report the closest one (see distance).
    const closest = outcomes.reduce((best, outcome) =>
      distance(outcome, scope.path) < distance(best, scope.path) ? outcome : best,
    );
    found.push(...closest);
  }
  if (schema.not !== undefined) {
    const own: Contradiction[] = [];
    check(schema.not, value, scope, own);
    if (own.length === 0) found.push(contradiction(scope, 'not this shape', describe(value)));
  }
}

/**
 * How far a value is from a `oneOf` branch. A branch of the wrong type (`null` for an object) or with a
 * wrong discriminator (`media_type: "movie"` for a TV item) is a different shape altogether; otherwise
 * the branch with fewer contradictions is the closer one.
 */
function distance(outcome: readonly Contradiction[], path: string): number {
  let score = 0;
  for (const entry of outcome) {
    if (entry.rule === 'type' && entry.path === path) score += 10_000;
    else if (entry.rule === 'value' && entry.expected.startsWith('exactly ')) score += 100;
    else score += 1;
  }
  return score;
}

/** A record's id (`id`, else `credit_id`), which lets a reader find the record on TMDB. */
function idOf(value: unknown): string | undefined {
  if (!isJsonObject(value)) return undefined;
  for (const key of ['id', 'credit_id', 'iso_3166_1']) {
    const id = value[key];
    if (typeof id === 'number' || (typeof id === 'string' && id !== '')) return `${key} ${id}`;
  }
  return undefined;
}
