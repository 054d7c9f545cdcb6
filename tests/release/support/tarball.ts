import { gunzipSync } from 'node:zlib';

export interface TarEntry {
  /** Path inside the package, without npm's leading `package/`. */
  path: string;
  content: Buffer;
}

const BLOCK = 512;

/** Lists the files of an npm tarball (gzip'd ustar), the exact bytes a consumer downloads. */
export function readTarball(gzipped: Buffer): TarEntry[] {
  const archive = gunzipSync(gzipped);
  const entries: TarEntry[] = [];
  let offset = 0;
  while (offset + BLOCK <= archive.length) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const name = field(header, 0, 100);
    const prefix = field(header, 345, 155);
    const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 0);
    const start = offset + BLOCK;
    if (type === '0' || type === '\0') {
      const fullName = prefix ? `${prefix}/${name}` : name;
      entries.push({
        path: fullName.replace(/^[^/]+\//, ''),
        content: archive.subarray(start, start + size),
      });
    }
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries;
}

function field(header: Buffer, start: number, length: number): string {
  const raw = header.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}
