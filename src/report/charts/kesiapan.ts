/** Readiness charts: the average score of each pillar, and the score of each aspect, each against the target score. */
import type { KesiapanVM } from '../view-model/index.js';
import { angka } from '../format/index.js';
import type { ChartSpec } from './render.js';
import { CONFIG, INK, SHADES } from './theme.js';

/** Plot width in pixels: the whole chart is about 480 px, so 11 px text prints near 9 pt at 14 cm. */
const WIDTH = 290;
const GAP_FILL = '#f0f0f0';

/**
 * Layers of one bar row: a pale bar up to the target (the gap shows as its unfilled part), the score
 * bar over it, and the score with its level printed at the end of the bar.
 */
function barLayers(category: string, target: number, axisTitle: string, bandLimit: number): Record<string, unknown> {
  return {
    encoding: {
      y: {
        field: category,
        type: 'nominal',
        sort: { field: 'urut', op: 'min' },
        title: null,
        axis: { labelLimit: bandLimit, minExtent: 150, ticks: false, domain: false, labelPadding: 6 },
      },
    },
    layer: [
      {
        mark: { type: 'bar', color: GAP_FILL, stroke: '#8c8c8c', strokeWidth: 0.5, strokeDash: [3, 2], height: { band: 0.7 } },
        encoding: {
          x: {
            datum: target,
            type: 'quantitative',
            title: axisTitle,
            scale: { domain: [0, target] },
            axis: { tickCount: target, format: 'd' },
          },
        },
      },
      {
        mark: { type: 'bar', stroke: INK, strokeWidth: 0.5, height: { band: 0.7 } },
        encoding: {
          x: { field: 'skor', type: 'quantitative', title: axisTitle },
          color: { field: 'shade', type: 'nominal', scale: null, legend: null },
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 11 },
        encoding: { x: { field: 'skor', type: 'quantitative' }, text: { field: 'label' } },
      },
    ],
  };
}

/**
 * Bars of the average readiness of each pillar, labelled with the score and its level.
 * @param k the readiness view
 * @returns the Vega-Lite spec
 */
export function kesiapanPilarSpec(k: KesiapanVM): ChartSpec {
  const values = k.pilar
    .filter((p) => p.rataRata !== null)
    .map((p, i) => ({
      pilar: p.nama,
      skor: p.rataRata ?? 0,
      label: `${angka(p.rataRata ?? 0, 2)} (${p.tingkat ?? ''})`,
      urut: i,
      shade: SHADES[i % SHADES.length] ?? SHADES[0],
    }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CONFIG,
    width: WIDTH,
    height: { step: 36 },
    data: { values },
    ...barLayers('pilar', k.target, `Skor rata-rata; batas kanan bidang abu-abu = target ${angka(k.target)}`, 220),
  };
}

/**
 * Bars of every assessed aspect, grouped by pillar, against the target.
 * @param k the readiness view
 * @returns the Vega-Lite spec
 */
export function kesiapanAspekSpec(k: KesiapanVM): ChartSpec {
  const values = k.pilar.flatMap((p, i) =>
    p.aspek
      .filter((a) => a.skor !== null)
      .map((a, j) => ({
        pilar: p.nama,
        aspek: a.nama,
        skor: a.skor ?? 0,
        label: `${angka(a.skor ?? 0)} (${a.tingkat ?? ''})`,
        urut: i * 100 + j,
        shade: SHADES[i % SHADES.length] ?? SHADES[0],
      })),
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CONFIG,
    data: { values },
    facet: {
      row: {
        field: 'pilar',
        type: 'nominal',
        sort: { field: 'urut', op: 'min' },
        title: null,
        header: { labelAngle: 0, labelOrient: 'top', labelAnchor: 'start', labelPadding: 4 },
      },
    },
    resolve: { scale: { y: 'independent' } },
    spacing: 10,
    spec: {
      width: WIDTH,
      height: { step: 26 },
      ...barLayers('aspek', k.target, `Skor aspek; batas kanan bidang abu-abu = target ${angka(k.target)}`, 200),
    },
  };
}
