/**
 * The OPD-written lists inside quick wins and programs round-trip through the form: program
 * activities and quick-win schedules on sheets of their own, obstacles and needs one per line in a
 * cell; rows name their item by ID or by name, and findings point at the cell.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../test/support/memory-env.js';
import { MINIMAL, minimalProject } from '../../test/support/project.js';
import { editWorkbook } from '../../test/support/xlsx-files.js';

const PROGRAM = `${MINIMAL['data/program/integrasi.yaml']}kegiatan:
  - nama: Integrasi data kependudukan
    tahun: 2025
    target: 5 layanan terhubung
    anggaran: 100000000
`;

const QUICKWIN = `${MINIMAL['data/quickwin/portal.yaml']}jadwal:
  - kegiatan: Analisis kebutuhan
    mulai: "2025-03"
    selesai: "2025-04"
kendala:
  - Jaringan kelurahan lambat
`;

/** The minimal project with one program activity and one quick-win schedule line. */
async function project(): Promise<string> {
  return minimalProject({ 'data/program/integrasi.yaml': PROGRAM, 'data/quickwin/portal.yaml': QUICKWIN });
}

async function makeForm(root: string): Promise<{ file: string; bytes: Uint8Array }> {
  const out = path.join(root, 'keluaran', 'formulir');
  expect((await runCli(['form', 'diskominfo', root, '--out', out, '-q'])).code).toBe(0);
  const file = path.join(out, 'form-diskominfo.xlsx');
  return { file, bytes: new Uint8Array(await readFile(file)) };
}

