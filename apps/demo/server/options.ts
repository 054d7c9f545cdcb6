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
  /** Extra host names the page may be reached by (DEMO_ALLOWED_HOSTS); see DemoServerOptions. */
  readonly allowedHosts?: readonly string[];
}

/** A bad flag or environment variable; the message says which and what is accepted. */
export class DemoOptionsError extends Error {
  override readonly name = 'DemoOptionsError';
}

export const USAGE = `usage: pnpm demo [--port <n>] [--host <address>]
  --port, PORT          port to serve the app on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host, HOST          address to bind (default ${DEFAULT_HOST})
  TMDB_ACCESS_TOKEN     a TMDB v4 read access token: talk to the real TMDB instead of the offline mock
  TMDB_BASE_URL         where TMDB lives when a token is set (default ${TMDB_API_URL}; an origin only)
  DEMO_ALLOWED_HOSTS    comma-separated host names the app may be opened by, besides localhost and the
                        address bound (requests naming any other host are refused)`;

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
  const allowedHosts = parseAllowedHosts(env.DEMO_ALLOWED_HOSTS);
  const extra = allowedHosts.length > 0 ? { allowedHosts } : {};
  const accessToken = nonEmpty(env.TMDB_ACCESS_TOKEN)?.trim();
  if (!accessToken) return { host, port, upstream: { kind: 'mock' }, ...extra };
  const tokenProblem = accessTokenProblem(accessToken);
  if (tokenProblem) throw new DemoOptionsError(`TMDB_ACCESS_TOKEN ${tokenProblem}`);
  const baseUrl = parseBaseUrl(env.TMDB_BASE_URL);
  return { host, port, upstream: { kind: 'tmdb', baseUrl, accessToken }, ...extra };
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

function parseAllowedHosts(text: string | undefined): string[] {
  const names = (text ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  for (const name of names) {
    if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/i.test(name))
      throw new DemoOptionsError(
        `DEMO_ALLOWED_HOSTS takes host names without ports or schemes, got "${name}"`,
      );
  }
  return names;
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
  const problem = upstreamUrlProblem(value);
  // The value itself is not repeated: it may carry a password (`http://user:pass@host`).
  if (problem) throw new DemoOptionsError(`TMDB_BASE_URL ${problem}`);
  return new URL(value).origin;
}

/**
 * What is wrong with an upstream base URL, or undefined: it must be a bare http(s) origin. Credentials in it
 * would reach logs and error pages; a path, query or fragment would silently misroute every call, since the
 * spec's paths already start with /3/.
 */
export function upstreamUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an http(s) URL such as https://api.themoviedb.org';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `must be an http(s) URL such as ${TMDB_API_URL}, not ${url.protocol}`;
  if (url.username !== '' || url.password !== '')
    return 'must not contain a user name or password: the token goes in TMDB_ACCESS_TOKEN';
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '')
    return `must be an origin only (scheme, host and port, such as ${TMDB_API_URL}): paths already start with /3/`;
  return undefined;
}

/**
 * What is wrong with an access token, or undefined. It travels in an HTTP header, which carries printable
 * ASCII only: anything else would make every call fail. The token itself is never repeated.
 */
export function accessTokenProblem(token: string): string | undefined {
  if (!/^[\x21-\x7e]+$/.test(token))
    return 'must be printable ASCII without spaces (copy the "API Read Access Token" from your TMDB settings)';
  return undefined;
}

const nonEmpty = (value: string | undefined): string | undefined =>
  value === undefined || value === '' ? undefined : value;
