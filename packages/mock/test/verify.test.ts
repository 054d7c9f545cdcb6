// The verifier: every contradiction between a JSON value and the spec, with its JSON path, what the spec
// says and what came; the report that groups them and honours checked exceptions; and the readers of HAR
// files and OpenAPI examples. Schemas here are small documents written for the test.
import { describe, expect, it } from 'vitest';
import { bundledSpec } from '../src/openapi/bundled-spec.js';
import {
  buildReport,
  checkValue,
  createVerifier,
  formatReport,
  samplesFromHar,
  samplesFromOpenApiExamples,
} from '../src/verify/index.js';

const item = {
  type: 'object',
  required: ['id', 'name', 'kind'],
  properties: {
    id: { type: 'integer' },
    name: { type: 'string' },
    poster_path: { type: ['string', 'null'] },
    kind: { enum: ['movie', 'tv'] },
    released: { type: 'string', format: 'date' },
  },
};
const root = {
  components: {
    schemas: {
      Item: item,
      Movie: {
        type: 'object',
        required: ['media_type', 'title'],
        properties: { media_type: { const: 'movie' }, title: { type: 'string' } },
      },
      Tv: {
        type: 'object',
        required: ['media_type', 'name'],
        properties: { media_type: { const: 'tv' }, name: { type: 'string' } },
      },
    },
  },
};
const page = {
  type: 'object',
  required: ['results'],
  properties: { results: { type: 'array', items: { $ref: '#/components/schemas/Item' } } },
};
const mixed = {
  type: 'array',
  items: { oneOf: [{ $ref: '#/components/schemas/Movie' }, { $ref: '#/components/schemas/Tv' }] },
};
const byCountry = {
  type: 'object',
  propertyNames: { pattern: '^[A-Z]{2}$' },
  additionalProperties: { type: 'integer' },
};

describe('checkValue', () => {
  it.each([
    ['a conforming page', page, { results: [{ id: 1, name: 'A', kind: 'tv', poster_path: null }] }, []],
    [
      'a missing required field',
      page,
      { results: [{ id: 7, kind: 'tv' }] },
      [['$.results[0].name', '$.results[*].name', 'required', 'missing', 'id 7']],
    ],
    [
      'null where null is not allowed',
      page,
      { results: [{ id: 7, name: null, kind: 'tv' }] },
      [['$.results[0].name', '$.results[*].name', 'string', 'null', 'id 7']],
    ],
    [
      'a number with a fraction for an integer',
      page,
      { results: [{ id: 1.5, name: 'A', kind: 'tv' }] },
      [['$.results[0].id', '$.results[*].id', 'integer', 'number', 'id 1.5']],
    ],
    [
      'a value outside an enum',
      page,
      { results: [{ id: 2, name: 'A', kind: 'person' }] },
      [['$.results[0].kind', '$.results[*].kind', 'one of: movie, tv', '"person"', 'id 2']],
    ],
    [
      'a malformed date',
      page,
      { results: [{ id: 3, name: 'A', kind: 'tv', released: '2023-13-45' }] },
      [['$.results[0].released', '$.results[*].released', 'format date', '"2023-13-45"', 'id 3']],
    ],
    [
      'a map key outside its pattern',
      byCountry,
      { US: 1, 'CA-QC': 2 },
      [['$["CA-QC"]', '$.*', 'key pattern ^[A-Z]{2}$', 'key "CA-QC"', undefined]],
    ],
    [
      'a TV item in a mixed list, judged as TV',
      mixed,
      [{ media_type: 'tv', title: 'x' }],
      [['$[0].name', '$[*].name', 'required', 'missing', undefined]],
    ],
  ])('reports %s', (_, schema, value, expected) => {
    const found = checkValue(root, schema, value).map((entry) => [
      entry.path,
      entry.pattern,
      entry.expected,
      entry.actual,
      entry.recordId,
    ]);
    expect(found).toEqual(expected);
  });
});

