/** The region's logo as a cover image: PNG as it is, JPEG converted to PNG (the document model carries PNG). */
import type { ImageData } from '../doc/ast.js';
import { resvg } from './resvg.js';

/**
 * Reads a PNG's pixel size from its IHDR chunk.
 * @param bytes PNG bytes
 * @returns width and height, or undefined when the bytes are not a PNG
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || bytes[0] !== 0x89 || bytes[1] !== 0x50 || bytes[2] !== 0x4e || bytes[3] !== 0x47) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Turns logo file bytes into the cover's image.
 * @param bytes PNG or JPEG bytes
 * @returns the image, or undefined when the bytes are neither
 */
export async function logoImage(bytes: Uint8Array): Promise<ImageData | undefined> {
  const size = pngSize(bytes);
  if (size !== undefined) return { png: bytes, ...size };
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  // resvg rasterises an SVG that embeds the JPEG, which gives a PNG without another image library.
  const make = await resvg();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="data:image/jpeg;base64,${Buffer.from(bytes).toString('base64')}"/></svg>`;
  const bbox = make(svg).innerBBox();
  const width = Math.max(1, Math.round(bbox?.width ?? 0));
  const height = Math.max(1, Math.round(bbox?.height ?? 0));
  const sized = svg.replace('<svg ', `<svg width="${width}" height="${height}" `);
  const png = new Uint8Array(make(sized).render().asPng());
  return { png, width, height };
}
