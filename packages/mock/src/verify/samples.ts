// What verification judges: samples (a method, a path, a status and a JSON body) from a HAR file exported
// from a browser or from the response examples of a TMDB OpenAPI document (captures folders are read by
// ../capture/load.ts). What cannot be read becomes a problem to report, never a crash and never dropped.
import { isJsonObject } from '../openapi/json.js';
import { HTTP_METHODS } from '../openapi/operations.js';

export interface Sample {
  /** Where the sample came from, for the report: a file, a HAR entry or an example name. */
  readonly source: string;
  readonly method: string;
  /** A concrete path (`/3/movie/550`) or, for documentation examples, a path template. */
  readonly path: string;
  readonly status: number;
  readonly body: unknown;
  /**
   * Documentation examples are filed under a nominal status (TMDB's docs say 200 where the API answers
   * 201), so they are checked against whichever success response the operation declares.
   */
  readonly anySuccessStatus?: boolean;
}

export interface LoadProblem {
  readonly source: string;
  readonly message: string;
}

export interface Loaded {
  readonly samples: Sample[];
  readonly problems: LoadProblem[];
}

/** The JSON answers to `/3/...` requests in a HAR file; images, scripts and other hosts' calls are skipped. */
export function samplesFromHar(har: unknown, name: string): Loaded {
  const samples: Sample[] = [];
  const problems: LoadProblem[] = [];
  const log = isJsonObject(har) ? har.log : undefined;
  const entries = isJsonObject(log) && Array.isArray(log.entries) ? log.entries : undefined;
  if (!entries) return { samples, problems: [{ source: name, message: 'not a HAR file (no log.entries)' }] };
  for (const [index, entry] of entries.entries()) {
    const source = `${name}#${index}`;
    const request = isJsonObject(entry) ? entry.request : undefined;
    const response = isJsonObject(entry) ? entry.response : undefined;
    if (!isJsonObject(request) || !isJsonObject(response)) continue;
    if (typeof request.url !== 'string' || typeof request.method !== 'string') continue;
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      continue;
    }
    if (!/^\/[34]\//.test(url.pathname) || request.method.toUpperCase() === 'OPTIONS') continue;
    const content = isJsonObject(response.content) ? response.content : {};
    if (typeof content.mimeType === 'string' && !content.mimeType.includes('json')) continue;
    if (typeof content.text !== 'string' || typeof response.status !== 'number' || response.status === 0) {
      problems.push({ source, message: `${request.method} ${url.pathname}: the HAR holds no response body` });
      continue;
    }
    const text =
      content.encoding === 'base64' ? Buffer.from(content.text, 'base64').toString('utf8') : content.text;
    try {
      samples.push({
        source: `${source} ${request.method.toUpperCase()} ${url.pathname}`,
        method: request.method,
        path: url.pathname,
        status: response.status,
        body: JSON.parse(text),
      });
    } catch (error) {
      problems.push({
        source,
        message: `${request.method} ${url.pathname}: body is not JSON: ${messageOf(error)}`,
      });
    }
  }
  return { samples, problems };
}

/**
 * The JSON response examples of an OpenAPI document (TMDB publishes its examples as JSON text inside
 * `examples.<name>.value`; a plain `example` or an object value works too).
 */
export function samplesFromOpenApiExamples(document: unknown, name: string): Loaded {
  const samples: Sample[] = [];
  const problems: LoadProblem[] = [];
  const paths = isJsonObject(document) ? document.paths : undefined;
  if (!isJsonObject(paths))
    return { samples, problems: [{ source: name, message: 'not an OpenAPI document (no paths)' }] };
  for (const [path, item] of Object.entries(paths)) {
    if (!isJsonObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      const responses = isJsonObject(operation) ? operation.responses : undefined;
      if (!isJsonObject(responses)) continue;
      for (const [status, response] of Object.entries(responses)) {
        if (!/^2\d\d$/.test(status) || !isJsonObject(response) || !isJsonObject(response.content)) continue;
        const media = response.content['application/json'];
        if (!isJsonObject(media)) continue;
        const examples: [string, unknown][] = isJsonObject(media.examples)
          ? Object.entries(media.examples).map(([key, example]) => [
              key,
              isJsonObject(example) ? example.value : undefined,
            ])
          : 'example' in media
            ? [['example', media.example]]
            : [];
        for (const [exampleName, value] of examples) {
          const source = `${method.toUpperCase()} ${path} ${status} ${exampleName}`;
          const body = typeof value === 'string' ? parseOrProblem(value, source, problems) : value;
          if (body === undefined) continue;
          samples.push({ source, method, path, status: Number(status), body, anySuccessStatus: true });
        }
      }
    }
  }
  return { samples, problems };
}

function parseOrProblem(text: string, source: string, problems: LoadProblem[]): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push({ source, message: `the example is not JSON: ${messageOf(error)}` });
    return undefined;
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
