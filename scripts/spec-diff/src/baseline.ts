// The baseline: the facts of TMDB's published documents as last reviewed, committed as
// openapi/upstream-baseline.json. One line per operation, so a baseline update reads as a short diff.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { redactUrl, SpecDiffError } from './errors.js';
import { isJsonObject, type JsonValue, type SpecObject, stringAt } from './json.js';
import { isUrl } from './load-spec.js';
import {
  mainPathPrefix,
  type OperationShape,
  operationKey,
  PARAMETER_ASPECTS,
  type ParameterShape,
  parameterKey,
} from './operations.js';

export interface Baseline {
  documents: Record<string, BaselineDocument>;
}

export interface BaselineDocument {
  title: string;
  version: string;
  /** Of the reviewed file, as `sha256sum` prints it. */
  sha256: string;
  /** The day it was reviewed, `YYYY-MM-DD` (UTC). */
  reviewed: string;
  /** Where it came from: a file name or a URL without credentials. */
  source: string;
  operations: Map<string, OperationShape>;
}

const ABOUT =
  "TMDB's published OpenAPI documents as last reviewed, facts only. `pnpm spec:diff <file-or-url>` reports what " +
  'TMDB changed since; `pnpm spec:diff --update-baseline <file-or-url>` records a reviewed document here.';

/**
 * Which baseline document an upstream document is compared with: `v3` for TMDB's v3 spec (every path
 * under `/3/`), `v4` for v4 (most paths under `/4/`); otherwise the document's `info.version`.
 */
export function documentKey(document: SpecObject, operations: Map<string, OperationShape>): string {
  const prefix = mainPathPrefix(operations.values());
  if (prefix) return /^\d+$/.test(prefix) ? `v${prefix}` : prefix;
  const info = isJsonObject(document.info) ? document.info : undefined;
  return `v${stringAt(info, 'version') ?? '?'}`;
}

export function describeSource(source: string): string {
  return isUrl(source) ? redactUrl(source) : basename(source);
}

/** A missing file is an empty baseline; a file that is not a baseline is an error, never overwritten. */
export async function readBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return { documents: {} };
    throw new SpecDiffError(`${file}: cannot read the baseline (${String(error)})`);
  }
  try {
    return parseBaseline(JSON.parse(text));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SpecDiffError(`${file}: not a spec:diff baseline (${reason})`);
  }
}

function parseBaseline(parsed: unknown): Baseline {
  const documents = isJsonObject(parsed) ? parsed.documents : undefined;
  if (!isJsonObject(documents)) throw new Error('no "documents" object');
  const baseline: Baseline = { documents: {} };
  for (const [key, raw] of Object.entries(documents)) {
    if (!isJsonObject(raw) || !isJsonObject(raw.operations))
      throw new Error(`document "${key}" has no operations`);
    const text = (field: string) => {
      const value = stringAt(raw, field);
      if (value === undefined) throw new Error(`document "${key}" has no "${field}"`);
      return value;
    };
    const operations = new Map<string, OperationShape>();
    for (const [name, operation] of Object.entries(raw.operations)) {
      const shape = parseOperation(name, operation);
      operations.set(shape.key, shape);
    }
    baseline.documents[key] = {
      title: text('title'),
      version: text('version'),
      sha256: text('sha256'),
      reviewed: text('reviewed'),
      source: text('source'),
      operations,
    };
  }
  return baseline;
}

function parseOperation(name: string, raw: unknown): OperationShape {
  const [method, path, ...rest] = name.split(' ');
  if (!method || !path || rest.length > 0 || !isJsonObject(raw)) throw new Error(`bad operation "${name}"`);
  const parameters = new Map<string, ParameterShape>();
  for (const entry of Array.isArray(raw.parameters) ? raw.parameters : []) {
    const parameter = parseParameter(entry, name);
    parameters.set(parameterKey(path, parameter.location, parameter.name), parameter);
  }
  return {
    key: operationKey(method, path),
    method,
    path,
    parameters,
    aspects: {
      requestBody: stringAt(raw, 'body'),
      deprecated: raw.deprecated === true ? 'true' : undefined,
    },
  };
}

function parseParameter(raw: unknown, operation: string): ParameterShape {
  const location = isJsonObject(raw) ? stringAt(raw, 'in') : undefined;
  const name = isJsonObject(raw) ? stringAt(raw, 'name') : undefined;
  if (!isJsonObject(raw) || location === undefined || name === undefined)
    throw new Error(`a parameter of "${operation}" has no "in" or "name"`);
  return {
    location,
    name,
    aspects: {
      name: location === 'path' ? name : undefined,
      required: String(location === 'path' || raw.required === true),
      type: stringAt(raw, 'type'),
      format: stringAt(raw, 'format'),
      enum: Array.isArray(raw.enum)
        ? `[${raw.enum
            .map((value) => JSON.stringify(value))
            .sort()
            .join(',')}]`
        : undefined,
      default: raw.default === undefined ? undefined : JSON.stringify(raw.default),
      items: stringAt(raw, 'items'),
    },
  };
}

/** The baseline as committed: documents and operations sorted, one line per operation. */
export function formatBaseline(baseline: Baseline): string {
  const documents = Object.keys(baseline.documents)
    .sort()
    .flatMap((key) => {
      const document = baseline.documents[key];
      return document ? [formatDocument(key, document)] : [];
    });
  return `{\n  "about": ${JSON.stringify(ABOUT)},\n  "documents": {\n${documents.join(',\n')}\n  }\n}\n`;
}

function formatDocument(key: string, document: BaselineDocument): string {
  const header = (['title', 'version', 'sha256', 'reviewed', 'source'] as const).map(
    (field) => `      ${JSON.stringify(field)}: ${JSON.stringify(document[field])},`,
  );
  const operations = [...document.operations.values()]
    .map((operation) => [`${operation.method} ${operation.path}`, compactOperation(operation)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = operations.map(
    ([name, facts], index) =>
      `        ${JSON.stringify(name)}: ${JSON.stringify(facts)}${index < operations.length - 1 ? ',' : ''}`,
  );
  return [
    `    ${JSON.stringify(key)}: {`,
    ...header,
    '      "operations": {',
    ...lines,
    '      }',
    '    }',
  ].join('\n');
}

/** Only what the document states: absent facts are left out, so the file stays small. */
function compactOperation(operation: OperationShape): Record<string, JsonValue> {
  const compact: Record<string, JsonValue> = {};
  if (operation.aspects.requestBody) compact.body = operation.aspects.requestBody;
  if (operation.aspects.deprecated) compact.deprecated = true;
  const parameters = [...operation.parameters.values()].map(compactParameter);
  if (parameters.length > 0) compact.parameters = parameters;
  return compact;
}

function compactParameter({ location, name, aspects }: ParameterShape): Record<string, JsonValue> {
  const compact: Record<string, JsonValue> = { in: location, name };
  for (const aspect of PARAMETER_ASPECTS) {
    const value = aspects[aspect];
    if (value === undefined || aspect === 'name') continue;
    if (aspect === 'required') {
      if (value === 'true' && location !== 'path') compact.required = true;
    } else if (aspect === 'enum' || aspect === 'default') {
      compact[aspect] = JSON.parse(value);
    } else {
      compact[aspect] = value;
    }
  }
  return compact;
}

/** Writes through a temporary file, so an interrupted write never leaves half a baseline. */
export async function writeBaseline(file: string, baseline: Baseline): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, formatBaseline(baseline));
  await rename(temporary, file);
}
