/** The trend chart of the region's indicators: one small line chart per indicator, each on its own scale, two panels a row. */
import type { TrenGambarVM } from '../view-model/daerah.js';
import type { ChartSpec } from './render.js';
import { CONFIG, INK } from './theme.js';

/** Panels per row. */
const COLUMNS = 2;

/** Characters a panel title line holds at its width. */
const LINE = 34;

/**
 * A panel title broken into lines at spaces, each at most {@link LINE} characters where the words allow.
 * @param title the title
 * @returns the lines joined with line breaks
 */
export function wrapTitle(title: string): string {
  const lines: string[] = [];
  for (const word of title.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= LINE) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/**
 * Small multiples of the indicator series: years on the horizontal axis, values on each panel's own
 * vertical scale (the indicators have different units), each point labelled with its value.
 * @param g one trend figure
 * @returns the Vega-Lite spec
 */
export function trenSpec(g: TrenGambarVM): ChartSpec {
  const values = g.seri.flatMap((s, i) => s.titik.map((t) => ({ seri: wrapTitle(s.judul), urut: i, tahun: String(t.tahun), nilai: t.nilai })));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: { ...CONFIG, header: { ...CONFIG.header, labelFontSize: 10.5, labelLimit: 0 } },
    data: { values },
    facet: { field: 'seri', type: 'nominal', sort: { field: 'urut', op: 'min' }, title: null, header: { labelOrient: 'top', labelExpr: "split(datum.value, '\\n')" } },
    columns: COLUMNS,
    spacing: { row: 18, column: 28 },
    resolve: { scale: { y: 'independent', x: 'independent' }, axis: { x: 'independent' } },
    spec: {
      width: 190,
      height: 95,
      encoding: {
        x: { field: 'tahun', type: 'ordinal', title: null, axis: { labelAngle: 0, labelFontSize: 9.5 } },
        y: {
          field: 'nilai',
          type: 'quantitative',
          title: null,
          scale: { zero: false, nice: true, padding: 12 },
          axis: { labelFontSize: 9.5, tickCount: 4, format: ',.2~f' },
        },
      },
      layer: [
        { mark: { type: 'line', color: INK, strokeWidth: 1.5, point: { filled: true, color: INK, size: 28 } } },
        {
          mark: { type: 'text', dy: -8, fontSize: 9 },
          encoding: { text: { field: 'nilai', type: 'quantitative', format: ',.2~f' } },
        },
      ],
    },
  };
}
