/** The status checklist as an XLSX file the Tim can send around (one row per OPD, one sheet of city-wide items). */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Env } from '../../env.js';
import { buildDate } from '../../env.js';
import type { Model } from '../../model/index.js';
import type { StatusReport } from '../../status/index.js';
import { writeAtomic } from '../../write/atomic.js';
import { normaliseZip } from '../../write/zip.js';

/**
 * Writes the checklist workbook.
 * @param report status report
 * @param model the model
 * @param out absolute output path
 * @param env the environment (build date)
 */
export async function writeStatusWorkbook(report: StatusReport, model: Model, out: string, env: Env): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const date = buildDate(env.vars);
  wb.created = date;
  wb.modified = date;
  wb.creator = 'masterplan';
  const sheet = wb.addWorksheet('Status OPD', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'OPD', key: 'nama', width: 48 },
    { header: 'Singkatan', key: 'singkatan', width: 16 },
    { header: 'Wajib', key: 'required', width: 8 },
    { header: 'Terkumpul', key: 'submitted', width: 11 },
    { header: 'Kelengkapan', key: 'completeness', width: 13 },
    { header: 'Belum diserahkan', key: 'missing', width: 50 },
    { header: 'Terakhir diubah', key: 'changed', width: 18 },
    { header: 'Paraf', key: 'paraf', width: 10 },
  ];
  for (const o of report.opd) {
    sheet.addRow({
      nama: o.nama,
      singkatan: o.singkatan,
      required: o.required,
      submitted: o.submitted,
      completeness: o.completeness,
      missing: o.missing.map((m) => m.label).join('; ') || '—',
      changed: o.lastChanged?.slice(0, 10) ?? '',
    });
  }
  sheet.getColumn('completeness').numFmt = '0%';
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: 'A1', to: 'H1' };
  const city = wb.addWorksheet('Data Kota', { views: [{ state: 'frozen', ySplit: 1 }] });
  city.columns = [
    { header: 'Butir', key: 'label', width: 45 },
    { header: 'Rincian', key: 'detail', width: 40 },
    { header: 'Status', key: 'ok', width: 18 },
    { header: 'Berkas', key: 'file', width: 30 },
  ];
  for (const i of report.cityWide) {
    city.addRow({ label: i.label, detail: i.detail ?? '', ok: i.ok ? 'Ada' : 'Belum ada', file: i.file });
  }
  city.getRow(1).font = { bold: true };
  wb.title = `Status data ${model.config.daerah.nama} — tahap ${report.stage}`;
  const bytes = normaliseZip(new Uint8Array(await wb.xlsx.writeBuffer()), { date });
  await mkdir(path.dirname(out), { recursive: true });
  await writeAtomic(out, bytes);
}
