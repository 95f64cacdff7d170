/** The charts of the books: their asset keys (as the templates name them) and the charts each book needs, rendered. */
import type { ImageData } from '../../doc/ast.js';
import type { BookViewModels, BookNo } from '../view-model/index.js';
import { kesiapanAspekSpec, kesiapanPilarSpec } from './kesiapan.js';
import { petaJalanSpec } from './peta-jalan.js';
import { prioritasSpec } from './prioritas.js';
import { chartId, drawChart, type ChartSpec } from './render.js';
import type { Kept } from '../../kept.js';
import { sebaranSpec } from './sebaran.js';
import { trenSpec } from './tren.js';

export { chartId, drawChart, renderChart, stabiliseIds, type ChartSpec } from './render.js';
export { kesiapanAspekSpec, kesiapanPilarSpec, petaJalanSpec, prioritasSpec, sebaranSpec, trenSpec };

/** The asset key of each chart, as the templates write it in `::gambar{src="…"}`. */
export const GAMBAR = {
  kesiapanPilar: 'kesiapan-pilar',
  kesiapanAspek: 'kesiapan-aspek',
  sebaran: 'sebaran-dimensi',
  prioritas: 'matriks-prioritas',
  /** The first roadmap chart; a long roadmap continues in "peta-jalan-2" … */
  petaJalan: 'peta-jalan',
  /** The first trend chart of the region's indicators; more continue in "tren-indikator-2" … */
  tren: 'tren-indikator',
} as const;

/**
 * The chart specs a book uses, by asset key; a chart whose data is empty is left out (the template
 * shows a placeholder instead).
 * @param bookNo the book
 * @param vm the book's view model
 * @returns specs by asset key
 */
export function bookChartSpecs<N extends BookNo>(bookNo: N, vm: BookViewModels[N]): Record<string, ChartSpec> {
  const specs: Record<string, ChartSpec> = {};
  const v = vm;
  if ((bookNo === 1 || bookNo === 3) && 'kesiapan' in v && v.kesiapan.ada) {
    specs[GAMBAR.kesiapanPilar] = kesiapanPilarSpec(v.kesiapan);
    if (bookNo === 1) specs[GAMBAR.kesiapanAspek] = kesiapanAspekSpec(v.kesiapan);
  }
  if (bookNo === 1 && 'profilDaerah' in v) {
    for (const g of v.profilDaerah.tren.gambar) specs[g.kunci] = trenSpec(g);
  }
  if ((bookNo === 2 || bookNo === 3) && 'sebaran' in v) specs[GAMBAR.sebaran] = sebaranSpec(v.sebaran);
  if ((bookNo === 2 || bookNo === 3) && 'petaJalan' in v && v.petaJalan.ada) {
    for (const g of v.petaJalan.gambar) specs[g.kunci] = petaJalanSpec(g.batang, v.petaJalan.periode);
  }
  if ((bookNo === 2 || bookNo === 4) && 'prioritas' in v && v.prioritas.length > 0) specs[GAMBAR.prioritas] = prioritasSpec(v.prioritas);
  return specs;
}

/**
 * Charts already drawn, by {@link chartId}: books of one build share several charts. An entry may be
 * a promise: a chart being drawn, or one that another thread draws and hands over.
 */
export type ChartCache = Map<string, ImageData | Promise<ImageData>>;


/**
 * Renders the charts of a book.
 * @param bookNo the book
 * @param vm the book's view model
 * @param cache charts drawn for earlier books of the same build, reused when the spec is the same
 * @param kept charts drawn in earlier runs, kept between runs
 * @returns images by asset key
 */
export async function renderBookCharts<N extends BookNo>(
  bookNo: N,
  vm: BookViewModels[N],
  cache?: ChartCache,
  kept?: Kept,
): Promise<Record<string, ImageData>> {
  const out: Record<string, ImageData> = {};
  // One after the other: Vega's text measurement hook is global, and the order keeps output stable.
  for (const [key, spec] of Object.entries(bookChartSpecs(bookNo, vm))) {
    const id = chartId(spec);
    const image = await (cache?.get(id) ?? drawChart(spec, kept));
    cache?.set(id, image);
    out[key] = image;
  }
  return out;
}