/** The column of a header (row 3) that starts with the given text. */
function col(ws: ExcelJS.Worksheet, header: string): number {
  const values = ws.getRow(3).values as unknown[];
  const i = values.findIndex((v) => typeof v === 'string' && v.startsWith(header));
  if (i < 0) throw new Error(`no column ${header} on ${ws.name}`);
  return i;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

async function yamlOf(root: string, rel: string): Promise<Record<string, unknown>> {
  return parse(await readFile(path.join(root, rel), 'utf8')) as Record<string, unknown>;
}

describe('program activities and quick-win schedules in the OPD form', () => {
  it('are pre-filled on their own sheets, one row per entry naming its item, and the obstacles one per line', async () => {
    const root = await project();
    const { bytes } = await makeForm(root);
    await editWorkbook(bytes, (wb) => {
      const kegiatan = sheet(wb, 'Kegiatan Program');
      expect((kegiatan.getRow(3).values as unknown[]).slice(1)).toEqual(['Program (ID atau nama)', 'Nama kegiatan *', 'Tahun *', 'Target keluaran', 'Anggaran (Rp)']);
      expect((kegiatan.getRow(4).values as unknown[]).slice(1)).toEqual(['integrasi', 'Integrasi data kependudukan', 2025, '5 layanan terhubung', 100_000_000]);
      const jadwal = sheet(wb, 'Jadwal Quick Win');
      const row = (jadwal.getRow(4).values as unknown[]).slice(1);
      expect(row.slice(0, 2)).toEqual(['portal', 'Analisis kebutuhan']);
      expect((row[2] as Date).toISOString().slice(0, 7)).toBe('2025-03');
      expect((row[3] as Date).toISOString().slice(0, 7)).toBe('2025-04');
      const qw = sheet(wb, 'Quick Win');
      expect(qw.getCell(4, col(qw, 'Kendala')).value).toBe('Jaringan kelurahan lambat');
    });
  });

  it('an untouched form imports as no change', async () => {
    const root = await project();
    const { file } = await makeForm(root);
    const r = await runCli(['import', file, '--into', root]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/Diperbarui|Dibuat/);
  });

  it('edited and added rows are imported into the items they name, by ID or by the name of a new item', async () => {
    const root = await project();
    const { file, bytes } = await makeForm(root);
    await writeFile(file, await editWorkbook(bytes, (wb) => {
      const kegiatan = sheet(wb, 'Kegiatan Program');
      kegiatan.getCell(4, 4).value = '8 layanan terhubung';
      ['integrasi', 'Tanda tangan elektronik', 2026, '', 50_000_000].forEach((v, i) => { if (v !== '') kegiatan.getCell(5, i + 1).value = v; });
      ['PUSAT DATA  Cadangan', 'Penyiapan ruang server', 2027].forEach((v, i) => { kegiatan.getCell(6, i + 1).value = v; });
      const program = sheet(wb, 'Program');
      ['', 'Pusat Data Cadangan', 'governance', 'birokrasi', 'infrastruktur', 'menengah', 2026, 2029].forEach((v, i) => { if (v !== '') program.getCell(5, i + 1).value = v; });
      const jadwal = sheet(wb, 'Jadwal Quick Win');
      ['Portal Layanan', 'Uji coba', '2025-05', '2025-08'].forEach((v, i) => { jadwal.getCell(5, i + 1).value = v; });
      const qw = sheet(wb, 'Quick Win');
      qw.getCell(4, col(qw, 'Kendala')).value = 'Jaringan kelurahan lambat\nOperator belum terlatih';
      qw.getCell(4, col(qw, 'Kebutuhan')).value = 'Data: akses data kependudukan';
    }));
    const imported = await runCli(['import', file, '--into', root, '--force']);
    expect(imported.code).toBe(0);
    expect((await yamlOf(root, 'data/program/integrasi.yaml'))['kegiatan']).toEqual([
      { nama: 'Integrasi data kependudukan', tahun: 2025, target: '8 layanan terhubung', anggaran: 100_000_000 },
      { nama: 'Tanda tangan elektronik', tahun: 2026, anggaran: 50_000_000 },
    ]);
    const created = await yamlOf(root, 'data/program/pusat-data-cadangan.yaml');
    expect(created['kegiatan']).toEqual([{ nama: 'Penyiapan ruang server', tahun: 2027 }]);
    expect(created['opd']).toBe('diskominfo');
    const qw = await yamlOf(root, 'data/quickwin/portal.yaml');
    expect(qw['jadwal']).toEqual([
      { kegiatan: 'Analisis kebutuhan', mulai: '2025-03', selesai: '2025-04' },
      { kegiatan: 'Uji coba', mulai: '2025-05', selesai: '2025-08' },
    ]);
    expect(qw['kendala']).toEqual(['Jaringan kelurahan lambat', 'Operator belum terlatih']);
    expect(qw['kebutuhan']).toEqual(['Data: akses data kependudukan']);
    expect((await runCli(['validate', root])).code).toBe(0);
  });

  it('emptying an item\'s rows empties its list; an item without a list keeps none', async () => {
    const root = await project();
    const { file, bytes } = await makeForm(root);
    await writeFile(file, await editWorkbook(bytes, (wb) => {
      sheet(wb, 'Kegiatan Program').spliceRows(4, 1);
    }));
    expect((await runCli(['import', file, '--into', root, '--force', '-q'])).code).toBe(0);
    expect((await yamlOf(root, 'data/program/integrasi.yaml'))['kegiatan']).toEqual([]);
    expect(await yamlOf(root, 'data/quickwin/portal.yaml')).not.toHaveProperty('kebutuhan');
  });

  it('a row naming no item of the form, an activity outside the program\'s years and a schedule outside the quick win\'s months are reported at their cells', async () => {
    const root = await project();
    const { bytes } = await makeForm(root);
    await mkdir(path.join(root, 'forms'), { recursive: true });
    await writeFile(path.join(root, 'forms', 'form-diskominfo.xlsx'), await editWorkbook(bytes, (wb) => {
      const kegiatan = sheet(wb, 'Kegiatan Program');
      ['portal-lama', 'Migrasi', 2026].forEach((v, i) => { kegiatan.getCell(5, i + 1).value = v; });
      ['integrasi', 'Evaluasi akhir', 2031].forEach((v, i) => { kegiatan.getCell(6, i + 1).value = v; });
      ['', 'Tanpa program', 2026].forEach((v, i) => { if (v !== '') kegiatan.getCell(7, i + 1).value = v; });
      const jadwal = sheet(wb, 'Jadwal Quick Win');
      ['portal', 'Evaluasi', '2025-07', '2025-09'].forEach((v, i) => { jadwal.getCell(5, i + 1).value = v; });
    }));
    const v = await runCli(['validate', root, '--format', 'json']);
    expect(v.code).toBe(1);
    const diags = (JSON.parse(v.stdout) as { diagnostics: Array<Record<string, unknown>> }).diagnostics.filter((d) => d['file'] === 'forms/form-diskominfo.xlsx');
    const at = diags.map((d) => `${String(d['code'])} ${String(d['sheet'])}!${String(d['cell'])}`);
    expect(at).toContain('xlsx/unknown-parent Kegiatan Program!A5');
    expect(at).toContain('xlsx/unknown-parent Kegiatan Program!A7');
    expect(at).toContain('rule/kegiatan-tahun Kegiatan Program!C6');
    // The quick win runs six months from 2025-03: September is outside, July is not.
    expect(at).toContain('rule/jadwal-bulan Jadwal Quick Win!D5');
    expect(at).not.toContain('rule/jadwal-bulan Jadwal Quick Win!C5');
    expect(diags.find((d) => d['code'] === 'xlsx/unknown-parent' && d['cell'] === 'A5')?.['message']).toBe(
      'Tidak ada program "portal-lama" di lembar Program; isi ID atau nama program yang tercantum di sana.',
    );
  });
});
