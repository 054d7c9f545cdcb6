// Puts the pieces together for one run of the demo: the upstream (the mock started here, or TMDB with the
// server's token) and the demo server in front of it.
import type { DemoConfig } from './demo-config.js';
import { type DemoServer, startDemoServer } from './demo-server.js';
import { OFFLINE_IMAGES_PREFIX } from './offline-images.js';
import type { ServerOptions } from './options.js';

export interface RunningDemo {
  readonly url: string;
  readonly mode: DemoConfig['mode'];
  /** Where API calls go: the mock's URL, or TMDB's. */
  readonly upstreamUrl: string;
  /** The demo user's name when offline, for the banner. */
  readonly demoUsername: string | undefined;
  close(): Promise<void>;
}

/** What the page is told offline: the mock's demo user to log in with, and images drawn by this server. */
export function offlineConfig(demoUser: {
  readonly username: string;
  readonly password: string;
}): DemoConfig {
  return {
    mode: 'mock',
    demoUser: { username: demoUser.username, password: demoUser.password },
    imageBaseUrl: OFFLINE_IMAGES_PREFIX,
  };
}

export async function launchDemo(options: ServerOptions, publicDir: string): Promise<RunningDemo> {
  const { host, port, upstream } = options;
  const allowedHosts = options.allowedHosts ?? [];
  if (upstream.kind === 'tmdb') {
    const server = await startDemoServer({
      publicDir,
      host,
      port,
      upstreamUrl: upstream.baseUrl,
      accessToken: upstream.accessToken,
      config: { mode: 'tmdb' },
      allowedHosts,
    });
    return {
      url: server.url,
      mode: 'tmdb',
      upstreamUrl: upstream.baseUrl,
      demoUsername: undefined,
      close: server.close,
    };
  }

  // Loaded only when needed: a run against TMDB never starts the fake.
  const { startMockServer, DEMO_USER, MOCK_ACCESS_TOKEN } = await import('@tmdb-kit/mock');
  const mock = await startMockServer({ host: '127.0.0.1', port: 0 });
  let server: DemoServer;
  try {
    server = await startDemoServer({
      publicDir,
      host,
      port,
      upstreamUrl: mock.url,
      accessToken: MOCK_ACCESS_TOKEN,
      config: offlineConfig(DEMO_USER),
      allowedHosts,
    });
  } catch (error) {
    await mock.close();
    throw error;
  }
  return {
    url: server.url,
    mode: 'mock',
    upstreamUrl: mock.url,
    demoUsername: DEMO_USER.username,
    close: async () => {
      await server.close();
      await mock.close();
    },
  };
}
