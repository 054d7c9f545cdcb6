// The demo server's pages and files over real HTTP: the config embedded in the page, deep links, caching,
// and nothing outside the built app.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CONFIG_ELEMENT_ID, type DemoConfig } from '../server/demo-config.js';
import { DemoBuildMissingError, type DemoServer, startDemoServer } from '../server/demo-server.js';
import { offlineConfig } from '../server/launch.js';
import { drawImage } from '../server/offline-images.js';
import { type BuiltApp, makeBuiltApp, rawGet } from './support/servers.js';

const TOKEN = 'server-side-token-0123456789';
const config: DemoConfig = offlineConfig({
  username: 'demo',
  password: '</script><script>alert(1)</script>',
});

let app: BuiltApp;
let demo: DemoServer;

beforeAll(async () => {
  app = makeBuiltApp();
  demo = await startDemoServer({
    publicDir: app.dir,
    upstreamUrl: 'http://127.0.0.1:1',
    accessToken: TOKEN,
    config,
  });
});
afterAll(async () => {
  await demo?.close();
  app?.remove();
});

/** The JSON in the page's config element, as the browser would read it. */
function embeddedConfig(html: string): unknown {
  const match = new RegExp(
    `<script id="${DEMO_CONFIG_ELEMENT_ID}" type="application/json">(.*?)</script>`,
  ).exec(html);
  return match?.[1] === undefined ? undefined : JSON.parse(match[1]);
}

describe('the demo server’s pages', () => {
  it('serves the page with the config embedded, a strict CSP and no caching', async () => {
    const response = await fetch(demo.url);
    const html = await response.text();
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(embeddedConfig(html)).toEqual(config);
    expect(html).not.toContain(TOKEN);
  });

  it('escapes the config so no value can end its element', async () => {
    const html = await (await fetch(demo.url)).text();
    // The password above tries to close the element; only the real closing tag may appear.
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  it.each(['/movie/603', '/search?q=a', '/account/favorites', '/index.html'])(
    'serves the page for %s',
    async (path) => {
      const response = await fetch(`${demo.url}${path}`);
      expect(response.status).toBe(200);
      expect(embeddedConfig(await response.text())).toEqual(config);
    },
  );

  it('serves hashed assets for a year and other files revalidated', async () => {
    const asset = await fetch(`${demo.url}/assets/app-1a2b.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(await asset.text()).toBe('console.log("app");');
    const icon = await fetch(`${demo.url}/favicon.svg`);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404 for missing files rather than the page', async () => {
    expect((await fetch(`${demo.url}/assets/missing-0000.js`)).status).toBe(404);
    expect((await fetch(`${demo.url}/robots.txt`)).status).toBe(404);
  });

  it.each([
    '/../tmdb-kit-demo-outside.txt',
    '/%2e%2e/tmdb-kit-demo-outside.txt',
    '/assets/..%2f..%2ftmdb-kit-demo-outside.txt',
  ])('never serves files outside the built app (%s)', async (path) => {
    const response = await rawGet(demo.url, path);
    expect(response.body).not.toContain('outside the public folder');
  });

  it('answers 400 to malformed paths and 405 to writes', async () => {
    expect((await rawGet(demo.url, '/%E0%A4%A')).status).toBe(400);
    expect((await fetch(demo.url, { method: 'POST' })).status).toBe(405);
  });

  it('draws offline images for the names the mock gives, and nothing else', async () => {
    const image = await fetch(`${demo.url}/offline-images/w342/the-quiet-orbit-poster.jpg`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/svg+xml');
    const svg = await image.text();
    expect(svg).toMatch(/^<svg /);
    const text = svg.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('The Quiet Orbit');
    expect(text).toContain('poster');
    expect((await fetch(`${demo.url}/offline-images/w342/<script>.jpg`)).status).toBe(404);
    expect((await fetch(`${demo.url}/offline-images/orbit-poster.jpg`)).status).toBe(404);
  });
});

describe('starting without a build', () => {
  it('fails with a message that says how to build', async () => {
    const broken = makeBuiltApp();
    writeFileSync(join(broken.dir, 'index.html'), '<!doctype html><p>not a vite build</p>');
    try {
      const start = startDemoServer({
        publicDir: broken.dir,
        upstreamUrl: 'http://127.0.0.1:1',
        accessToken: TOKEN,
        config,
      });
      await expect(start).rejects.toThrow(DemoBuildMissingError);
      await expect(start).rejects.toThrow(/pnpm --filter @tmdb-kit\/demo build/);
    } finally {
      broken.remove();
    }
  });
});

describe('drawImage', () => {
  it('titles the card with the name before the kind, whatever variant follows', () => {
    const words = (svg: string) =>
      svg
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    expect(words(drawImage('the-quiet-orbit-backdrop-2.jpg'))).toBe('The Quiet Orbit backdrop · offline');
    expect(words(drawImage('ada-lovelace-profile.jpg'))).toBe('Ada Lovelace profile · offline');
    expect(words(drawImage('mystery.jpg'))).toBe('Mystery poster · offline');
  });
});
