import { spawn } from 'node:child_process';

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The command is killed after this long; nothing in the rehearsal may hang the suite. */
  timeoutMs?: number;
  /** Exit codes that are not a failure (default: only 0). */
  okCodes?: readonly number[];
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export class CommandError extends Error {
  override name = 'CommandError';
  constructor(
    message: string,
    readonly result: RunResult,
  ) {
    super(message);
  }
}

const OUTPUT_TAIL = 4_000;

/** Runs a program (no shell) and collects its output; a failure carries the end of both streams. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunResult> {
  const { cwd, env, timeoutMs = 120_000, okCodes = [0] } = options;
  const shown = [command, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new CommandError(`${shown}: ${error.message}`, { code: -1, stdout, stderr }));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const result = { code: code ?? -1, stdout, stderr };
      if (!timedOut && okCodes.includes(result.code)) return resolve(result);
      const why = timedOut ? `was killed after ${timeoutMs} ms` : `exited ${result.code}`;
      const tail = `${stdout}\n${stderr}`.trim().slice(-OUTPUT_TAIL);
      reject(new CommandError(`\`${shown}\` in ${cwd} ${why}:\n${tail}`, result));
    });
  });
}

/**
 * The environment for package-manager children: this process's, minus what the outer `pnpm` run and any
 * CI job put there (npm_* settings, Turborepo remote cache credentials), so the rehearsal only uses what
 * it sets itself.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|turbo_)/i.test(key) || key === 'INIT_CWD' || key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  return { ...env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', FORCE_COLOR: '0', ...extra };
}
