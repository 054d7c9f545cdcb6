// How the demo server is started: from command-line flags and the environment, validated into one typed
// value before anything listens, so a typo is a clear message rather than a half-started server.

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4173;
export const TMDB_API_URL = 'https://api.themoviedb.org';

export type UpstreamChoice =
  /** Start `@tmdb-kit/mock` and proxy to it (the default: no key, no network). */
  | { readonly kind: 'mock' }
  /** Proxy to TMDB (or a compatible server) with a read access token the browser never sees. */
  | { readonly kind: 'tmdb'; readonly baseUrl: string; readonly accessToken: string };

export interface ServerOptions {
  readonly host: string;
  readonly port: number;
  readonly upstream: UpstreamChoice;
}

/** A bad flag or environment variable; the message says which and what is accepted. */
export class DemoOptionsError extends Error {
  override readonly name = 'DemoOptionsError';
}

export const USAGE = `usage: pnpm demo [--port <n>] [--host <address>]
  --port, PORT          port to serve the app on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host, HOST          address to bind (default ${DEFAULT_HOST})
  TMDB_ACCESS_TOKEN     a TMDB v4 read access token: talk to the real TMDB instead of the offline mock
  TMDB_BASE_URL         where TMDB lives when a token is set (default ${TMDB_API_URL})`;

/** Reads `--port 8080`, `--port=8080`, `--host ...` and the PORT, HOST and TMDB_* variables. Flags win. */
export function parseServerOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ServerOptions {
  const flags = parseFlags(argv);
  const host = flags.get('host') ?? nonEmpty(env.HOST) ?? DEFAULT_HOST;
  const portText = flags.get('port') ?? nonEmpty(env.PORT);
  const port = portText === undefined ? DEFAULT_PORT : parsePort(portText);
  if (host.trim() === '') throw new DemoOptionsError('--host must not be empty');
  const accessToken = nonEmpty(env.TMDB_ACCESS_TOKEN)?.trim();
  if (!accessToken) return { host, port, upstream: { kind: 'mock' } };
  return { host, port, upstream: { kind: 'tmdb', baseUrl: parseBaseUrl(env.TMDB_BASE_URL), accessToken } };
}

function parseFlags(argv: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    const match = /^--(port|host)(?:=(.*))?$/.exec(argument);
    if (!match) throw new DemoOptionsError(`unknown argument "${argument}"\n${USAGE}`);
    const [, name = '', inline] = match;
    const value = inline ?? argv[++index];
    if (value === undefined || value === '') throw new DemoOptionsError(`--${name} needs a value\n${USAGE}`);
    flags.set(name, value);
  }
  return flags;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new DemoOptionsError(`port must be a whole number from 0 to 65535, got "${text}"`);
  }
  return port;
}

function parseBaseUrl(text: string | undefined): string {
  const value = nonEmpty(text) ?? TMDB_API_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DemoOptionsError(`TMDB_BASE_URL must be an http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DemoOptionsError(`TMDB_BASE_URL must be an http(s) URL, got "${value}"`);
  }
  // Paths in the spec already start with /3/, so the base is an origin plus an optional prefix.
  return url.href.replace(/\/+$/, '');
}

const nonEmpty = (value: string | undefined): string | undefined =>
  value === undefined || value === '' ? undefined : value;
