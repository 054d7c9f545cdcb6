// Benchmark: how fast an editor answers in a 200-line consumer file, for three ways of calling TMDB, side
// by side in one run: our method style (`tmdb.movies.details(550)`), our openapi-fetch style
// (`tmdb.GET('/3/movie/{movie_id}', ...)`) and tmdb-ts (a hand-written wrapper). Each is driven through
// TypeScript 5.9's tsserver (what most editors ship) and the TypeScript 7 language server (`tsc --lsp`):
//   - member completion at `tmdb.movies.` (for the GET style: the path string in `tmdb.GET('`);
//   - completion inside a parameter object (`tmdb.search.movies({ | })`);
//   - diagnostics of the file after an edit.
// Every measurement follows an edit elsewhere in the file (what typing does), and the median of the runs is
// printed. Goal: completion within 50 ms on TypeScript 7 and 150 ms on 5.9.
//
//   node packages/client/bench/editor-latency.mjs [--runs 7]
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTypeCostLab } from './type-cost/measure.mjs';

const packageDir = resolve(import.meta.dirname, '..');
const repoRoot = resolve(packageDir, '../..');
const tsserverPath = join(repoRoot, 'packages/types/node_modules/typescript/lib/tsserver.js');
const tsc7 = join(repoRoot, 'node_modules/typescript/bin/tsc');
const runsIndex = process.argv.indexOf('--runs');
const RUNS = runsIndex === -1 ? 7 : Number(process.argv[runsIndex + 1]);
const CURSOR = '/*|*/';
const EDIT_LINE_LENGTH = '// edit-here: 0'.length;

/** Ten typical calls per style, repeated to 200 lines; the last lines hold the two completion points. */
const STYLES = {
  'method style': {
    header: `import { createTmdbClient } from '@tmdb-kit/client';\nconst tmdb = createTmdbClient({ accessToken: 't' });\n`,
    calls: [
      `const a$ = await tmdb.movies.details(550, { append: ['credits'] });`,
      `const b$ = await tmdb.search.movies({ query: 'orbit', year: 2019 });`,
      `const c$ = await tmdb.movies.credits(550);`,
      `const d$ = await tmdb.tvSeries.details(1399);`,
      `const e$ = await tmdb.people.details(287);`,
      `const f$ = await tmdb.discover.movies({ sort_by: 'popularity.desc', with_genres: '878' });`,
      `const g$ = await tmdb.trending.all('day');`,
      `const h$ = await tmdb.movies.popular({ page: 2 });`,
      `const i$ = await tmdb.tvSeasons.details({ series_id: 1399, season_number: 1 });`,
      `const j$ = await tmdb.configuration.details();`,
    ],
    member: `tmdb.movies.${CURSOR}`,
    parameter: `tmdb.search.movies({ query: 'orbit', ${CURSOR} });`,
    done: `tmdb.movies.details;`,
  },
  'GET style': {
    header: `import { createTmdbClient } from '@tmdb-kit/client';\nconst tmdb = createTmdbClient({ accessToken: 't' });\n`,
    calls: [
      `const a$ = await tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: 550 }, query: { append_to_response: 'credits' } } });`,
      `const b$ = await tmdb.GET('/3/search/movie', { params: { query: { query: 'orbit', year: 2019 } } });`,
      `const c$ = await tmdb.GET('/3/movie/{movie_id}/credits', { params: { path: { movie_id: 550 } } });`,
      `const d$ = await tmdb.GET('/3/tv/{series_id}', { params: { path: { series_id: 1399 } } });`,
      `const e$ = await tmdb.GET('/3/person/{person_id}', { params: { path: { person_id: 287 } } });`,
      `const f$ = await tmdb.GET('/3/discover/movie', { params: { query: { sort_by: 'popularity.desc', with_genres: '878' } } });`,
      `const g$ = await tmdb.GET('/3/trending/all/{time_window}', { params: { path: { time_window: 'day' } } });`,
      `const h$ = await tmdb.GET('/3/movie/popular', { params: { query: { page: 2 } } });`,
      `const i$ = await tmdb.GET('/3/tv/{series_id}/season/{season_number}', { params: { path: { series_id: 1399, season_number: 1 } } });`,
      `const j$ = await tmdb.GET('/3/configuration');`,
    ],
    member: `tmdb.GET('${CURSOR}');`,
    done: `tmdb.GET('/3/configuration');`,
    parameter: `tmdb.GET('/3/search/movie', { params: { query: { query: 'orbit', ${CURSOR} } } });`,
  },
  'tmdb-ts': {
    header: `import { TMDB } from 'tmdb-ts';\nconst tmdb = new TMDB('t');\n`,
    calls: [
      `const a$ = await tmdb.movies.details(550, ['credits']);`,
      `const b$ = await tmdb.search.movies({ query: 'orbit', year: 2019 });`,
      `const c$ = await tmdb.movies.credits(550);`,
      `const d$ = await tmdb.tvShows.details(1399);`,
      `const e$ = await tmdb.people.details(287);`,
      `const f$ = await tmdb.discover.movie({ sort_by: 'popularity.desc', with_genres: '878' });`,
      `const g$ = await tmdb.trending.trending('all', 'day');`,
      `const h$ = await tmdb.movies.popular({ page: 2 });`,
      `const i$ = await tmdb.tvSeasons.details({ tvShowID: 1399, seasonNumber: 1 });`,
      `const j$ = await tmdb.configuration.getApiConfiguration();`,
    ],
    member: `tmdb.movies.${CURSOR}`,
    parameter: `tmdb.search.movies({ query: 'orbit', ${CURSOR} });`,
    done: `tmdb.movies.details;`,
  },
};

