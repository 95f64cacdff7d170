/**
 * The roadmap chart: a Gantt of the selected quick wins and the programs over the plan period,
 * grouped by dimension, one shade per horizon, each bar labelled with its span.
 */
import type { PetaJalanVM } from '../view-model/index.js';
import type { ChartSpec } from './render.js';
import { CONFIG, INK } from './theme.js';

/** The kinds of bar, darkest first, with the shade and the colour of a label printed inside. */
const JENIS = [
  { label: 'Quick win', fill: '#1f1f1f', ink: '#ffffff' },
  { label: 'Jangka Pendek', fill: '#5f5f5f', ink: '#ffffff' },
  { label: 'Jangka Menengah', fill: '#a6a6a6', ink: INK },
  { label: 'Jangka Panjang', fill: '#e0e0e0', ink: INK },
] as const;

/** Width of the plot in pixels, and of the label column on its left. */
const PLOT_WIDTH = 520;
const LABEL_WIDTH = 400;

/**
 * The roadmap spec, sized for a landscape page.
 * @param p the roadmap view
 * @returns the Vega-Lite spec
 */
export function petaJalanSpec(p: PetaJalanVM): ChartSpec {
  const end = p.periode.selesai + 1;
  const years = end - p.periode.mulai;
  const boundaries = Array.from({ length: years + 1 }, (_, i) => p.periode.mulai + i);
  const values = p.batang.map((b, i) => {
    const jenis = JENIS.find((j) => j.label === b.jenis) ?? JENIS[3];
    // A bar that reaches the end of the period has no room after it: its label goes inside.
    const inside = b.selesai >= end - 0.75;
    return {
      urut: i,
      label: b.label,
      dimensi: b.dimensi,
      jenis: b.jenis,
      mulai: Math.max(p.periode.mulai, b.mulai),
      selesai: Math.min(end, b.selesai),
      rentang: b.rentang,
      dalam: inside,
      tinta: inside ? jenis.ink : INK,
    };
  });
  const dims = [...new Set(values.map((v) => v.dimensi))];
  const xScale = { domain: [p.periode.mulai, end], nice: false, zero: false };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CONFIG,
    data: { values },
    facet: {
      row: {
        field: 'dimensi',
        type: 'nominal',
        sort: dims,
        title: null,
        header: { labelAngle: 0, labelOrient: 'top', labelAnchor: 'start', labelPadding: 2 },
      },
    },
    resolve: { scale: { y: 'independent' } },
    spacing: 4,
    spec: {
      width: PLOT_WIDTH,
      height: { step: 14 },
      encoding: {
        y: {
          field: 'label',
          type: 'nominal',
          sort: { field: 'urut', op: 'min' },
          title: null,
          axis: { labelLimit: LABEL_WIDTH, ticks: false, domain: false, labelFontSize: 10, labelPadding: 6 },
        },
      },
      layer: [
        {
          mark: { type: 'bar', stroke: INK, strokeWidth: 0.5, height: { band: 0.72 } },
          encoding: {
            x: {
              field: 'mulai',
              type: 'quantitative',
              title: 'Tahun',
              scale: xScale,
              // Ticks and grid lines at the year boundaries; each year's label centred in its band.
              axis: {
                format: 'd',
                values: boundaries,
                labelOverlap: false,
                labelAlign: 'center',
                labelOffset: PLOT_WIDTH / years / 2,
                labelExpr: `datum.value >= ${end} ? '' : datum.label`,
                labelFontSize: 10,
              },
            },
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
          transform: [{ filter: '!datum.dalam' }],
          mark: { type: 'text', align: 'left', dx: 3, fontSize: 9 },
          encoding: { x: { field: 'selesai', type: 'quantitative' }, text: { field: 'rentang' } },
        },
        {
          transform: [{ filter: 'datum.dalam' }],
          mark: { type: 'text', align: 'right', dx: -3, fontSize: 9 },
          encoding: {
            x: { field: 'selesai', type: 'quantitative' },
            text: { field: 'rentang' },
            color: { field: 'tinta', type: 'nominal', scale: null, legend: null },
          },
        },
      ],
    },
  };
}
