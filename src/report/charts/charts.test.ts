/** The charts: the same bytes every time, text that really shows in the PNG, shades of grey only, Indonesian numbers. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryKept } from '../../../test/support/kept.js';
import type { Analysis } from '../../pipeline/analyse.js';
import { loadAnalysis } from '../../../test/fixtures/books/example.js';
import { buildViewModel, type ViewModelOptions } from '../view-model/index.js';
import { bookChartSpecs, GAMBAR, renderBookCharts } from './index.js';
import { lineWidth } from './metrics.js';
import { drawChart, fontFolders, installedFonts, rasterise, renderChart, stabiliseIds, type ChartSpec } from './render.js';
import { budgetTicks } from './prioritas.js';
import { CONFIG } from './theme.js';

const OPTIONS: ViewModelOptions = { draft: false, buildDate: new Date(Date.UTC(2022, 8, 14)) };
const decoder = new TextDecoder();

let a: Analysis;
let specs: Record<string, ChartSpec>;

beforeAll(async () => {
  a = await loadAnalysis();
  specs = {
    ...bookChartSpecs(1, buildViewModel(a.model, a.ranking, 1, OPTIONS)),
    ...bookChartSpecs(2, buildViewModel(a.model, a.ranking, 2, OPTIONS)),
  };
});

/** Pixels darker than mid-grey. */
function darkPixels(pixels: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const lum = 0.299 * (pixels[i] ?? 255) + 0.587 * (pixels[i + 1] ?? 255) + 0.114 * (pixels[i + 2] ?? 255);
    if ((pixels[i + 3] ?? 0) > 0 && lum < 128) n++;
  }
  return n;
}

