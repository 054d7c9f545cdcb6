// Images for offline mode. The mock names posters and profiles (`/orbit-poster.jpg`) but serves no bytes, so
// the demo server draws a small SVG card for each name: the page looks like it will with TMDB, offline.
import type { IncomingMessage, ServerResponse } from 'node:http';

export const OFFLINE_IMAGES_PREFIX = '/offline-images/';

/** `/offline-images/w342/orbit-poster.jpg` → the SVG for "orbit-poster.jpg"; 404 for anything else. */
export function serveOfflineImage(request: IncomingMessage, response: ServerResponse): void {
  const pathname = new URL(request.url ?? '/', 'http://demo.invalid').pathname;
  const match = /^\/offline-images\/[a-z0-9]+\/([A-Za-z0-9._-]+)$/.exec(pathname);
  if (!match?.[1] || (request.method !== 'GET' && request.method !== 'HEAD')) {
    response.writeHead(404, { 'content-type': 'text/plain;charset=utf-8' });
    response.end('not found');
    return;
  }
  const svg = Buffer.from(drawImage(match[1]));
  response.writeHead(200, {
    'content-type': 'image/svg+xml',
    'content-length': svg.byteLength,
    'cache-control': 'public, max-age=86400',
    // An SVG opened on its own is a document; this one needs nothing but its inline styles.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    'x-content-type-options': 'nosniff',
  });
  response.end(request.method === 'HEAD' ? undefined : svg);
}

/** A card with a colour derived from the name and the name's words as its title, wrapped to fit. */
export function drawImage(fileName: string): string {
  const stem = fileName.replace(/\.[a-z]+$/i, '');
  // `the-quiet-orbit-backdrop-2`: the title, the kind, and an optional variant after it.
  const match = /-(poster|backdrop|profile|still|logo)(?:-[a-z0-9]+)?$/.exec(stem);
  const kind = match?.[1] ?? 'poster';
  const words = stem
    .slice(0, match?.index ?? stem.length)
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  const wide = kind === 'backdrop' || kind === 'still' || kind === 'logo';
  const [width, height] = wide ? [780, 439] : [342, 513];
  const fontSize = wide ? 44 : 30;
  const lines = wrap(words.length > 0 ? words : [stem], wide ? 24 : 14).slice(0, 4);
  const hue = [...stem].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 360, 7);
  const firstLineY = height / 2 - ((lines.length - 1) * fontSize * 1.2) / 2;
  const title = lines
    .map(
      (line, index) =>
        `<tspan x="50%" y="${Math.round(firstLineY + index * fontSize * 1.2)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">',
    `<stop offset="0" stop-color="hsl(${hue} 55% 38%)"/><stop offset="1" stop-color="hsl(${(hue + 60) % 360} 60% 18%)"/>`,
    '</linearGradient></defs>',
    `<rect width="${width}" height="${height}" fill="url(#g)"/>`,
    `<text fill="#fff" font-family="system-ui, sans-serif" font-size="${fontSize}" text-anchor="middle"`,
    ` dominant-baseline="middle">${title}</text>`,
    `<text x="50%" y="92%" fill="#ffffffaa" font-family="system-ui, sans-serif" font-size="16" text-anchor="middle">`,
    `${kind} · offline</text>`,
    '</svg>',
  ].join('');
}

/** Greedy word wrap: lines of at most `width` characters (a longer word gets a line of its own). */
function wrap(words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
