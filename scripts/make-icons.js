#!/usr/bin/env node
/**
 * Draws the add-in's icon (a white three-stage funnel on the Fluent brand blue, rounded square)
 * and writes assets/icon-{16,32,64,80}.png plus a 128 px logo. Pure Node: the pixels are
 * rasterised with 4×4 supersampling and encoded as RGBA PNGs with zlib.
 * Run: node scripts/make-icons.js  (the PNGs are committed; re-run only to change the design).
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BRAND = [15, 108, 189]; // Fluent UI brand blue #0F6CBD
const WHITE = [255, 255, 255];
const SIZES = [16, 32, 64, 80, 128];
const SAMPLES = 4;

/** Funnel stages as [top, bottom, half-width] in unit coordinates, centred on x = 0.5. */
const STAGES = [
  [0.2, 0.36, 0.34],
  [0.42, 0.58, 0.23],
  [0.64, 0.8, 0.11],
];

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideFunnel(x, y) {
  return STAGES.some(([top, bottom, half]) => y >= top && y <= bottom && Math.abs(x - 0.5) <= half);
}

/** RGBA coverage-weighted colour of one pixel. */
function pixel(px, py, size) {
  let background = 0;
  let glyph = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES) / size;
      const y = (py + (sy + 0.5) / SAMPLES) / size;
      if (!insideRoundedSquare(x, y, 0.18)) continue;
      background++;
      if (insideFunnel(x, y)) glyph++;
    }
  }
  if (background === 0) return [0, 0, 0, 0];
  const share = glyph / background;
  const rgb = BRAND.map((c, i) => Math.round(c + (WHITE[i] - c) * share));
  return [...rgb, Math.round((255 * background) / (SAMPLES * SAMPLES))];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (None), then RGBA pixels
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y, size)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit depth, RGBA, deflate, no filter set, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assets = path.join(__dirname, "..", "assets");
fs.mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const name = size === 128 ? "logo-128.png" : `icon-${size}.png`;
  fs.writeFileSync(path.join(assets, name), png(size));
  console.log(`assets/${name}`);
}