/** The consumer: header, then blocks of the ten calls (each block in its own function) up to 200 lines. */
function consumer(style, point) {
  const lines = style.header.trimEnd().split('\n');
  lines.push('// edit-here: 0');
  for (let block = 0; lines.length < 192; block++) {
    lines.push(`export async function block${block}() {`);
    for (const call of style.calls) lines.push(`  ${call.replace('$', String(block))}`);
    lines.push(`  return [${style.calls.map((_, i) => `${'abcdefghij'[i]}${block}`).join(', ')}];`, '}');
  }
  lines.push('export async function typing() {', `  ${point}`, '}');
  const text = lines.join('\n');
  const offset = text.indexOf(CURSOR);
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return {
    text: text.replace(CURSOR, ''),
    position: { line, character: offset - before.lastIndexOf('\n') - 1 },
    editLine: lines.indexOf('// edit-here: 0'),
  };
}

/** Messages framed with Content-Length (tsserver's responses, and both directions of LSP). */
function framedReader(stream, onMessage) {
  let buffer = Buffer.alloc(0);
  stream.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      buffer = buffer.subarray(headerEnd + 4 + length);
      onMessage(JSON.parse(body));
    }
  });
}

function startTsserver(cwd) {
  const child = spawn(process.execPath, [tsserverPath, '--disableAutomaticTypingAcquisition'], { cwd });
  let seq = 0;
  const pending = new Map();
  framedReader(child.stdout, (message) => {
    if (message.type === 'response') pending.get(message.request_seq)?.(message);
  });
  const request = (command, args) =>
    new Promise((resolvePromise) => {
      const id = ++seq;
      pending.set(id, resolvePromise);
      child.stdin.write(`${JSON.stringify({ seq: id, type: 'request', command, arguments: args })}\n`);
    });
  const notify = (command, args) =>
    child.stdin.write(`${JSON.stringify({ seq: ++seq, type: 'request', command, arguments: args })}\n`);
  return {
    open: (file, text) =>
      request('updateOpen', { openFiles: [{ file, fileContent: text }], closedFiles: [] }),
    closeFile: (file) => request('updateOpen', { openFiles: [], closedFiles: [file] }),
    edit: (file, line, text) => {
      notify('change', {
        file,
        line: line + 1,
        offset: 1,
        endLine: line + 1,
        endOffset: EDIT_LINE_LENGTH + 1,
        insertString: text,
      });
    },
    complete: (file, position) =>
      request('completionInfo', { file, line: position.line + 1, offset: position.character + 1 }).then(
        (response) => response.body?.entries?.length ?? 0,
      ),
    diagnostics: (file) =>
      request('semanticDiagnosticsSync', { file }).then((response) => response.body?.length ?? 0),
    close: () => child.kill(),
  };
}

