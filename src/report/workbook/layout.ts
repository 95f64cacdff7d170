/**
 * Lays one workbook sheet out from its layout template and its row view model: title, bands,
 * headers, typed cells, formulas with cached results, widths, frozen headers, filters and colour scales.
 */
import {
  cellAddress, columnLetter, NUMBER_FORMATS, setNumber, setText, SheetBuilder, type Alignment, type Font, type NumberFormatName, type Sheet,
} from '../../sheet/index.js';
import { BAND_FILL, BAR_FILL, rowHeight, styleHeader, styleSubtitle, styleTitle, wrappedLines } from '../sheet-style.js';
import type { ColumnTemplate, SheetTemplate } from './template.js';
import { isFormatted, isFormula, type SheetView, type ViewCell } from './views/index.js';

/** A column after repeated groups are expanded. */
interface Column {
  readonly key: string;
  readonly header: string;
  readonly format: NumberFormatName | 'bar' | undefined;
  readonly width: number | undefined;
  readonly wrap: boolean;
  readonly colorScale: ColumnTemplate['colorScale'];
  readonly align: ColumnTemplate['align'];
}

const MIN_WIDTH = 6;
const MAX_AUTO_WIDTH = 50;

// Style parts shared by every cell given them (see sheet-style.ts).
const BAND_LABEL_FONT: Font = { bold: true, italic: true };
const CENTRED: Alignment = { horizontal: 'center' };

