import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { redactUrl, SpecDiffError } from './errors.js';
import { isJsonObject, type JsonObject, type JsonValue, objectAt, stringAt } from './json.js';

export interface LoadOptions {
  /** How long a URL may take to answer, in milliseconds. */
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

export interface LoadedSpec {
  document: JsonObject;
  /** Of the bytes as read, so a reviewer can check it with `sha256sum`. */
  sha256: string;
}

/** Reads an OpenAPI 3 document (JSON) from a file path or an http(s) URL. */
export async function loadSpec(source: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const text = isUrl(source) ? await download(source, options) : await readLocal(source);
  return {
    document: parseSpec(text, isUrl(source) ? redactUrl(source) : source),
    sha256: createHash('sha256').update(text).digest('hex'),
  };
}

async function readLocal(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
    throw new SpecDiffError(`${path}: cannot read the spec (${code})`);
  }
}

async function download(url: string, options: LoadOptions): Promise<string> {
  const shown = redactUrl(url);
  const fetchSpec = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let response: Response;
  try {
    response = await fetchSpec(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const reason =
      error instanceof Error && error.name === 'TimeoutError'
        ? `no answer within ${timeoutMs} ms`
        : error instanceof Error
          ? (error.cause instanceof Error ? error.cause.message : error.message).replaceAll(url, shown)
          : 'network error';
    throw new SpecDiffError(`${shown}: cannot download the spec (${reason})`);
  }
  if (!response.ok) {
    // The body is not read: it is not a spec, and error pages may echo the request (and its key) back.
    await response.body?.cancel();
    throw new SpecDiffError(
      `${shown}: the server answered ${response.status} ${response.statusText}`.trimEnd(),
    );
  }
  return response.text();
}

export function parseSpec(text: string, label: string): JsonObject {
  let parsed: JsonValue;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SpecDiffError(
      `${label}: not JSON (spec:diff reads OpenAPI documents in JSON; convert YAML first)`,
    );
  }
  if (!isJsonObject(parsed))
    throw new SpecDiffError(`${label}: not an OpenAPI document (expected a JSON object)`);
  const version = stringAt(parsed, 'openapi');
  if (version === undefined || !version.startsWith('3.')) {
    const found = stringAt(parsed, 'swagger')
      ? `Swagger ${stringAt(parsed, 'swagger')}`
      : 'no "openapi": "3.x" field';
    throw new SpecDiffError(`${label}: not an OpenAPI 3 document (${found})`);
  }
  if (!objectAt(parsed, 'paths')) throw new SpecDiffError(`${label}: the document has no "paths" object`);
  return parsed;
}
