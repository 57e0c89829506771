/**
 * Writes the app icons (public/icons/*.png) the web app manifest names: a
 * setting sun over the sea, drawn pixel by pixel and encoded as PNG with
 * fflate, so no image tool is needed. Run again after changing the design:
 * `npx tsx scripts/make-icons.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zlibSync } from 'fflate';

const OUT = join(import.meta.dirname, '../public/icons');

type Rgb = [number, number, number];
const NAVY: Rgb = [22, 36, 56];
const SEA: Rgb = [31, 78, 110];
const SUN: Rgb = [206, 62, 46];
const OIL: Rgb = [240, 200, 90];

/** The colour of pixel (x, y) of a size×size icon; `pad` shrinks the drawing (maskable icons keep a safe zone). */
function pixel(x: number, y: number, size: number, pad: number): Rgb {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  const inner = 1 - 2 * pad;
  const cx = 0.5;
  const cy = pad + inner * 0.52;
  const r = inner * 0.3;
  const horizon = pad + inner * 0.66;
  const d = Math.hypot(u - cx, v - cy);
  if (v > horizon) {
    // Bands of sea, with a gold line (the oil) just under the horizon.
    if (v < horizon + inner * 0.04 && Math.abs(u - 0.5) < inner * 0.34) return OIL;
    return SEA;
  }
  if (d < r) return SUN;
  return NAVY;
}

function png(size: number, pad: number): Uint8Array {
  const raw = new Uint8Array(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b] = pixel(x, y, size, pad);
      const o = y * (size * 3 + 1) + 1 + x * 3;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
    }
  }
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return concat([
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlibSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

writeFileSync(join(OUT, 'icon-192.png'), png(192, 0.08));
writeFileSync(join(OUT, 'icon-512.png'), png(512, 0.08));
writeFileSync(join(OUT, 'icon-maskable-512.png'), png(512, 0.18));
writeFileSync(join(OUT, 'apple-touch-icon.png'), png(180, 0.08));
// The tab's icon goes into index.html as a data: URL: it needs no request of its own.
const favicon = `data:image/png;base64,${Buffer.from(png(32, 0.04)).toString('base64')}`;
const indexHtml = join(import.meta.dirname, '../index.html');
writeFileSync(
  indexHtml,
  readFileSync(indexHtml, 'utf8').replace(
    /<link rel="icon"[^>]*>/,
    `<link rel="icon" type="image/png" href="${favicon}" />`,
  ),
);
console.log(`icons written to ${OUT}`);
