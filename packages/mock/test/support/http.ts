// Test helpers for talking to a real fake server over HTTP on 127.0.0.1.
import { MOCK_ACCESS_TOKEN } from '../../src/index.js';

export interface CallOptions {
  readonly method?: string;
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly body?: unknown;
  /** Default: the fake's accepted bearer token; `null` sends no credentials. */
  readonly token?: string | null;
}

export interface CallResult {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

export async function call(baseUrl: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const url = new URL(path, baseUrl);
  for (const [name, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  const headers: Record<string, string> = {};
  const token = options.token === undefined ? MOCK_ACCESS_TOKEN : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? undefined : JSON.parse(text),
  };
}

/** Reads a property of an untyped JSON body, failing the test with a clear message when it is missing. */
export function field(body: unknown, name: string): unknown {
  if (!isRecord(body) || !(name in body))
    throw new Error(`expected a JSON object with "${name}", got ${JSON.stringify(body)}`);
  return body[name];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `id`s of the objects in a body's array field (`results` by default), in order. */
export function idsIn(body: unknown, name = 'results'): unknown[] {
  const items = field(body, name);
  if (!Array.isArray(items))
    throw new Error(`expected "${name}" to be an array, got ${JSON.stringify(items)}`);
  return items.map((item) => field(item, 'id'));
}
