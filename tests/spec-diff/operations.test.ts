// How a document is read into operations: keys, server base paths, parameters and request bodies.
import { describe, expect, it } from 'vitest';
import { documentKey } from '../../scripts/spec-diff/src/baseline.js';
import { diffOperations } from '../../scripts/spec-diff/src/diff.js';
import type { JsonObject } from '../../scripts/spec-diff/src/json.js';
import {
  collectOperations,
  mainPathPrefix,
  operationKey,
  parameterKey,
} from '../../scripts/spec-diff/src/operations.js';
import { formatAgainstOursReport } from '../../scripts/spec-diff/src/report.js';
import { getWith, spec } from './specs.js';

const text = { type: 'string' };

function keysOf(document: JsonObject): string[] {
  return [...collectOperations(document).keys()];
}

function pathsOf(document: JsonObject): string[] {
  return [...collectOperations(document).values()].map((operation) => operation.path);
}

function report(ours: JsonObject, theirs: JsonObject): string {
  return formatAgainstOursReport(diffOperations(collectOperations(ours), collectOperations(theirs)), 0);
}

describe('operation keys', () => {
  it('spell the method in capitals and leave path parameter names out', () => {
    expect(operationKey('get', '/3/movie/{movie_id}/images')).toBe('GET /3/movie/{}/images');
    expect(keysOf(spec({ '/3/tv/{series_id}/season/{season_number}': getWith([]) }))).toEqual([
      'GET /3/tv/{}/season/{}',
    ]);
  });
});

describe('parameter keys', () => {
  it('place path parameters by position, others by location and name', () => {
    expect(parameterKey('/3/movie/{movie_id}/{kind}', 'path', 'kind')).toBe('path:#1');
    expect(parameterKey('/3/movie/{movie_id}', 'query', 'movie_id')).toBe('query:movie_id');
    expect(parameterKey('/3/movie/{movie_id}', 'path', 'other')).toBe('path:other');
    expect(parameterKey('/3/search/movie', 'query', 'Page')).toBe('query:Page');
    expect(parameterKey('/3/search/movie', 'header', 'X-Trace')).toBe('header:x-trace');
  });

  it('treat header names without regard to case, query names with it', () => {
    const ours = spec({
      '/3/a': getWith([
        { name: 'X-Trace', in: 'header', schema: text },
        { name: 'Page', in: 'query', schema: text },
      ]),
    });
    const theirs = spec({
      '/3/a': getWith([
        { name: 'x-trace', in: 'header', schema: text },
        { name: 'page', in: 'query', schema: text },
      ]),
    });
    expect(report(ours, theirs)).toBe(
      [
        'Upstream differs in 1 operation:',
        '  ~ GET /3/a',
        '      ~ query parameter "Page" renamed to "page"',
        '1 difference (ours → upstream).',
        '',
      ].join('\n'),
    );
  });

  it('keep a query parameter named like a path parameter apart from it', () => {
    const document = spec({
      '/3/movie/{movie_id}': getWith([
        { name: 'movie_id', in: 'path', required: true, schema: { type: 'integer' } },
        { name: 'movie_id', in: 'query', schema: text },
      ]),
    });
    const operation = collectOperations(document).get('GET /3/movie/{}');
    expect([...(operation?.parameters.keys() ?? [])]).toEqual(['path:#0', 'query:movie_id']);
  });
});

describe('the main path prefix and the document key', () => {
  const at = (...paths: string[]) => spec(Object.fromEntries(paths.map((path) => [path, getWith([])])));

  it('is the segment more than half the operations share, wherever they come in the document', () => {
    const operations = collectOperations(at('/x/a', '/3/a', '/3/b'));
    expect(mainPathPrefix(operations.values())).toBe('3');
    expect(documentKey(at('/x/a', '/3/a', '/3/b'), operations)).toBe('v3');
    const more = collectOperations(at('/x/a', '/y/a', '/4/a', '/4/b', '/4/c'));
    expect(mainPathPrefix(more.values())).toBe('4');
  });

  it('is the whole segment, and v-prefixed only when it is a number', () => {
    const named = at('/api/a', '/api/b');
    expect(documentKey(named, collectOperations(named))).toBe('api');
    const ten = at('/10/a', '/10/b');
    expect(documentKey(ten, collectOperations(ten))).toBe('v10');
    for (const prefix of ['x3', '3x']) {
      const document = at(`/${prefix}/a`);
      expect(documentKey(document, collectOperations(document))).toBe(prefix);
    }
  });

  it('falls back to info.version when no segment has a majority (half is not enough)', () => {
    const split = at('/3/a', '/4/a');
    expect(mainPathPrefix(collectOperations(split).values())).toBeUndefined();
    expect(documentKey(split, collectOperations(split))).toBe('v1');
    const none = spec({});
    expect(mainPathPrefix(collectOperations(none).values())).toBeUndefined();
    expect(documentKey(none, collectOperations(none))).toBe('v1');
  });

  it('falls back when the paths have no segment, and says v? when there is no version', () => {
    const bare = spec({ movie: getWith([]), tv: getWith([]) }, { servers: [] });
    expect(mainPathPrefix(collectOperations(bare).values())).toBeUndefined();
    expect(documentKey(bare, collectOperations(bare))).toBe('v1');
    const { info: _info, ...noInfo } = at('/3/a', '/4/a');
    expect(documentKey(noInfo, collectOperations(noInfo))).toBe('v?');
    const numeric = { ...at('/3/a', '/4/a'), info: { title: 't', version: 2 } };
    expect(documentKey(numeric, collectOperations(numeric))).toBe('v?');
  });
});

