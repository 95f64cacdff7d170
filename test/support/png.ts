/** Tiny PNG and SVG images for tests: a bar chart drawn pixel by pixel, without any image library. */
import { strToU8, zlibSync } from 'fflate';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(strToU8(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const BARS = [0.55, 0.8, 0.4, 0.9, 0.65, 0.3];
const COLOURS: readonly (readonly [number, number, number])[] = [
  [31, 119, 180],
  [255, 127, 14],
  [44, 160, 44],
  [214, 39, 40],
  [148, 103, 189],
  [140, 86, 75],
];

/**
 * A bar chart as an RGB PNG.
 * @param width pixels
 * @param height pixels
 * @returns PNG bytes
 */
export function barChartPng(width = 480, height = 270): Uint8Array {
  const raw = new Uint8Array(height * (1 + width * 3));
  const barWidth = Math.floor(width / (BARS.length * 2 + 1));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      const slot = Math.floor(x / barWidth);
      const bar = slot % 2 === 1 ? (slot - 1) / 2 : -1;
      const level = BARS[bar] ?? 0;
      const inBar = bar >= 0 && bar < BARS.length && y > height * (1 - level) - 1;
      const axis = y === height - 1 || x === 0;
      const [r, g, b] = axis ? [0, 0, 0] : inBar ? (COLOURS[bar] ?? [0, 0, 0]) : [255, 255, 255];
      raw.set([r, g, b], row + 1 + x * 3);
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
  const parts = [signature, chunk('IHDR', header), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/**
 * The same bar chart as SVG.
 * @param width user units
 * @param height user units
 * @returns SVG bytes
 */
export function barChartSvg(width = 480, height = 270): Uint8Array {
  const barWidth = Math.floor(width / (BARS.length * 2 + 1));
  const bars = BARS.map((level, i) => {
    const [r, g, b] = COLOURS[i] ?? [0, 0, 0];
    const h = Math.round(height * level);
    return `<rect x="${(2 * i + 1) * barWidth}" y="${height - h}" width="${barWidth}" height="${h}" fill="rgb(${r},${g},${b})"/>`;
  }).join('');
  return strToU8(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<rect width="${width}" height="${height}" fill="white"/>${bars}` +
      `<path d="M0 0V${height}H${width}" stroke="black" fill="none"/></svg>`,
  );
}
