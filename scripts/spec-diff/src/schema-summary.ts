import { arrayAt, type SpecObject, stringAt } from './json.js';
import { resolveRefs } from './resolve-ref.js';

export interface SchemaSummary {
  type: string | undefined;
  format: string | undefined;
  /** The allowed values as a JSON array, sorted: `["day","week"]`. */
  enum: string | undefined;
  default: string | undefined;
  /** For arrays: a summary of the item schema, `string format date enum [...]`. */
  items: string | undefined;
}

const EMPTY: SchemaSummary = {
  type: undefined,
  format: undefined,
  enum: undefined,
  default: undefined,
  items: undefined,
};

/**
 * Reduces a parameter schema to comparable strings. OpenAPI 3.0 (`nullable: true`) and 3.1
 * (`type: [x, 'null']`) spellings of the same thing summarise the same, so a TMDB 3.0 document and our
 * 3.1 one differ only where the API does.
 */
export function describeSchema(document: SpecObject, raw: unknown, depth = 0): SchemaSummary {
  const schema = resolveRefs(document, raw);
  if (!schema || depth > 8) return EMPTY;
  const merged = mergeAllOf(document, schema, depth);
  const types = new Set<string>();
  const declared = merged.type;
  if (typeof declared === 'string') types.add(declared);
  if (Array.isArray(declared)) for (const entry of declared) if (typeof entry === 'string') types.add(entry);
  for (const variant of [...arrayAt(merged, 'oneOf'), ...arrayAt(merged, 'anyOf')]) {
    const variantType = describeSchema(document, variant, depth + 1).type;
    for (const entry of variantType?.split(' | ') ?? []) types.add(entry);
  }
  if (merged.nullable === true) types.add('null');
  const enumValues = Array.isArray(merged.enum)
    ? merged.enum.map((value) => JSON.stringify(value)).sort()
    : [];
  return {
    type: types.size > 0 ? [...types].sort().join(' | ') : undefined,
    format: stringAt(merged, 'format'),
    enum: enumValues.length > 0 ? `[${enumValues.join(',')}]` : undefined,
    default: merged.default === undefined ? undefined : JSON.stringify(merged.default),
    items: types.has('array') ? renderSummary(describeSchema(document, merged.items, depth + 1)) : undefined,
  };
}

/** `allOf` members add up: the first member that sets a keyword wins, as a reader would take it. */
function mergeAllOf(document: SpecObject, schema: SpecObject, depth: number): SpecObject {
  const members = arrayAt(schema, 'allOf');
  // Like describeSchema's own limit: an allOf that refers back to its schema would recurse forever.
  if (members.length === 0 || depth > 8) return schema;
  const merged: Record<string, unknown> = {};
  for (const member of members) {
    const resolved = resolveRefs(document, member);
    if (!resolved) continue;
    for (const [keyword, value] of Object.entries(mergeAllOf(document, resolved, depth + 1))) {
      if (!(keyword in merged)) merged[keyword] = value;
    }
  }
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword !== 'allOf' && !(keyword in merged)) merged[keyword] = value;
  }
  return merged;
}

function renderSummary(summary: SchemaSummary): string | undefined {
  const parts = [
    summary.type,
    summary.format && `format ${summary.format}`,
    summary.enum && `enum ${summary.enum}`,
    summary.items && `of ${summary.items}`,
  ].filter((part): part is string => typeof part === 'string' && part !== '');
  return parts.length > 0 ? parts.join(' ') : undefined;
}