describe('server base paths', () => {
  const paths = { '/movie/{id}': getWith([]), '/3/search': getWith([]), '/3': getWith([]) };

  it('put the base path in front of paths that do not already spell it', () => {
    expect(pathsOf(spec(paths, { servers: [{ url: 'https://api.themoviedb.org/3' }] }))).toEqual([
      '/3/movie/{id}',
      '/3/search',
      '/3',
    ]);
    expect(pathsOf(spec({ movie: getWith([]) }, { servers: [{ url: '/3' }] }))).toEqual(['/3/movie']);
  });

  it('ignore trailing slashes of the server URL', () => {
    expect(pathsOf(spec({ '/movie': getWith([]) }, { servers: [{ url: 'https://h.test/3//' }] }))).toEqual([
      '/3/movie',
    ]);
  });

  it('add nothing for a bare host, a server without URL, no servers, or a URL that does not parse', () => {
    for (const servers of [[{ url: 'https://h.test' }], [{}], [], [{ url: 'http://[oops' }]]) {
      expect(
        pathsOf(spec({ '/movie': getWith([]), tv: getWith([]) }, { servers })),
        JSON.stringify(servers),
      ).toEqual(['/movie', 'tv']);
    }
    const { servers: _servers, ...noServers } = spec({ '/movie': getWith([]) });
    expect(pathsOf(noServers)).toEqual(['/movie']);
  });
});

describe('parameters', () => {
  it('skip entries without a name or a location', () => {
    const document = spec({
      '/3/a': getWith([
        { in: 'query', schema: text },
        { name: 'orphan', schema: text },
        'not a parameter' as unknown as JsonObject,
        { name: 'kept', in: 'query', schema: text },
      ]),
    });
    const operation = collectOperations(document).get('GET /3/a');
    expect([...(operation?.parameters.keys() ?? [])]).toEqual(['query:kept']);
  });

  it('count path parameters as required whether or not the document says so', () => {
    const ours = spec({
      '/3/movie/{id}': getWith([{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }]),
    });
    const theirs = spec({
      '/3/movie/{id}': getWith([{ name: 'id', in: 'path', schema: { type: 'integer' } }]),
    });
    expect(report(ours, theirs)).toBe('No differences: all 1 operations match upstream.\n');
    const operation = collectOperations(theirs).get('GET /3/movie/{}');
    expect(operation?.parameters.get('path:#0')?.aspects.required).toBe('true');
  });

  it('tell query parameters that became required from optional ones', () => {
    const ours = spec({ '/3/a': getWith([{ name: 'q', in: 'query', schema: text }]) });
    const theirs = spec({ '/3/a': getWith([{ name: 'q', in: 'query', required: true, schema: text }]) });
    expect(collectOperations(ours).get('GET /3/a')?.parameters.get('query:q')?.aspects.required).toBe(
      'false',
    );
    expect(report(ours, theirs)).toContain('      ~ query parameter "q": now required\n');
    expect(report(theirs, ours)).toContain('      ~ query parameter "q": no longer required\n');
  });
});

describe('request bodies', () => {
  const bodyOf = (requestBody: JsonObject) =>
    collectOperations(spec({ '/3/list': { post: { requestBody, responses: {} } } })).get('POST /3/list')
      ?.aspects.requestBody;

  it('are summed up as required or optional and their media types, sorted', () => {
    expect(bodyOf({ required: true, content: { 'text/plain': {}, 'application/json': {} } })).toBe(
      'required application/json, text/plain',
    );
    expect(bodyOf({ content: { 'application/json': {} } })).toBe('optional application/json');
    expect(bodyOf({ required: true })).toBe('required (no content)');
  });
});