function startLsp(cwd) {
  const child = spawn(process.execPath, [tsc7, '--lsp', '--stdio'], { cwd });
  let id = 0;
  const pending = new Map();
  framedReader(child.stdout, (message) => {
    if (message.id !== undefined && pending.has(message.id)) {
      pending.get(message.id)(message);
      pending.delete(message.id);
    } else if (message.id !== undefined && message.method) {
      // Requests from the server (configuration, registrations): answer with nothing.
      send({ jsonrpc: '2.0', id: message.id, result: null });
    }
  });
  const send = (message) => {
    const body = JSON.stringify(message);
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const request = (method, params) =>
    new Promise((resolvePromise) => {
      const requestId = ++id;
      pending.set(requestId, resolvePromise);
      send({ jsonrpc: '2.0', id: requestId, method, params });
    });
  const notify = (method, params) => send({ jsonrpc: '2.0', method, params });
  const versions = new Map();
  return {
    async init() {
      await request('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(cwd).href,
        capabilities: { textDocument: { completion: { completionItem: {} }, diagnostic: {} } },
      });
      notify('initialized', {});
    },
    open(file, text) {
      versions.set(file, 1);
      notify('textDocument/didOpen', {
        textDocument: { uri: pathToFileURL(file).href, languageId: 'typescript', version: 1, text },
      });
    },
    closeFile(file) {
      notify('textDocument/didClose', { textDocument: { uri: pathToFileURL(file).href } });
    },
    edit(file, line, text) {
      const version = (versions.get(file) ?? 1) + 1;
      versions.set(file, version);
      notify('textDocument/didChange', {
        textDocument: { uri: pathToFileURL(file).href, version },
        contentChanges: [
          { range: { start: { line, character: 0 }, end: { line, character: EDIT_LINE_LENGTH } }, text },
        ],
      });
    },
    complete: (file, position) =>
      request('textDocument/completion', { textDocument: { uri: pathToFileURL(file).href }, position }).then(
        (response) => {
          const items = Array.isArray(response.result) ? response.result : (response.result?.items ?? []);
          if (process.env.DEBUG) console.log(items.slice(0, 5).map((item) => item.label));
          return items.length;
        },
      ),
    diagnostics: (file) =>
      request('textDocument/diagnostic', { textDocument: { uri: pathToFileURL(file).href } }).then(
        (response) => {
          if (process.env.DEBUG) console.log(response.result?.items?.slice(0, 3).map((item) => item.message));
          return response.result?.items?.length ?? 0;
        },
      ),
    close: () => child.kill(),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(action) {
  const start = performance.now();
  const result = await action();
  return { ms: performance.now() - start, result };
}

/** Median latency of `measure` after an edit, for one server, style and completion point. */
async function measureServer(server, file, documents) {
  const results = {};
  for (const [kind, document] of Object.entries(documents)) {
    await server.open(file, document.text);
    await server.diagnostics(file); // warm: the program is built once, as in an editor that is open
    const latencies = [];
    let count = 0;
    for (let run = 0; run < RUNS; run++) {
      // The edited line keeps its length, so each edit's range is exact.
      server.edit(file, document.editLine, `// edit-here: ${(run + 1) % 10}`);
      const { ms, result } = await timed(() =>
        kind === 'diagnostics' ? server.diagnostics(file) : server.complete(file, document.position),
      );
      latencies.push(ms);
      count = result;
    }
    results[kind] = { ms: median(latencies), count };
    await server.closeFile(file);
  }
  return results;
}

const lab = createTypeCostLab();
try {
  const rows = [];
  for (const [name, style] of Object.entries(STYLES)) {
    const dir = lab.project(`editor-${name.replace(/\W/g, '-')}`, '');
    const file = join(dir, 'consumer.ts');
    const documents = {
      member: consumer(style, style.member),
      parameter: consumer(style, style.parameter),
      diagnostics: consumer(style, style.done),
    };
    for (const [serverName, start] of [
      ['TypeScript 5.9 tsserver', () => startTsserver(dir)],
      ['TypeScript 7 LSP', () => startLsp(dir)],
    ]) {
      const server = start();
      try {
        await server.init?.();
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, documents.member.text);
        const result = await measureServer(server, file, documents);
        rows.push({ name, serverName, ...result });
      } finally {
        server.close();
      }
    }
  }
  const cell = ({ ms, count }) => `${ms.toFixed(0)} ms (${count})`.padStart(16);
  console.log(
    `${'style'.padEnd(14)} ${'server'.padEnd(24)} ${'member compl.'.padStart(16)} ${'param compl.'.padStart(16)} ${'diagnostics'.padStart(16)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(14)} ${row.serverName.padEnd(24)} ${cell(row.member)} ${cell(row.parameter)} ${cell(row.diagnostics)}`,
    );
  }
  console.log(
    `\nmedian of ${RUNS} runs, each after an edit; (n) = completion entries or diagnostics returned. Goal: completion ≤ 50 ms on TypeScript 7, ≤ 150 ms on 5.9.`,
  );
} finally {
  lab.remove();
}
