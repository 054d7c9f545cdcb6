// Parses `tmdb-mock` command-line flags into server options, with messages a user can act on.
import { MAX_LATENCY_MS } from './engine/options.js';
import type { MockServerOptions } from './server.js';

export const USAGE = `Usage: tmdb-mock [options]
       tmdb-mock record --upstream <url> --out <dir> [--port <n>] [--host <address>]
       tmdb-mock verify <captures-folder | file.har> ...

  --port <n>            port to listen on (default 4010; 0 picks a free one)
  --host <address>      interface to bind (default 127.0.0.1)
  --seed <n>            seed for tokens, ids and simulated trouble (default 1)
  --latency <ms|min-max> delay every answer, fixed or a seeded random range
  --rate-limit <n/ms>   answer 429 beyond n requests per ms milliseconds, e.g. 40/1000
  --fault-rate <0..1>   fraction of requests answered with a random 500/502/503
  --access-token <t>    accepted bearer token (default tmdb-mock-access-token)
  --api-key <k>         accepted api_key (default tmdb-mock-api-key)
  --any-credential      accept any non-empty token or api_key
  --replay <dir>        answer recorded requests from a captures folder (validated on
                        load); everything else comes from the fake
  --help                show this help

record: a proxy that forwards each request to --upstream with your own credential
(TMDB_ACCESS_TOKEN, else TMDB_API_KEY, from the environment; never saved) and saves
each JSON answer, with every secret removed, under --out (default port 4011).

verify: checks captures (or a HAR file from a browser) against the spec and prints each
contradiction (operation, JSON path, what the spec says, what came); exits 1 on any.`;

export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'serve'; readonly options: MockServerOptions; readonly replayFolder?: string }
  | { readonly kind: 'record'; readonly options: RecordArgs }
  | { readonly kind: 'verify'; readonly sources: readonly string[] };

export interface RecordArgs {
  readonly upstream: string;
  readonly out: string;
  readonly port: number;
  readonly host?: string;
}

const number = (flag: string, raw: string): number => {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value))
    throw new CliUsageError(`${flag} expects a number, got "${raw}"`);
  return value;
};

/** A whole number within [min, max]: a port, a seed or milliseconds a Node timer can hold. */
const integer = (flag: string, raw: string, min: number, max: number): number => {
  const value = number(flag, raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new CliUsageError(`${flag} expects a whole number from ${min} to ${max}, got "${raw}"`);
  return value;
};

export function parseCliArgs(argv: readonly string[]): CliCommand {
  if (argv[0] === 'record') return parseRecordArgs(argv.slice(1));
  if (argv[0] === 'verify') {
    const sources = argv.slice(1);
    if (sources.includes('--help') || sources.includes('-h')) return { kind: 'help' };
    const flag = sources.find((source) => source.startsWith('-'));
    if (flag !== undefined) throw new CliUsageError(`unknown option for verify: ${flag}`);
    if (sources.length === 0) throw new CliUsageError('verify needs a captures folder or a HAR file');
    return { kind: 'verify', sources };
  }
  let replayFolder: string | undefined;
  const options: { -readonly [K in keyof MockServerOptions]: MockServerOptions[K] } = { port: 4010 };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index] ?? '';
    if (flag === '--help' || flag === '-h') return { kind: 'help' };
    if (flag === '--any-credential') {
      options.acceptAnyCredential = true;
      continue;
    }
    const value = argv[++index];
    if (value === undefined) throw new CliUsageError(`${flag} needs a value`);
    switch (flag) {
      case '--port':
        options.port = integer(flag, value, 0, 65_535);
        break;
      case '--host':
        options.host = value;
        break;
      case '--seed':
        options.seed = integer(flag, value, -(2 ** 31), 2 ** 32 - 1);
        break;
      case '--latency': {
        const [min, max] = value.split('-');
        options.latencyMs =
          max === undefined
            ? integer(flag, value, 0, MAX_LATENCY_MS)
            : [integer(flag, min ?? '', 0, MAX_LATENCY_MS), integer(flag, max, 0, MAX_LATENCY_MS)];
        break;
      }
      case '--rate-limit': {
        const [requests, perMs] = value.split('/');
        if (requests === undefined || perMs === undefined)
          throw new CliUsageError('--rate-limit expects <requests>/<ms>, e.g. 40/1000');
        options.rateLimit = {
          requests: integer(flag, requests, 1, Number.MAX_SAFE_INTEGER),
          perMs: integer(flag, perMs, 1, MAX_LATENCY_MS),
        };
        break;
      }
      case '--fault-rate':
        options.faultRate = number(flag, value);
        break;
      case '--access-token':
        options.accessToken = value;
        break;
      case '--api-key':
        options.apiKey = value;
        break;
      case '--replay':
        replayFolder = value;
        break;
      default:
        throw new CliUsageError(`unknown option ${flag}`);
    }
  }
  return replayFolder === undefined ? { kind: 'serve', options } : { kind: 'serve', options, replayFolder };
}

function parseRecordArgs(argv: readonly string[]): CliCommand {
  let upstream: string | undefined;
  let out: string | undefined;
  let port = 4011;
  let host: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index] ?? '';
    if (flag === '--help' || flag === '-h') return { kind: 'help' };
    const value = argv[++index];
    if (value === undefined) throw new CliUsageError(`${flag} needs a value`);
    if (flag === '--upstream') upstream = value;
    else if (flag === '--out') out = value;
    else if (flag === '--port') port = integer(flag, value, 0, 65_535);
    else if (flag === '--host') host = value;
    else throw new CliUsageError(`unknown option for record: ${flag}`);
  }
  if (upstream === undefined)
    throw new CliUsageError('record needs --upstream, e.g. https://api.themoviedb.org');
  if (!URL.canParse(upstream) || !/^https?:$/.test(new URL(upstream).protocol))
    throw new CliUsageError(`--upstream must be an http(s) URL, got "${upstream}"`);
  if (out === undefined) throw new CliUsageError('record needs --out <dir> for the captures');
  return {
    kind: 'record',
    options: host === undefined ? { upstream, out, port } : { upstream, out, port, host },
  };
}
