// Writes the add-in's icons (16, 32, 64, 80 px) as PNG with zlib only: `node assets/make-icons.mjs`.
// icon-*.png: three rising bars (the add-in); check-*.png: a check mark (ตรวจก่อนส่ง).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const HERE = path.dirname(fileURLToPath(import.meta.url));

const GREEN = [0x0f, 0x6e, 0x3a];
const WHITE = [0xff, 0xff, 0xff];
const SIZES = [16, 32, 64, 80];
const SAMPLES = 4; // supersampling per axis, for smooth edges

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = [];
  for (let y = 0; y < size; y++) rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Rounded square of side 1 (unit coordinates), corner radius r. */
function inRoundedSquare(x, y, r) {
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
}
const bars = (x, y) =>
  [
    [0.2, 0.6],
    [0.42, 0.42],
    [0.64, 0.24],
  ].some(([x0, top]) => x >= x0 && x <= x0 + 0.16 && y >= top && y <= 0.8);
function nearSegment(x, y, [ax, ay], [bx, by], w) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= w;
}
const check = (x, y) => nearSegment(x, y, [0.24, 0.52], [0.43, 0.71], 0.075) || nearSegment(x, y, [0.43, 0.71], [0.77, 0.3], 0.075);

function draw(size, mark) {
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!inRoundedSquare(x, y, 0.18)) continue;
          if (mark(x, y)) fg++;
          else bg++;
        }
      }
      const n = SAMPLES * SAMPLES;
      const alpha = (bg + fg) / n;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) out[i + c] = bg + fg === 0 ? 0 : Math.round((GREEN[c] * bg + WHITE[c] * fg) / (bg + fg));
      out[i + 3] = Math.round(alpha * 255);
    }
  }
  return png(size, out);
}

for (const size of SIZES) {
  fs.writeFileSync(path.join(HERE, `icon-${size}.png`), draw(size, bars));
  fs.writeFileSync(path.join(HERE, `check-${size}.png`), draw(size, check));
}
process.stdout.write(`icons: ${SIZES.join(", ")} px → ${HERE}\n`);
