import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkFormFiles } from '../forms/check.js';
import { formInput } from '../forms/form-input.js';
import { loadAndValidate } from '../pipeline/check.js';
import { EXAMPLE, tempDir } from '../../test/support/project.js';
import { editWorkbook, hasLibreOffice, libreOfficeResave, parseCsv, xlsxToCsv } from '../../test/support/xlsx-files.js';
import { formFile, modelAndRanking, workbookFile } from '../../test/support/xlsx-project.js';
import { sawFormulaResults } from './workbook/views/index.js';

const available = await hasLibreOffice();
// eslint-disable-next-line no-console -- the reason the tests below are skipped
if (!available) console.warn('LibreOffice (soffice) is not installed: the LibreOffice conversion tests are skipped.');
const DATE = new Date(Date.UTC(2024, 0, 1));
/** A score as LibreOffice shows 0.000 in id-ID ("0,880"), read back as a number. */
const shown = (s: string | undefined) => Number((s ?? '').replace(',', '.'));
/** Three shown decimals agree with a value (a tie at the last digit may round either way). */
const close = (s: string | undefined, n: number) => {
  expect(s).toMatch(/^\d,\d{3}$/);
  expect(Math.abs(shown(s) - n)).toBeLessThanOrEqual(0.0005 + 1e-9);
};

describe.skipIf(!available)('LibreOffice reads what we write (needs soffice)', () => {
  it('recalculates the SAW formulas to the cached scores, also after the weights are changed, and shows Rupiah', async () => {
    const dir = await tempDir();
    const { model, ranking } = await modelAndRanking(EXAMPLE);
    const bytes = await workbookFile(model, ranking, { date: DATE });
    await writeFile(path.join(dir, 'masterplan.xlsx'), bytes);
    // The Tim tries other weights: everything on the first criterion.
    const weights = ranking.criteria.map((_, j) => (j === 0 ? 1 : 0));
    await writeFile(path.join(dir, 'bobot.xlsx'), await editWorkbook(bytes, (wb) => {
      const ws = wb.getWorksheet('Peringkat Quick Win') as ExcelJS.Worksheet;
      const first = (ws.getRow(5).values as unknown[]).indexOf(`Nilai: ${ranking.criteria[0]?.nama}`);
      weights.forEach((w, j) => { ws.getCell(4, first + j).value = w; });
    }));

    const csv = await xlsxToCsv(path.join(dir, 'masterplan.xlsx'), dir);
    const summary = parseCsv(csv['Ringkasan'] ?? '');
    expect(summary).toContainEqual(['Anggaran quick win terpilih', 'Rp2.225.000.000']);
    const rows = parseCsv(csv['Peringkat Quick Win'] ?? '');
    const header = rows[4] as string[];
    const saw = header.indexOf('Skor SAW (rumus)');
    const score = header.indexOf('Skor akhir');
    ranking.quickwins.forEach((p, i) => {
      const row = rows[5 + i] as string[];
      expect(row[1]).toBe(p.id);
      close(row[score], p.score);
      close(row[saw], p.score);
    });

    const changed = parseCsv((await xlsxToCsv(path.join(dir, 'bobot.xlsx'), dir))['Peringkat Quick Win'] ?? '');
    const expected = sawFormulaResults(ranking.criteria.map((c, j) => ({ ...c, weight: weights[j] as number })), ranking.quickwins.map((p) => p.criteria.map((c) => c.value)));
    expect(expected.some((e, i) => Math.abs(e - (ranking.quickwins[i]?.score ?? 0)) > 0.01)).toBe(true);
    ranking.quickwins.forEach((p, i) => {
      close((changed[5 + i] as string[])[saw], expected[i] as number);
    });
  }, 180_000);

  it('shows a form pre-filled, with Rupiah and text kept as text', async () => {
    const dir = await tempDir();
    const checked = await loadAndValidate(EXAMPLE);
    const input = formInput(checked.project, 'dinkes');
    if (input === undefined) throw new Error('no dinkes');
    await writeFile(path.join(dir, 'form-dinkes.xlsx'), await formFile(input, { date: DATE }));
    const csv = await xlsxToCsv(path.join(dir, 'form-dinkes.xlsx'), dir);
    expect(parseCsv(csv['Profil'] ?? '')).toContainEqual(['Nama OPD *', 'Dinas Kesehatan', 'Nama lengkap, mis. Dinas Komunikasi dan Informatika']);
    expect(parseCsv(csv['Anggaran'] ?? '')[3]).toEqual(['2021', 'Rp98.500.000.000', 'Rp91.200.000.000', 'Rp1.250.000.000']);
    const apps = parseCsv(csv['Aplikasi'] ?? '');
    expect(apps[3]?.[0]).toBe('Sistem Informasi Manajemen Puskesmas');
    expect(apps[3]?.[6]).toBe('Ya');
  }, 180_000);

  it('reads back a form that LibreOffice saved, unchanged and without findings', async () => {
    const dir = await tempDir();
    const checked = await loadAndValidate(EXAMPLE);
    const input = formInput(checked.project, 'diskominfo');
    if (input === undefined) throw new Error('no diskominfo');
    await writeFile(path.join(dir, 'form-diskominfo.xlsx'), await formFile(input, { date: DATE }));
    const saved = await libreOfficeResave(path.join(dir, 'form-diskominfo.xlsx'), dir);
    const [result] = await checkFormFiles(checked.project, [{ absolutePath: saved, display: 'forms/form-diskominfo.xlsx' }]);
    expect(result?.diagnostics).toEqual([]);
    for (const record of result?.outcome?.records ?? []) expect(record.data).toEqual(record.source?.data);
    expect(result?.outcome?.records.length).toBe(1 + input.quickwins.length + input.programs.length);
  }, 180_000);
});
