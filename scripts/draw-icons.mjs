#!/usr/bin/env node
/*
 * Draws the add-in's ribbon and app icons as PNG files in assets/, at every size Office asks for.
 * Shapes are signed-distance functions in a 0..1 square, so each size is drawn crisp, not rescaled.
 * Run `node scripts/draw-icons.mjs` after changing a design; the PNGs are committed.
 */
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";

const BRAND = [15, 108, 189];
const BRAND_DARK = [17, 94, 163];
const TEAL = [3, 131, 135];
const ORANGE = [218, 59, 1];
const GREY = [96, 94, 92];
const WHITE = [255, 255, 255];

// Signed distances (negative inside), in unit coordinates.
const box =
  (cx, cy, hw, hh, r = 0) =>
  (x, y) => {
    const qx = Math.abs(x - cx) - hw + r,
      qy = Math.abs(y - cy) - hh + r;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const ellipseRing = (cx, cy, rx, ry, w) => (x, y) => {
  const k = Math.hypot((x - cx) / rx, (y - cy) / ry);
  return Math.abs(k - 1) * Math.min(rx, ry) - w / 2;
};
const segment = (ax, ay, bx, by, r) => (x, y) => {
  const px = x - ax,
    py = y - ay,
    dx = bx - ax,
    dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * h, py - dy * h) - r;
};
const intersect = (a, b) => (x, y) => Math.max(a(x, y), b(x, y));

const designs = {
  // A bar chart: the staff counts the request is about.
  app: [
    [box(0.5, 0.5, 0.46, 0.46, 0.12), BRAND],
    [box(0.28, 0.62, 0.08, 0.2, 0.02), WHITE],
    [box(0.5, 0.5, 0.08, 0.32, 0.02), WHITE],
    [box(0.72, 0.68, 0.08, 0.14, 0.02), WHITE],
  ],
  // An age pyramid: bands of different widths.
  ages: [
    [box(0.5, 0.2, 0.16, 0.08, 0.03), TEAL],
    [box(0.5, 0.4, 0.28, 0.08, 0.03), BRAND],
    [box(0.5, 0.6, 0.38, 0.08, 0.03), TEAL],
    [box(0.5, 0.8, 0.44, 0.08, 0.03), BRAND],
  ],
  // A globe: nationalities grouped by region.
  nationalities: [
    [circle(0.5, 0.5, 0.44), BRAND],
    [intersect(ellipseRing(0.5, 0.5, 0.17, 0.44, 0.07), circle(0.5, 0.5, 0.44)), WHITE],
    [intersect(box(0.5, 0.5, 0.44, 0.035), circle(0.5, 0.5, 0.44)), WHITE],
    [intersect(box(0.5, 0.28, 0.44, 0.03), circle(0.5, 0.5, 0.38)), WHITE],
    [intersect(box(0.5, 0.72, 0.44, 0.03), circle(0.5, 0.5, 0.38)), WHITE],
  ],
  // A table with one small cell flagged.
  check: [
    ...[0, 1, 2].flatMap((r) =>
      [0, 1, 2].map((c) => [box(0.2 + c * 0.3, 0.2 + r * 0.3, 0.12, 0.12, 0.025), r === 1 && c === 2 ? ORANGE : BRAND]),
    ),
  ],
  // The request sheet: a page with lines of text.
  request: [
    [box(0.5, 0.5, 0.34, 0.46, 0.05), GREY],
    [box(0.5, 0.5, 0.29, 0.41, 0.03), WHITE],
    [segment(0.33, 0.3, 0.67, 0.3, 0.035), BRAND],
    [segment(0.33, 0.45, 0.67, 0.45, 0.035), BRAND],
    [segment(0.33, 0.6, 0.58, 0.6, 0.035), BRAND],
    [segment(0.33, 0.75, 0.5, 0.75, 0.035), BRAND_DARK],
  ],
};

function render(layers, size) {
  const px = new Float64Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const ux = (x + 0.5) / size,
        uy = (y + 0.5) / size;
      const i = (y * size + x) * 4;
      for (const [sdf, [r, g, b]] of layers) {
        const a = Math.max(0, Math.min(1, 0.5 - sdf(ux, uy) * size)); // one-pixel antialiased edge
        if (a === 0) continue;
        const under = px[i + 3] * (1 - a);
        const out = a + under;
        px[i] = (r * a + px[i] * under) / out;
        px[i + 1] = (g * a + px[i + 1] * under) / out;
        px[i + 2] = (b * a + px[i + 2] * under) / out;
        px[i + 3] = out;
      }
    }
  }
  return png(size, px);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, px) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size * 4; x++) {
      const v = x % 4 === 3 ? px[y * size * 4 + x] * 255 : px[y * size * 4 + x];
      raw[y * (size * 4 + 1) + 1 + x] = Math.round(v);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync("assets", { recursive: true });
for (const [name, layers] of Object.entries(designs)) {
  const sizes = name === "app" ? [16, 32, 64, 80, 128] : [16, 32, 80];
  for (const size of sizes) {
    const file = name === "app" ? `assets/icon-${size}.png` : `assets/${name}-${size}.png`;
    writeFileSync(file, render(layers, size));
  }
}
console.log("icons written to assets/");