const spec = {
  openapi: '3.1.0',
  paths: {
    '/3/thing/{thing_id}': {
      get: {
        operationId: 'getThing',
        parameters: [{ name: 'thing_id', in: 'path', required: true, schema: { type: 'integer' } }],
        responses: {
          '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } },
          '404': { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/3/thing/{thing_id}/rating': {
      post: {
        operationId: 'rateThing',
        responses: {
          '201': {
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['success'],
                  properties: { success: { type: 'boolean' } },
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    ...root.components,
    responses: {
      NotFound: {
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['status_code'],
              properties: { status_code: { type: 'integer' } },
            },
          },
        },
      },
    },
  },
};

describe('createVerifier', () => {
  const verifier = createVerifier(spec);
  const sample = (path: string, status: number, body: unknown, method = 'GET') => ({
    source: 'test',
    method,
    path,
    status,
    body,
  });

  it('routes a sample to its operation and checks the schema of its status', () => {
    expect(
      verifier.verify(sample('/3/thing/1', 200, { id: 1, name: 'x', kind: 'tv' })).contradictions,
    ).toEqual([]);
    expect(verifier.verify(sample('/3/thing/1', 404, { status_code: 34 })).contradictions).toEqual([]);
    const wrong = verifier.verify(sample('/3/thing/1', 404, { status_message: 'gone' }));
    expect(wrong.operationId).toBe('getThing');
    expect(wrong.contradictions.map((entry) => entry.path)).toEqual(['$.status_code']);
  });

  it('reports a status the operation does not declare and a path no operation serves', () => {
    expect(verifier.verify(sample('/3/thing/1', 418, {})).contradictions[0]).toMatchObject({
      expected: 'a declared status (200, 404)',
      actual: 'status 418',
    });
    expect(verifier.verify(sample('/3/nothing', 200, {}))).toMatchObject({
      operationId: undefined,
      contradictions: [{ actual: 'GET /3/nothing' }],
    });
  });

  it('checks a documentation example against any success response the operation declares', () => {
    const example = {
      ...sample('/3/thing/{thing_id}/rating', 200, { success: true }, 'post'),
      anySuccessStatus: true,
    };
    expect(verifier.verify(example).contradictions).toEqual([]);
  });

  it('finds every contradiction of the bundled spec in a broken movie and none in a good one', () => {
    const real = createVerifier(bundledSpec);
    const broken = real.verify(
      sample('/3/genre/movie/list', 200, { genres: [{ id: 'x', name: 'Drama' }, { id: 2 }] }),
    );
    expect(broken.contradictions.map((entry) => [entry.path, entry.expected, entry.actual])).toEqual([
      ['$.genres[0].id', 'integer', 'string'],
      ['$.genres[1].name', 'required', 'missing'],
    ]);
    expect(
      real.verify(sample('/3/genre/movie/list', 200, { genres: [{ id: 18, name: 'Drama' }] })).contradictions,
    ).toEqual([]);
  });
});

describe('buildReport and formatReport', () => {
  const verifier = createVerifier(spec);
  const verdicts = [
    verifier.verify({
      source: 'a.json',
      method: 'GET',
      path: '/3/thing/1',
      status: 200,
      body: { id: 1, kind: 'tv' },
    }),
    verifier.verify({
      source: 'b.json',
      method: 'GET',
      path: '/3/thing/2',
      status: 200,
      body: { id: 2, kind: 'tv' },
    }),
    verifier.verify({
      source: 'c.json',
      method: 'GET',
      path: '/3/thing/3',
      status: 200,
      body: { id: 3, name: 'ok', kind: 'movie' },
    }),
  ];

  it('groups contradictions by operation, path and kind, counting them, with an example record', () => {
    const report = buildReport(verdicts);
    expect(report).toMatchObject({ samples: 3, validated: 1, ok: false });
    expect(report.rows).toEqual([
      {
        operation: 'getThing',
        path: '$.name',
        expected: 'required',
        actual: 'missing',
        count: 2,
        example: 'id 1 (a.json)',
      },
    ]);
    const text = formatReport(report);
    expect(text).toContain('| getThing | `$.name` | required | missing | 2 | id 1 (a.json) |');
    expect(text).toContain('Result: the spec is contradicted.');
  });

  it('accepts what a checked exception justifies, and fails on an exception that no longer matches', () => {
    const name = { operation: 'getThing', path: '$.name', reason: 'older sample' };
    const stale = { operation: 'getThing', path: '$.poster_path', reason: 'fixed long ago' };
    const justified = buildReport(verdicts, [], [name]);
    expect(justified).toMatchObject({ validated: 3, ok: true, rows: [], staleExceptions: [] });
    expect(justified.excused).toMatchObject([{ path: '$.name', count: 2, reason: 'older sample' }]);
    const withStale = buildReport(verdicts, [], [name, stale]);
    expect(withStale.ok).toBe(false);
    expect(formatReport(withStale)).toContain('- getThing $.poster_path');
  });

  it('holds exceptions of operations the run did not see against nothing (a v4 file and v3 exceptions)', () => {
    const elsewhere = { operation: 'getOtherThing', path: '$.name', reason: 'another file' };
    const name = { operation: 'getThing', path: '$.name', reason: 'older sample' };
    expect(buildReport(verdicts, [], [name, elsewhere])).toMatchObject({ ok: true, staleExceptions: [] });
  });

  it('names a sample at a path no operation serves by its method and path, which an exception can justify', () => {
    const stray = verifier.verify({
      source: 'd.json',
      method: 'DELETE',
      path: '/4/12',
      status: 200,
      body: {},
    });
    const unjustified = buildReport([stray]);
    expect(unjustified.rows).toMatchObject([{ operation: 'DELETE /4/12', path: '$' }]);
    const misplaced = { operation: 'DELETE /4/12', path: '$', reason: 'the file misplaces this path' };
    expect(buildReport([stray], [], [misplaced])).toMatchObject({ ok: true, rows: [] });
  });

  it('counts an unreadable sample as a failure', () => {
    expect(buildReport([], [{ source: 'x.json', message: 'not JSON' }]).ok).toBe(false);
  });
});

describe('sample readers', () => {
  it('reads the JSON answers of /3/ requests from a HAR file, decoding base64 and skipping the rest', () => {
    const entry = (
      url: string,
      mimeType: string,
      text: string | undefined,
      extra: Record<string, unknown> = {},
    ) => ({
      request: { method: 'GET', url },
      response: { status: 200, content: { mimeType, text, ...extra } },
    });
    const har = {
      log: {
        entries: [
          entry('https://api.themoviedb.org/3/movie/550', 'application/json', '{"id":550}'),
          entry(
            'https://api.themoviedb.org/3/tv/1399',
            'application/json',
            Buffer.from('{"id":1399}').toString('base64'),
            { encoding: 'base64' },
          ),
          entry('https://image.tmdb.org/t/p/w500/x.jpg', 'image/jpeg', 'binary'),
          entry('https://api.themoviedb.org/3/movie/551', 'application/json', '{broken'),
        ],
      },
    };
    const loaded = samplesFromHar(har, 'session.har');
    expect(loaded.samples.map((s) => [s.path, s.body])).toEqual([
      ['/3/movie/550', { id: 550 }],
      ['/3/tv/1399', { id: 1399 }],
    ]);
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]?.message).toContain('/3/movie/551: body is not JSON');
    expect(samplesFromHar({}, 'x.har').problems[0]?.message).toContain('not a HAR file');
  });

  it('reads OpenAPI examples given as JSON text or as values, and reports one that is not JSON', () => {
    const document = {
      paths: {
        '/3/a': {
          get: {
            responses: {
              '200': {
                content: {
                  'application/json': { examples: { One: { value: '{"id":1}' }, Bad: { value: '{oops' } } },
                },
              },
            },
          },
        },
        '/3/b': {
          post: {
            responses: {
              '201': { content: { 'application/json': { example: { ok: true } } } },
              '401': { content: { 'application/json': { example: {} } } },
            },
          },
        },
      },
    };
    const loaded = samplesFromOpenApiExamples(document, 'doc.json');
    expect(loaded.samples.map((s) => [s.method, s.path, s.status, s.body, s.anySuccessStatus])).toEqual([
      ['get', '/3/a', 200, { id: 1 }, true],
      ['post', '/3/b', 201, { ok: true }, true],
    ]);
    expect(loaded.problems.map((p) => p.source)).toEqual(['GET /3/a 200 Bad']);
  });
});
