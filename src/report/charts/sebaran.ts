/** The distribution chart: issues, programs and quick-win proposals per smart-city dimension, as grouped bars with their counts. */
import type { SebaranVM } from '../view-model/index.js';
import type { ChartSpec } from './render.js';
import { CONFIG, INK, SHADES } from './theme.js';

const SERIES = [
  { key: 'isu', label: 'Isu strategis' },
  { key: 'program', label: 'Program' },
  { key: 'quickwin', label: 'Usulan quick win' },
] as const;

/**
 * Grouped bars per dimension, one shade per series, each bar labelled with its count.
 * @param s counts per dimension
 * @returns the Vega-Lite spec
 */
export function sebaranSpec(s: SebaranVM): ChartSpec {
  const values = s.baris.flatMap((b, i) =>
    SERIES.map((x, j) => ({ dimensi: b.singkat, urut: i, seri: x.label, urutSeri: j, jumlah: b[x.key] })),
  );
  const max = Math.max(1, ...values.map((v) => v.jumlah));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CONFIG,
    width: 400,
    height: 210,
    data: { values },
    encoding: {
      x: {
        field: 'dimensi',
        type: 'nominal',
        sort: { field: 'urut', op: 'min' },
        title: 'Dimensi smart city',
        axis: { labelAngle: 0, labelFontSize: 10.5 },
      },
      xOffset: { field: 'seri', type: 'nominal', sort: { field: 'urutSeri', op: 'min' } },
      y: {
        field: 'jumlah',
        type: 'quantitative',
        title: 'Jumlah',
        scale: { domain: [0, Math.ceil(max * 1.15)] },
        axis: { format: 'd', tickMinStep: 1 },
      },
    },
    layer: [
      {
        mark: { type: 'bar', stroke: INK, strokeWidth: 0.5 },
        encoding: {
          fill: {
            field: 'seri',
            type: 'nominal',
            sort: { field: 'urutSeri', op: 'min' },
            scale: { range: [SHADES[0], SHADES[2], '#ffffff'] },
            title: null,
          },
        },
      },
      {
        mark: { type: 'text', baseline: 'bottom', dy: -2, fontSize: 10 },
        encoding: { text: { field: 'jumlah', type: 'quantitative' } },
      },
    ],
  };
}
