import { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { runServer } from 'verdaccio';

export interface LocalRegistry {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** A bearer token for a user created for this run only. */
  token: string;
  /** The `.npmrc` line that authenticates against this registry. */
  authLine: string;
  close(): Promise<void>;
}

/**
 * Starts verdaccio on 127.0.0.1 with a free port and its storage under `dir`, with no uplinks: it holds
 * exactly what the rehearsal publishes, and nothing can reach the public registry through it.
 */
export async function startLocalRegistry(dir: string): Promise<LocalRegistry> {
  const server: unknown = await runServer({
    self_path: dir,
    storage: join(dir, 'storage'),
    auth: { htpasswd: { file: join(dir, 'htpasswd'), max_users: 1 } },
    uplinks: {},
    packages: { '**': { access: '$all', publish: '$authenticated', unpublish: '$authenticated' } },
    log: { type: 'stdout', format: 'json', level: 'error' },
    web: { enable: false },
    max_body_size: '50mb',
  });
  if (!(server instanceof Server)) throw new Error('verdaccio did not return an http.Server');
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(0, '127.0.0.1', listening);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  const close = () =>
    new Promise<void>((closed) => {
      server.closeAllConnections();
      server.close(() => closed());
    });
  try {
    const token = await createUser(url);
    return { url, token, authLine: `//127.0.0.1:${port}/:_authToken=${token}`, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** `npm adduser` over HTTP: verdaccio answers with a token for the new account. */
async function createUser(url: string): Promise<string> {
  const name = 'release-rehearsal';
  const response = await fetch(new URL(`-/user/org.couchdb.user:${name}`, url), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: crypto.randomUUID() }),
    signal: AbortSignal.timeout(10_000),
  });
  const body: unknown = await response.json();
  if (response.status !== 201 || typeof body !== 'object' || body === null || !('token' in body)) {
    throw new Error(`verdaccio refused to create a user: ${response.status}`);
  }
  const { token } = body;
  if (typeof token !== 'string') throw new Error('verdaccio answered without a token');
  return token;
}

export interface Packument {
  versions: Record<string, PublishedManifest>;
  'dist-tags': Record<string, string>;
}

export interface PublishedManifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  dist: { tarball: string };
}

/** The registry's document for a package, or undefined when it has never been published there. */
export async function fetchPackument(registryUrl: string, name: string): Promise<Packument | undefined> {
  const response = await fetch(new URL(name.replace('/', '%2f'), registryUrl), {
    signal: AbortSignal.timeout(10_000),
  });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`GET ${name} from the local registry: ${response.status}`);
  return (await response.json()) as Packument;
}

export async function fetchTarball(url: string): Promise<Buffer> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}
