// The tmdb-mock CLI: flags, help, errors, and a real server that stops on SIGINT/SIGTERM.
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../src/cli-args.js';
import { runCli } from '../src/cli-main.js';
import { call } from './support/http.js';

function fakeIo() {
  const out: string[] = [];
  const errors: string[] = [];
  const handlers = new Map<string, () => void>();
  return {
    out,
    errors,
    signal: (name: 'SIGINT' | 'SIGTERM') => handlers.get(name)?.(),
    io: {
      out: (line: string) => out.push(line),
      error: (line: string) => errors.push(line),
      onSignal: (name: string, handler: () => void) => handlers.set(name, handler),
    },
  };
}

describe('tmdb-mock arguments', () => {
  it('defaults to port 4010 and parses every flag', () => {
    expect(parseCliArgs([])).toEqual({ kind: 'serve', options: { port: 4010 } });
    expect(
      parseCliArgs([
        '--port',
        '0',
        '--host',
        '::1',
        '--seed',
        '9',
        '--latency',
        '20-80',
        '--rate-limit',
        '40/1000',
        '--fault-rate',
        '0.1',
        '--any-credential',
      ]),
    ).toEqual({
      kind: 'serve',
      options: {
        port: 0,
        host: '::1',
        seed: 9,
        latencyMs: [20, 80],
        rateLimit: { requests: 40, perMs: 1000 },
        faultRate: 0.1,
        acceptAnyCredential: true,
      },
    });
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it('names the flag that is wrong', () => {
    expect(() => parseCliArgs(['--port', 'eighty'])).toThrow('--port expects a number, got "eighty"');
    expect(() => parseCliArgs(['--frobnicate', '1'])).toThrow('unknown option --frobnicate');
    expect(() => parseCliArgs(['--rate-limit', '40'])).toThrow('--rate-limit expects <requests>/<ms>');
    expect(() => parseCliArgs(['--seed'])).toThrow('--seed needs a value');
  });
});

describe('tmdb-mock', () => {
  it('prints the URL, serves until SIGTERM, then exits 0', async () => {
    const fake = fakeIo();
    const exit = runCli(['--port', '0'], fake.io);
    await expect
      .poll(() => fake.out[0], { timeout: 5000 })
      .toMatch(/^tmdb-mock listening on http:\/\/127\.0\.0\.1:\d+$/);
    const url = fake.out[0]?.replace('tmdb-mock listening on ', '') ?? '';
    expect((await call(url, '/3/configuration')).status).toBe(200);
    fake.signal('SIGTERM');
    expect(await exit).toBe(0);
    await expect(fetch(`${url}/3/configuration`)).rejects.toThrow();
  });

  it('exits 2 with usage on bad flags or options, 1 when the port is taken', async () => {
    const bad = fakeIo();
    expect(await runCli(['--fault-rate', '3'], bad.io)).toBe(2);
    expect(bad.errors[0]).toContain('faultRate must be between 0 and 1');
    const first = fakeIo();
    const running = runCli(['--port', '0'], first.io);
    await expect.poll(() => first.out[0], { timeout: 5000 }).toBeDefined();
    const port = first.out[0]?.split(':').at(-1) ?? '';
    const clash = fakeIo();
    expect(await runCli(['--port', port], clash.io)).toBe(1);
    expect(clash.errors[0]).toContain('EADDRINUSE');
    first.signal('SIGINT');
    expect(await running).toBe(0);
  });
});
