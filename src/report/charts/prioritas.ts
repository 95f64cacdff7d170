/**
 * The priority matrix: every scored quick-win proposal by score and budget, labelled with its rank,
 * the selected ones as filled squares, with median lines that split the plane in four.
 */
import type { TitikPrioritasVM } from '../view-model/index.js';
import type { ChartSpec } from './render.js';
import { CONFIG, INK } from './theme.js';

/** Status labels the view model uses, in legend order, with their mark shape and fill. */
const STATUS = [
  { label: 'Terpilih', shape: 'square', fill: INK },
  { label: 'Memenuhi syarat', shape: 'circle', fill: '#ffffff' },
  { label: 'Tidak memenuhi syarat', shape: 'triangle-up', fill: '#9a9a9a' },
] as const;

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? 0 : s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Width of the plot, px. */
const WIDTH = 380;
/** The least distance between two budget labels, px: room for "10.000" and a gap. */
const TICK_SPACING = 48;

/**
 * The budget ticks of the logarithmic axis: 1, 2 and 5 times the powers of ten inside the domain,
 * thinned from the left so that no two labels are closer than {@link TICK_SPACING} pixels (Vega's own
 * ticks on a log scale print 100, 200 … 900 side by side, "400500").
 * @param min the domain's start
 * @param max the domain's end
 * @param width the plot's width, px
 * @returns the tick values
 */
export function budgetTicks(min: number, max: number, width = WIDTH): number[] {
  const px = (v: number): number => (width * (Math.log10(v) - Math.log10(min))) / (Math.log10(max) - Math.log10(min));
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      const last = ticks.at(-1);
      if (v >= min && v <= max && (last === undefined || px(v) - px(last) >= TICK_SPACING)) ticks.push(v);
    }
  }
  return ticks;
}

/**
 * The priority-matrix spec. Budgets are shown in millions of rupiah on a logarithmic axis, so small
 * and large proposals are both readable.
 * @param points one point per scored proposal
 * @returns the Vega-Lite spec
 */
export function prioritasSpec(points: readonly TitikPrioritasVM[]): ChartSpec {
  const values = points.map((p) => ({
    nama: p.nama,
    label: String(p.peringkat),
    juta: Math.max(1, p.anggaran / 1_000_000),
    skor: p.skor,
    status: p.status,
    terpilih: p.status === 'Terpilih',
  }));
  const juta = values.map((v) => v.juta);
  const skor = values.map((v) => v.skor);
  const xMin = Math.min(...juta, 100) * 0.7;
  const xMax = Math.max(...juta, 1000) * 1.4;
  const yMin = Math.max(0, Math.min(...skor) - 0.05);
  const yMax = Math.min(1, Math.max(...skor) + 0.05);
  const x = {
    field: 'juta',
    type: 'quantitative',
    title: 'Anggaran (juta rupiah, skala logaritmik)',
    scale: { type: 'log', domain: [xMin, xMax], nice: false },
    axis: { format: ',.0f', grid: true, values: budgetTicks(xMin, xMax), labelOverlap: 'greedy' },
  };
  const y = {
    field: 'skor',
    type: 'quantitative',
    title: 'Skor penilaian',
    scale: { domain: [yMin, yMax], nice: false, zero: false },
    axis: { format: '.2f' },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CONFIG,
    width: WIDTH,
    height: 290,
    layer: [
      {
        data: { values: [{ juta: median(juta), skor: median(skor) }] },
        layer: [
          { mark: { type: 'rule', strokeDash: [4, 3], color: '#8c8c8c' }, encoding: { x: { ...x, field: 'juta' } } },
          { mark: { type: 'rule', strokeDash: [4, 3], color: '#8c8c8c' }, encoding: { y: { ...y, field: 'skor' } } },
        ],
      },
      {
        data: { values },
        layer: [
          {
            mark: { type: 'point', size: 70, stroke: INK, strokeWidth: 1, opacity: 1 },
            encoding: {
              x,
              y,
              shape: {
                field: 'status',
                type: 'nominal',
                title: null,
                scale: { domain: STATUS.map((s) => s.label), range: STATUS.map((s) => s.shape) },
                legend: { labelLimit: 260, symbolStrokeColor: INK, symbolStrokeWidth: 1, columnPadding: 24 },
              },
              // A stroke scale on the same field puts the outline into the legend symbols too.
              stroke: {
                field: 'status',
                type: 'nominal',
                title: null,
                scale: { domain: STATUS.map((s) => s.label), range: STATUS.map(() => INK) },
              },
              fill: {
                field: 'status',
                type: 'nominal',
                title: null,
                scale: { domain: STATUS.map((s) => s.label), range: STATUS.map((s) => s.fill) },
                legend: { labelLimit: 260, symbolStrokeColor: INK, symbolStrokeWidth: 1, columnPadding: 24 },
              },
            },
          },
          {
            mark: { type: 'text', align: 'left', dx: 6, dy: -7, fontSize: 11 },
            encoding: {
              x,
              y,
              text: { field: 'label' },
              fontWeight: { condition: { test: 'datum.terpilih', value: 'bold' }, value: 'normal' },
            },
          },
        ],
      },
    ],
  };
}
