/**
 * Rendering a Vega-Lite spec without a browser: compiled to Vega, drawn to SVG by a headless view,
 * and rasterised to PNG as the fallback image. The same spec gives the same bytes every time.
 */
import type * as Vega from 'vega';
import type { ImageData } from '../../doc/ast.js';
import { xmlSafe } from '../engine/escape.js';
import { resvg } from '../resvg.js';
import { measureText } from './metrics.js';
import { FONT_FALLBACK, LOCALE } from './theme.js';

/** A Vega-Lite specification (plain JSON). */
export type ChartSpec = Record<string, unknown>;

/** Options of {@link renderChart}. */
export interface RenderChartOptions {
  /** PNG pixels per SVG pixel; default 2, sharp enough for print at text width. */
  readonly scale?: number;
}

/**
 * Renumbers the element ids of an SVG (clip paths, gradients) in order of appearance: Vega counts
 * them per process, so the second rendering of a chart would otherwise differ from the first.
 * @param svg the SVG text
 * @returns the SVG with ids `c1`, `c2`, … and the references to them rewritten
 */
export function stabiliseIds(svg: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) {
    const id = m[1] ?? '';
    if (!ids.has(id)) ids.set(id, `c${ids.size + 1}`);
  }
  if (ids.size === 0) return svg;
  return svg
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${ids.get(id) ?? id}"`)
    .replace(/url\(#([^)]+)\)/g, (whole, id: string) => (ids.has(id) ? `url(#${ids.get(id) ?? id})` : whole))
    .replace(/href="#([^"]+)"/g, (whole, id: string) => (ids.has(id) ? `href="#${ids.get(id) ?? id}"` : whole));
}

/** A spec with every text made safe for SVG: labels come from the data, and SVG is XML. */
function safeSpec(value: unknown): unknown {
  if (typeof value === 'string') return xmlSafe(value);
  if (Array.isArray(value)) return value.map(safeSpec);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, safeSpec(v)]));
  return value;
}

/** A Vega logger that drops every message. */
function silent(vega: typeof Vega): ReturnType<typeof Vega.logger> {
  return vega.logger(vega.None);
}

/**
 * Loads the chart libraries (Vega, Vega-Lite and the rasteriser) ahead of the first chart, as a
 * thread that has nothing else to do yet can.
 */
export async function loadChartLibraries(): Promise<void> {
  await Promise.all([import('vega'), import('vega-lite'), resvg()]);
}

/**
 * Renders a chart to SVG and PNG.
 * @param spec the Vega-Lite spec (with its data inline)
 * @param options PNG scale
 * @returns the image: PNG bytes, SVG bytes and the PNG size in pixels
 */
export async function renderChart(spec: ChartSpec, options: RenderChartOptions = {}): Promise<ImageData> {
  // Loaded on first use, so commands that draw no chart never pay for these libraries.
  const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
  // Vega's supported hook for measuring text without a canvas (as vl-convert does); always the same function.
  (vega as unknown as { textMetrics: { width: typeof measureText } }).textMetrics.width = measureText;
  // Library code never prints: both compilers log to a silent logger.
  const compiled = vl.compile(safeSpec(spec) as Parameters<typeof vl.compile>[0], { logger: silent(vega) }).spec;
  const view = new vega.View(vega.parse(compiled), {
    renderer: 'none',
    locale: LOCALE,
    logger: silent(vega),
  } as unknown as ConstructorParameters<typeof vega.View>[1]);
  let svg: string;
  try {
    svg = stabiliseIds(await view.toSVG());
  } finally {
    view.finalize();
  }
  const raster = await rasterise(svg, options.scale ?? 2);
  return { png: raster.png, svg: new TextEncoder().encode(svg), width: raster.width, height: raster.height };
}

/** A rasterised SVG: PNG bytes, the raw RGBA pixels and the size. */
export interface Raster {
  readonly png: Uint8Array;
  /** Four bytes per pixel, row by row. */
  readonly pixels: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/**
 * Rasterises an SVG with the system fonts (the chart font, else its fallback).
 * @param svg the SVG text
 * @param scale pixels per SVG pixel
 * @returns PNG bytes and pixels
 */
export async function rasterise(svg: string, scale: number): Promise<Raster> {
  const make = await resvg();
  const rendered = make(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: FONT_FALLBACK, sansSerifFamily: FONT_FALLBACK },
  }).render();
  const png = rendered.asPng();
  return {
    png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength),
    // A copy of the whole bitmap, made only when asked for: the books need only the PNG.
    get pixels() {
      const pixels = rendered.pixels;
      return new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength);
    },
    width: rendered.width,
    height: rendered.height,
  };
}
