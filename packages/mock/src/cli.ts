#!/usr/bin/env node
// `tmdb-mock`: runs the fake TMDB until interrupted (see `tmdb-mock --help`).
import { runCli } from './cli-main.js';

const exitCode = await runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  error: (line) => console.error(line),
  onSignal: (signal, handler) => process.once(signal, handler),
  env: process.env,
});
process.exit(exitCode);
