/**
 * The roadmap chart: a Gantt of the selected quick wins and the programs over the plan period,
 * grouped by dimension, one shade per horizon, each bar labelled with its span.
 */
import type { PetaJalanBatangVM } from '../view-model/index.js';
import type { ChartSpec } from './render.js';
import { CONFIG, INK } from './theme.js';

/** The kinds of bar, darkest first, with the shade and the colour of a label printed inside. */
const JENIS = [
  { label: 'Quick win', fill: '#1f1f1f', ink: '#ffffff' },
  { label: 'Jangka Pendek', fill: '#5f5f5f', ink: '#ffffff' },
  { label: 'Jangka Menengah', fill: '#a6a6a6', ink: INK },
  { label: 'Jangka Panjang', fill: '#e0e0e0', ink: INK },
] as const;

/**
 * Widths in pixels of the dimension column, the name column and the plot, and the row height:
 * about 880 px wide in all, so 11 px text prints near 8 pt on a landscape page 22 cm wide, and
 * 25 rows stay under 12 cm high.
 */
const HEADER_WIDTH = 125;
const LABEL_WIDTH = 355;
const PLOT_WIDTH = 380;
const STEP = 15;

/**
 * The roadmap spec, sized for a landscape page. Names and dimension headers are text marks left of
 * the plot (not axis labels), so each row is one band and each dimension starts under a rule.
 * @param batang the bars of this chart, in table order
 * @param periode the years of the plan
 * @returns the Vega-Lite spec
 */
export function petaJalanSpec(batang: readonly PetaJalanBatangVM[], periode: { readonly mulai: number; readonly selesai: number }): ChartSpec {
  const start = periode.mulai;
  const end = periode.selesai + 1;
  const years = end - start;
  const boundaries = Array.from({ length: years + 1 }, (_, i) => start + i);
  let previous = '';
  const values = batang.map((b, i) => {
    const jenis = JENIS.find((j) => j.label === b.jenis) ?? JENIS[3];
    // A bar that reaches the end of the period has no room after it: its label goes inside.
    const inside = b.selesai >= end - 0.75;
    const first = b.dimensi !== previous;
    previous = b.dimensi;
    return {
      baris: i,
      label: b.label,
      dimensi: first ? b.dimensi : '',
      awalKelompok: first,
      jenis: b.jenis,
      mulai: Math.max(start, b.mulai),
      selesai: Math.min(end, b.selesai),
      rentang: b.rentang,
      dalam: inside,
      tinta: inside ? jenis.ink : INK,
    };
  });
  const y = { field: 'baris', type: 'ordinal', axis: null, scale: { paddingInner: 0.25, paddingOuter: 0.1 } };
  const x = {
    field: 'mulai',
    type: 'quantitative',
    title: 'Tahun',
    scale: { domain: [start, end], nice: false, zero: false },
    // Ticks and grid lines at the year boundaries; each year's label centred in its band.
    axis: {
      format: 'd',
      values: boundaries,
      // Vega thins explicit values down to the tick count, which defaults to one per 40 px.
      tickCount: boundaries.length,
      labelOverlap: false,
      labelFlush: false,
      grid: true,
      labelOffset: PLOT_WIDTH / years / 2,
      labelExpr: `datum.value >= ${end} ? '' : datum.label`,
      labelFontSize: 11,
    },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CONFIG,
    width: PLOT_WIDTH,
    height: { step: STEP },
    data: { values },
    encoding: { y },
    layer: [
      {
        transform: [{ filter: 'datum.awalKelompok && datum.baris > 0' }],
        mark: { type: 'rule', color: '#8c8c8c', strokeWidth: 0.75 },
        encoding: {
          y: { ...y, bandPosition: 0 },
          x: { datum: start, type: 'quantitative' },
          x2: { datum: end },
        },
      },
      {
        mark: { type: 'bar', stroke: INK, strokeWidth: 0.5 },
        encoding: {
          x,
          x2: { field: 'selesai' },
          fill: {
            field: 'jenis',
            type: 'nominal',
            title: null,
            scale: { domain: JENIS.map((j) => j.label), range: JENIS.map((j) => j.fill) },
            legend: { symbolStrokeColor: INK, symbolStrokeWidth: 0.5, symbolType: 'square', columnPadding: 18 },
          },
        },
      },
      {
        mark: { type: 'text', align: 'right', dx: -6, fontSize: 11, limit: LABEL_WIDTH - 8 },
        encoding: { x: { datum: start, type: 'quantitative' }, text: { field: 'label' } },
      },
      {
        transform: [{ filter: 'datum.awalKelompok' }],
        mark: { type: 'text', align: 'left', dx: -(LABEL_WIDTH + HEADER_WIDTH), fontSize: 11, fontWeight: 'bold', limit: HEADER_WIDTH - 4 },
        encoding: { x: { datum: start, type: 'quantitative' }, text: { field: 'dimensi' } },
      },
      {
        transform: [{ filter: '!datum.dalam' }],
        mark: { type: 'text', align: 'left', dx: 3, fontSize: 10 },
        encoding: { x: { field: 'selesai', type: 'quantitative' }, text: { field: 'rentang' } },
      },
      {
        transform: [{ filter: 'datum.dalam' }],
        mark: { type: 'text', align: 'right', dx: -3, fontSize: 10 },
        encoding: {
          x: { field: 'selesai', type: 'quantitative' },
          text: { field: 'rentang' },
          color: { field: 'tinta', type: 'nominal', scale: null, legend: null },
        },
      },
    ],
  };
}
