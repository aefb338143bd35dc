#!/usr/bin/env node
/**
 * Generates the add-in icons assets/icon-{16,32,64,80,128}.png (manifest IconUrl, ribbon) with zlib only:
 * a blue rounded square with a white screen and a green check mark ("Cyfrowa szkoła" — digital school).
 * Run: node scripts/ikony.js
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const ROZMIARY = [16, 32, 64, 80, 128];

const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function kawalek(typ, dane) {
  const dl = Buffer.alloc(4);
  dl.writeUInt32BE(dane.length);
  const td = Buffer.concat([Buffer.from(typ, 'ascii'), dane]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([dl, td, crc]);
}

/** colour of the point (u, v) in [0, 1]² as RGBA */
function piksel(u, v) {
  const r = 0.18; // corner radius
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  const ekran = u > 0.18 && u < 0.82 && v > 0.2 && v < 0.64;
  const podstawa = (u > 0.42 && u < 0.58 && v >= 0.64 && v < 0.74) || (u > 0.3 && u < 0.7 && v >= 0.74 && v < 0.8);
  const odl = (ax, ay, bx, by) => {
    const t = Math.max(
      0,
      Math.min(1, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
    );
    return Math.hypot(u - (ax + t * (bx - ax)), v - (ay + t * (by - ay)));
  };
  const haczyk = Math.min(odl(0.33, 0.43, 0.45, 0.54), odl(0.45, 0.54, 0.67, 0.3)) < 0.055;
  if (ekran && haczyk) return [0x10, 0x7c, 0x41, 255];
  if (ekran || podstawa) return [255, 255, 255, 255];
  return [0x1f, 0x5f, 0xae, 255];
}

function png(n) {
  const wiersze = [];
  const S = 4; // 4×4 supersampling for smooth edges
  for (let y = 0; y < n; y++) {
    const w = Buffer.alloc(1 + n * 4); // filter byte 0 (None)
    for (let x = 0; x < n; x++) {
      const suma = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const p = piksel((x + (sx + 0.5) / S) / n, (y + (sy + 0.5) / S) / n);
          for (let i = 0; i < 3; i++) suma[i] += p[i] * p[3];
          suma[3] += p[3];
        }
      const a = suma[3] / (S * S);
      for (let i = 0; i < 3; i++) w[1 + x * 4 + i] = suma[3] ? Math.round(suma[i] / suma[3]) : 0;
      w[1 + x * 4 + 3] = Math.round(a);
    }
    wiersze.push(w);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0);
  ihdr.writeUInt32BE(n, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    kawalek('IHDR', ihdr),
    kawalek('IDAT', zlib.deflateSync(Buffer.concat(wiersze), { level: 9 })),
    kawalek('IEND', Buffer.alloc(0)),
  ]);
}

const katalog = path.join(__dirname, '..', 'assets');
fs.mkdirSync(katalog, { recursive: true });
for (const n of ROZMIARY) fs.writeFileSync(path.join(katalog, `icon-${n}.png`), png(n));
console.log(`assets/icon-{${ROZMIARY.join(',')}}.png`);
