// `node dist/cli.js [query]`: runs the seed flow against TMDB_BASE_URL (the mock by default) and prints it.
import { createTmdbClient } from '@tmdb-kit/client';
import { describeSeedFlow, runSeedFlow } from './seed-flow.js';

const baseUrl = process.env.TMDB_BASE_URL ?? 'https://api.themoviedb.org';
const accessToken = process.env.TMDB_ACCESS_TOKEN;
const username = process.env.TMDB_USERNAME;
const password = process.env.TMDB_PASSWORD;
if (!accessToken || !username || !password) {
  console.error('set TMDB_ACCESS_TOKEN, TMDB_USERNAME and TMDB_PASSWORD (pnpm demo does this for the mock)');
  process.exit(2);
}

const client = createTmdbClient({ accessToken, baseUrl });
try {
  const result = await runSeedFlow(client, { username, password, query: process.argv[2] ?? 'orbit' });
  console.log(describeSeedFlow(result));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