function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{([a-z_]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function expandColumns(columns: readonly ColumnTemplate[], view: SheetView): Column[] {
  const out: Column[] = [];
  for (const c of columns) {
    const base = { width: c.width, wrap: c.wrap ?? false, colorScale: c.colorScale ?? false, align: c.align };
    if (c.each === undefined) {
      const format = c.format === 'auto' ? undefined : (c.format as Column['format']);
      out.push({ ...base, key: c.key, header: c.header, format });
      continue;
    }
    for (const m of view.groups[c.each] ?? []) {
      const format = c.format === 'auto' ? (m.format ?? 'general') : (c.format as Column['format']);
      out.push({ ...base, key: `${c.key}.${m.id}`, header: fill(c.header, { label: m.label, id: m.id }), format });
    }
  }
  return out;
}

/** Approximate displayed length of a value, for fitting column widths. */
function displayLength(value: ViewCell | undefined, format: Column['format']): number {
  if (value === null || value === undefined) return 0;
  if (isFormula(value)) return displayLength(value.result, format);
  if (isFormatted(value)) return displayLength(value.value, value.format);
  if (typeof value === 'string') return value.includes('\n') ? Math.max(...value.split('\n').map((l) => l.length)) : value.length;
  const digits = Math.trunc(Math.abs(value)).toString().length;
  const groups = Math.floor((digits - 1) / 3);
  switch (format) {
    case 'rupiah': return 2 + digits + groups;
    case 'int': return digits + groups;
    case 'decimal': return digits + groups + 3;
    case 'score':
    case 'weight': return digits + 4;
    case 'percent': return 4;
    default: return Math.min(String(value).length, 12);
  }
}

function headerLength(header: string): number {
  const words = header.split(/\s+/);
  return Math.max(...words.map((w) => w.length), Math.ceil(header.length / 2));
}

/**
 * Lays a sheet out.
 * @param tpl the sheet's layout template
 * @param view the rows and groups computed by the view model
 * @returns the sheet
 */
export function layoutSheet(tpl: SheetTemplate, view: SheetView): Sheet {
  const columns = expandColumns(tpl.columns, view);
  const headerRow = 3 + tpl.bands.length;
  const ws = new SheetBuilder(tpl.sheet, {
    pageSetup: {
      paperSize: 9,
      orientation: tpl.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `1:${headerRow}`,
    },
  });
  const colIndex = new Map(columns.map((c, i) => [c.key, i + 1]));

  // 1. Title and subtitle.
  setText(ws.cell(1, 1), fill(tpl.title, view.meta));
  styleTitle(ws.cell(1, 1));
  if (tpl.subtitle !== undefined) {
    setText(ws.cell(2, 1), fill(tpl.subtitle, view.meta));
    styleSubtitle(ws.cell(2, 1));
  }

  // 2. Bands: rows aligned with the columns, whose cells formulas may refer to.
  const bandCells = new Map<string, string>();
  tpl.bands.forEach((band, b) => {
    const row = 3 + b;
    setText(ws.cell(row, 1), band.label);
    ws.cell(row, 1).style.font = BAND_LABEL_FONT;
    for (const m of view.groups[band.each] ?? []) {
      const col = colIndex.get(`${band.under}.${m.id}`);
      const v = m.values?.[band.key];
      if (col === undefined || v === undefined || v === null) continue;
      const cell = ws.cell(row, col);
      if (typeof v === 'number') setNumber(cell, v, band.format === 'auto' || band.format === 'bar' ? 'general' : (band.format as NumberFormatName | undefined));
      else setText(cell, v);
      cell.style.fill = BAND_FILL;
      cell.style.alignment = CENTRED;
      bandCells.set(`${band.name}.${m.id}`, `$${columnLetter(col)}$${row}`);
    }
  });

  // 3. Column headers.
  columns.forEach((c, i) => {
    const cell = ws.cell(headerRow, i + 1);
    setText(cell, c.header);
    styleHeader(cell);
  });

  // 4. Data rows.
  const first = headerRow + 1;
  const last = headerRow + view.rows.length;
  const resolve = (formula: string, row: number): string | undefined => {
    let ok = true;
    const text = formula.replace(/\{\{(col|range|band):([^}]+)\}\}/g, (_w, kind: string, ref: string) => {
      if (kind === 'band') return bandCells.get(ref) ?? ((ok = false), '');
      const col = colIndex.get(ref);
      if (col === undefined) return (ok = false), '';
      const letter = columnLetter(col);
      return kind === 'col' ? `${letter}${row}` : `$${letter}$${first}:$${letter}$${Math.max(first, last)}`;
    });
    // `ok` is cleared inside the replacer above, which the type checker does not follow.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    return ok ? text : undefined;
  };
  const alignments = columns.map((c): Alignment => ({ vertical: 'top', ...(c.wrap ? { wrap: true } : {}), ...(c.align ? { horizontal: c.align } : {}) }));
  view.rows.forEach((r, i) => {
    const rowNo = first + i;
    columns.forEach((c, j) => {
      const v = r[c.key];
      if (v === null || v === undefined) return;
      const cell = ws.cell(rowNo, j + 1);
      const numberFormat = c.format === 'bar' ? undefined : c.format;
      if (isFormula(v)) {
        const formula = resolve(v.formula, rowNo);
        // A formula whose columns the layout left out cannot be written; keep its value.
        if (formula === undefined) {
          if (typeof v.result === 'number') setNumber(cell, v.result, numberFormat);
          else setText(cell, v.result);
        } else {
          cell.value = { formula, result: v.result };
          if (numberFormat !== undefined) cell.style.numFmt = NUMBER_FORMATS[numberFormat];
        }
      } else if (isFormatted(v)) setNumber(cell, v.value, v.format);
      else if (typeof v === 'number') setNumber(cell, v, numberFormat);
      else setText(cell, v);
      if (c.format === 'bar') {
        cell.style.fill = BAR_FILL;
        cell.style.alignment = CENTRED;
      } else cell.style.alignment = alignments[j];
    });
  });

  // 5. Widths that fit the content (or the template's fixed width), then row heights for wrapped text.
  const widths = columns.map((c) => {
    if (c.width !== undefined) return c.width;
    let w = headerLength(c.header);
    for (const r of view.rows) w = Math.max(w, displayLength(r[c.key], c.format));
    return Math.min(MAX_AUTO_WIDTH, Math.max(MIN_WIDTH, w + 2));
  });
  widths.forEach((w, j) => {
    ws.column(j + 1).width = w;
  });
  ws.row(headerRow).height = rowHeight(Math.max(2, ...columns.map((c, j) => wrappedLines(c.header, widths[j] as number, true))));
  view.rows.forEach((r, i) => {
    let lines = 1;
    columns.forEach((c, j) => {
      const v = r[c.key];
      if (c.wrap && typeof v === 'string') lines = Math.max(lines, wrappedLines(v, widths[j] as number));
    });
    if (lines > 1) ws.row(first + i).height = rowHeight(lines);
  });

  // 6. Frozen headers, filters, colour scales (the print titles are in the page setup).
  if (tpl.freeze) ws.views = [{ state: 'frozen', xSplit: tpl.freezeColumns, ySplit: headerRow, topLeftCell: cellAddress(first, tpl.freezeColumns + 1) }];
  if (tpl.filter && columns.length > 0) ws.autoFilter = `${cellAddress(headerRow, 1)}:${cellAddress(Math.max(headerRow, last), columns.length)}`;
  if (view.rows.length > 0) {
    let priority = 1;
    columns.forEach((c, j) => {
      if (c.colorScale === undefined || c.colorScale === false) return;
      const letter = columnLetter(j + 1);
      const range = typeof c.colorScale === 'object' ? c.colorScale : undefined;
      ws.conditionalFormats.push({
        ref: `${letter}${first}:${letter}${last}`,
        rules: [{
          type: 'colorScale',
          priority: priority++,
          points: range
            ? [{ type: 'num', value: range.min }, { type: 'num', value: (range.min + range.max) / 2 }, { type: 'num', value: range.max }]
            : [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }],
          colors: ['FFF8696B', 'FFFFEB84', 'FF63BE7B'],
        }],
      });
    });
  }
  return ws.build();
}
