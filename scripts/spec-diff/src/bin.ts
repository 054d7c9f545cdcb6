// Entry point of `pnpm spec:diff`: the work is in cli.ts so tests can run it in-process.
import { runCli } from './cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
