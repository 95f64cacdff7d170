/** The status checklist as a workbook the Tim can send around: one row per OPD, one sheet of city-wide items. */
import { requirementLabel } from '../../diagnostics/codes/naskah.js';
import type { Model } from '../../model/index.js';
import { setText, SheetBuilder, type Sheet, type Workbook } from '../../sheet/index.js';
import type { StatusReport } from '../../status/index.js';
import { render } from '../../text/index.js';

export interface ChecklistOptions {
  /** Document date: `buildDate(env.vars)`, so identical input gives identical bytes. */
  readonly date: Date;
}

type Value = string | number | undefined;

/**
 * A list sheet: bold headers that stay in view, one row per record, fixed column widths.
 * @param name sheet name
 * @param columns header and width of each column
 * @param rows the values of each row, by column (undefined leaves the cell out)
 * @param numFmt number formats of some columns, by 1-based column
 * @returns the sheet builder, for the caller to finish
 */
function listSheet(name: string, columns: ReadonlyArray<readonly [string, number]>, rows: ReadonlyArray<readonly Value[]>, numFmt: Readonly<Record<number, string>> = {}): SheetBuilder {
  const ws = new SheetBuilder(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  columns.forEach(([, width], i) => {
    const col = ws.column(i + 1);
    col.width = width;
    const format = numFmt[i + 1];
    if (format !== undefined) col.style.numFmt = format;
  });
  ws.row(1).style.font = { bold: true };
  columns.forEach(([header], i) => {
    setText(ws.cell(1, i + 1), header);
  });
  rows.forEach((values, r) => {
    values.forEach((v, i) => {
      if (typeof v === 'string') setText(ws.cell(r + 2, i + 1), v);
      else if (v !== undefined) ws.cell(r + 2, i + 1).value = v;
    });
  });
  return ws;
}

function opdSheet(report: StatusReport): Sheet {
  const ws = listSheet(
    'Status OPD',
    [['OPD', 48], ['Singkatan', 16], ['Wajib', 8], ['Terkumpul', 11], ['Kelengkapan', 13], ['Belum diserahkan', 50], ['Terakhir diubah', 18], ['Paraf', 10]],
    report.opd.map((o) => [
      o.nama,
      o.singkatan,
      o.required,
      o.submitted,
      o.completeness,
      o.missing.map((m) => render(requirementLabel(m.syarat), 'id')).join('; ') || '—',
      o.lastChanged?.slice(0, 10) ?? '',
    ]),
    { 5: '0%' },
  );
  ws.autoFilter = 'A1:H1';
  return ws.build();
}

function citySheet(report: StatusReport): Sheet {
  return listSheet(
    'Data Kota',
    [['Butir', 45], ['Rincian', 40], ['Status', 18], ['Berkas', 30]],
    report.cityWide.map((i) => [render(requirementLabel(i.syarat), 'id'), i.detail ?? '', i.ok ? 'Ada' : 'Belum ada', i.file]),
  ).build();
}

/**
 * The checklist workbook of a status report.
 * @param report status report
 * @param model the model
 * @param options the build date
 * @returns the workbook model
 */
export function statusChecklist(report: StatusReport, model: Model, options: ChecklistOptions): Workbook {
  return {
    properties: {
      creator: 'masterplan',
      created: options.date,
      modified: options.date,
      title: `Status data ${model.config.daerah.nama} — tahap ${report.stage}`,
    },
    sheets: [opdSheet(report), citySheet(report)],
  };
}
