/**
 * Rendering a Vega-Lite spec without a browser: compiled to Vega, drawn to SVG by a headless view,
 * and rasterised to PNG as the fallback image. The same spec gives the same bytes every time.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as Vega from 'vega';
import type { ImageData } from '../../doc/ast.js';
import { throughKeptAsync, type Kept } from '../../kept.js';
import { xmlSafe } from '../engine/escape.js';
import { resvg } from '../resvg.js';
import { measureText } from './metrics.js';
import { FONT_FALLBACK, LOCALE } from './theme.js';

/** A Vega-Lite specification (plain JSON). */
export type ChartSpec = Record<string, unknown>;

/**
 * The key of a chart: its spec as JSON (the same spec gives the same image).
 * @param spec the chart's spec
 * @returns the key
 */
export function chartId(spec: ChartSpec): string {
  return JSON.stringify(spec);
}

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

/**
 * A chart's image: the one kept from an earlier run for the same spec and the same installed fonts,
 * else rendered (and kept).
 * @param spec the Vega-Lite spec
 * @param kept the charts kept between runs, if any
 * @returns the image
 */
export function drawChart(spec: ChartSpec, kept?: Kept): Promise<ImageData> {
  return throughKeptAsync(
    kept,
    'chart',
    () => createHash('sha1').update(chartId(spec)).update('\u0000').update(installedFonts()).digest('base64'),
    isImage,
    () => renderChart(spec),
  );
}

/** Whether a value read back is an image. */
function isImage(value: unknown): value is ImageData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof ImageData, unknown>>;
  return v.png instanceof Uint8Array && (v.svg === undefined || v.svg instanceof Uint8Array) && typeof v.width === 'number' && typeof v.height === 'number';
}

let fonts: string | undefined;

/**
 * What tells the fonts the renderer finds apart from others: the folders it loads the system fonts
 * from (as resvg's font database does on each system, fontconfig's own settings included), and
 * when each of them, and each folder in them, last changed (a font installed, removed or replaced
 * changes its folder). Read once per thread.
 * @returns the text
 */
export function installedFonts(): string {
  fonts ??= fontFolders(process.platform, process.env, os.homedir())
    .flatMap((folder) => changes(folder))
    .join('\n');
  return fonts;
}

/** When a folder and each folder in it last changed, and each fontconfig settings file in them (`.conf`). */
function changes(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    out.push(`${dir} ${String(statSync(dir).mtimeMs)}`);
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.conf')) out.push(`${p} ${String(statSync(p).mtimeMs)}`);
    }
  };
  try {
    walk(folder);
  } catch {
    out.push(`${folder} -`);
  }
  return out;
}

/**
 * The folders the renderer's font database loads system fonts from.
 * @param platform the system
 * @param vars the environment variables
 * @param home the user's home folder
 * @returns the folders
 */
export function fontFolders(platform: string, vars: Readonly<Record<string, string | undefined>>, home: string): string[] {
  if (platform === 'win32') {
    const folders = [path.join(vars.SystemRoot ?? vars.windir ?? 'C:\\Windows', 'Fonts')];
    if (vars.LOCALAPPDATA !== undefined) folders.push(path.join(vars.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts'));
    return folders;
  }
  if (platform === 'darwin') return ['/Library/Fonts', '/System/Library/Fonts', '/Network/Library/Fonts', path.join(home, 'Library', 'Fonts')];
  const folders = ['/etc/fonts', '/usr/share/fonts', '/usr/local/share/fonts', path.join(home, '.fonts'), path.join(home, '.local', 'share', 'fonts')];
  if (vars.FONTCONFIG_FILE !== undefined) folders.push(path.dirname(vars.FONTCONFIG_FILE));
  if (vars.XDG_DATA_HOME !== undefined) folders.push(path.join(vars.XDG_DATA_HOME, 'fonts'));
  return folders;
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
