// Parses `tmdb-mock` command-line flags into server options, with messages a user can act on.
import { MAX_LATENCY_MS } from './engine/options.js';
import type { MockServerOptions } from './server.js';

export const USAGE = `Usage: tmdb-mock [options]

  --port <n>            port to listen on (default 4010; 0 picks a free one)
  --host <address>      interface to bind (default 127.0.0.1)
  --seed <n>            seed for tokens, ids and simulated trouble (default 1)
  --latency <ms|min-max> delay every answer, fixed or a seeded random range
  --rate-limit <n/ms>   answer 429 beyond n requests per ms milliseconds, e.g. 40/1000
  --fault-rate <0..1>   fraction of requests answered with a random 500/502/503
  --access-token <t>    accepted bearer token (default tmdb-mock-access-token)
  --api-key <k>         accepted api_key (default tmdb-mock-api-key)
  --any-credential      accept any non-empty token or api_key
  --help                show this help`;

export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'serve'; readonly options: MockServerOptions };

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
      default:
        throw new CliUsageError(`unknown option ${flag}`);
    }
  }
  return { kind: 'serve', options };
}