describe('the charts of the books', () => {
  it('are the six charts, each in the books that print it (the example\'s nine indicator trends take two figures)', () => {
    expect(Object.keys(specs).sort()).toEqual([...Object.values(GAMBAR), 'tren-indikator-2'].sort());
    const b4 = bookChartSpecs(4, buildViewModel(a.model, a.ranking, 4, OPTIONS));
    expect(Object.keys(b4)).toEqual([GAMBAR.prioritas]);
    const b3 = bookChartSpecs(3, buildViewModel(a.model, a.ranking, 3, OPTIONS));
    expect(Object.keys(b3).sort()).toEqual([GAMBAR.kesiapanPilar, GAMBAR.petaJalan, GAMBAR.sebaran].sort());
  });

  it('render to identical SVG and PNG bytes twice in a row', async () => {
    for (const [key, spec] of Object.entries(specs)) {
      const first = await renderChart(spec);
      const second = await renderChart(spec);
      expect(Buffer.from(second.svg ?? []).equals(Buffer.from(first.svg ?? [])), key).toBe(true);
      expect(Buffer.from(second.png).equals(Buffer.from(first.png)), key).toBe(true);
      expect(first.width).toBeGreaterThan(400);
      expect(first.height).toBeGreaterThan(100);
    }
  });

  it('use shades of grey only, so they read the same printed in black and white', async () => {
    for (const [key, spec] of Object.entries(specs)) {
      const svg = decoder.decode((await renderChart(spec)).svg);
      const colours = [...svg.matchAll(/(?:fill|stroke)="(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})"/g)].map((m) => (m[1] ?? '').toLowerCase());
      expect(colours.length, key).toBeGreaterThan(0);
      for (const c of colours) {
        const hex = c.length === 4 ? `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}` : c;
        expect(hex.slice(1, 3) === hex.slice(3, 5) && hex.slice(3, 5) === hex.slice(5, 7), `${key}: ${c}`).toBe(true);
      }
      expect(svg, key).not.toMatch(/(?:fill|stroke)="(?:rgb|hsl|steelblue|orange|red|green|blue)/);
    }
  });

  it('write numbers the Indonesian way and label in Indonesian', async () => {
    const pilar = decoder.decode((await renderChart(specs[GAMBAR.kesiapanPilar] ?? {})).svg);
    expect(pilar).toContain('2,67 (sebagian)');
    const prioritas = decoder.decode((await renderChart(specs[GAMBAR.prioritas] ?? {})).svg);
    expect(prioritas).toContain('>1.000<');
    expect(prioritas).toContain('>0,85<');
    expect(prioritas).toContain('Tidak memenuhi syarat');
    const petaJalan = decoder.decode((await renderChart(specs[GAMBAR.petaJalan] ?? {})).svg);
    for (const y of ['2023', '2027', '2032']) expect(petaJalan).toContain(`>${y}<`);
    expect(petaJalan).toContain('Feb–Nov 2023');
    const tren = decoder.decode((await renderChart(specs[GAMBAR.tren] ?? {})).svg);
    expect(tren).toContain('>273.825<');
    expect(tren).toContain('>74,93<');
    expect(tren).toContain('Jumlah penduduk (jiwa)');
    expect(tren).toMatch(/>[-−]2,26</);
    const tren2 = decoder.decode((await renderChart(specs['tren-indikator-2'] ?? {})).svg);
    expect(tren2).toContain('>7,47<');
    expect(tren2).toContain('Rumah tangga yang mengakses');
  });

  it('space the budget labels of the priority matrix apart, never side by side ("400500")', async () => {
    expect(budgetTicks(70, 1400)).toEqual([100, 200, 500, 1000]);
    for (const [min, max] of [[0.7, 14_000], [70, 1400], [7, 90_000], [350, 2100]] as const) {
      const ticks = budgetTicks(min, max);
      expect(ticks.length, `${min}–${max}`).toBeGreaterThanOrEqual(2);
      const px = ticks.map((v) => (380 * Math.log10(v / min)) / Math.log10(max / min));
      px.slice(1).forEach((x, i) => expect(x - (px[i] ?? 0), `${min}–${max}`).toBeGreaterThanOrEqual(48));
    }
    // In the drawn chart: the x-axis labels (centred numbers in one row) stand at least 40 px apart.
    const svg = decoder.decode((await renderChart(specs[GAMBAR.prioritas] ?? {})).svg);
    const row = [...svg.matchAll(/<text text-anchor="middle" transform="translate\(([\d.]+),([\d.]+)\)"[^>]*>([\d.]+)<\/text>/g)]
      .map((m) => ({ x: Number(m[1]), text: m[3] }))
      .sort((a, b) => a.x - b.x);
    expect(row.length).toBeGreaterThanOrEqual(3);
    row.slice(1).forEach((l, i) => expect(l.x - (row[i]?.x ?? 0), `${row[i]?.text} ${l.text}`).toBeGreaterThanOrEqual(40));
  });

  it('draw their text into the PNG with a font found on this machine', async () => {
    const spec: ChartSpec = {
      config: CONFIG,
      width: 200,
      height: 40,
      data: { values: [{ t: 'Kesiapan Daerah' }] },
      mark: { type: 'text', fontSize: 24 },
      encoding: { text: { field: 't' } },
    };
    const image = await renderChart(spec);
    const raster = await rasterise(decoder.decode(image.svg), 1);
    expect(darkPixels(raster.pixels)).toBeGreaterThan(150);
    const blank = await rasterise(decoder.decode(image.svg).replace(/>Kesiapan Daerah</, '><'), 1);
    expect(darkPixels(blank.pixels)).toBe(0);
  });

  it('are drawn once for the same spec and fonts, then read back from the kept ones with the same bytes', async () => {
    const spec = specs[GAMBAR.prioritas] as ChartSpec;
    const kept = new MemoryKept();
    const drawn = await drawChart(spec, kept);
    expect(kept.writes).toBe(1);
    const again = await drawChart(spec, kept);
    expect(kept.writes).toBe(1);
    expect(again).toStrictEqual(drawn);
    expect(Buffer.from(again.png).equals(Buffer.from((await renderChart(spec)).png))).toBe(true);
    await drawChart(specs[GAMBAR.sebaran] as ChartSpec, kept);
    expect(kept.writes).toBe(2);
  });

  it('know the folders the renderer loads system fonts from, on each system', () => {
    expect(fontFolders('linux', {}, '/home/u')).toEqual(['/etc/fonts', '/usr/share/fonts', '/usr/local/share/fonts', '/home/u/.fonts', '/home/u/.local/share/fonts']);
    expect(fontFolders('darwin', {}, '/Users/u')).toContain(path.join('/Users/u', 'Library', 'Fonts'));
    expect(fontFolders('win32', { SystemRoot: 'D:\\Win', LOCALAPPDATA: 'L' }, 'H')).toEqual([path.join('D:\\Win', 'Fonts'), path.join('L', 'Microsoft', 'Windows', 'Fonts')]);
    // The same fonts read the same, with each folder that exists.
    expect(installedFonts()).toBe(installedFonts());
    if (process.platform === 'linux') expect(installedFonts()).toMatch(/^\/usr\/share\/fonts \d/m);
  });

  it('renders every chart of a book by its asset key', async () => {
    const assets = await renderBookCharts(4, buildViewModel(a.model, a.ranking, 4, OPTIONS));
    expect(Object.keys(assets)).toEqual([GAMBAR.prioritas]);
    expect([...(assets[GAMBAR.prioritas]?.png.slice(1, 4) ?? [])]).toEqual([0x50, 0x4e, 0x47]);
  });
});

describe('helpers', () => {
  it('renumbers SVG ids in order of appearance', () => {
    const svg = '<svg><clipPath id="clip7"/><g clip-path="url(#clip7)"/><linearGradient id="gradient3"/><rect fill="url(#gradient3)"/></svg>';
    expect(stabiliseIds(svg)).toBe('<svg><clipPath id="c1"/><g clip-path="url(#c1)"/><linearGradient id="c2"/><rect fill="url(#c2)"/></svg>');
    expect(stabiliseIds('<svg/>')).toBe('<svg/>');
  });

  it('measures text with Arial metrics', () => {
    expect(lineWidth('MMMM', 10)).toBeCloseTo(33.32, 2);
    expect(lineWidth('iiii', 10)).toBeCloseTo(8.88, 2);
    expect(lineWidth('a', 10, true)).toBeGreaterThan(lineWidth('a', 10));
  });
});
