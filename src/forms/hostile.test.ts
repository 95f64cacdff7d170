import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { diagnosticMessage } from '../cli/format/diagnostics/message.js';
import { loadAndValidate } from '../pipeline/check.js';
import { EXAMPLE, tempDir } from '../../test/support/project.js';
import { declareSizes, editWorkbook, rewriteZip, zerosZip } from '../../test/support/xlsx-files.js';
import { formFile } from '../../test/support/xlsx-project.js';
import { checkFormFiles } from './check.js';
import { formInput } from './form-input.js';
import { readForm } from './read-form.js';

const FILE = 'forms/form-dinkes.xlsx';
const checked = await loadAndValidate(EXAMPLE);
const input = formInput(checked.project, 'dinkes');
if (input === undefined) throw new Error('no dinkes');
const form = await formFile(input, { date: new Date(Date.UTC(2024, 0, 1)) });

/**
 * Reads a file as a form and returns its diagnostic codes, failing when it takes too long. The bound
 * catches a hang or an unbounded expansion, not a speed target (those are benchmarks): it is generous
 * so a busy CI machine does not fail it.
 */
async function codesOf(bytes: Uint8Array): Promise<string[]> {
  const started = performance.now();
  const read = await readForm(bytes, FILE);
  expect(performance.now() - started).toBeLessThan(10_000);
  return read.diagnostics.map((d) => d.code);
}

async function check(bytes: Uint8Array, name = 'form-dinkes.xlsx') {
  const dir = await tempDir();
  const abs = path.join(dir, name);
  await writeFile(abs, bytes);
  const [result] = await checkFormFiles(checked.project, [{ absolutePath: abs, display: `forms/${name}` }]);
  if (result === undefined) throw new Error('no result');
  return result;
}

describe('unsafe or broken files are refused quickly, before exceljs reads them', () => {
  it('a text file named .xlsx', async () => {
    expect(await codesOf(new TextEncoder().encode('nama,singkatan\nDinkes,Dinkes\n'))).toEqual(['xlsx/not-zip']);
    expect(await codesOf(new Uint8Array(0))).toEqual(['xlsx/not-zip']);
  });

  it('a truncated file', async () => {
    expect(await codesOf(form.subarray(0, Math.floor(form.length / 2)))).toEqual(['xlsx/corrupt']);
  });

  it('a zip bomb that declares its size', async () => {
    expect(await codesOf(zerosZip(5 * 1024 * 1024))).toEqual(['xlsx/zip-bomb']);
    expect(await codesOf(declareSizes(zerosZip(1000), 2_000_000_000))).toEqual(['xlsx/zip-bomb']);
  });

  it('a zip bomb that lies about its size', async () => {
    const bytes = declareSizes(zerosZip(5 * 1024 * 1024), 1000);
    const read = await readForm(bytes, FILE);
    expect(read.diagnostics.map((d) => [d.code, d.args['entry']])).toEqual([['xlsx/zip-bomb', 'xl/workbook.xml']]);
    // The finding is data, told in one language at a time.
    const [d] = read.diagnostics;
    if (d === undefined) throw new Error('no diagnostic');
    expect(d.args).toEqual({ reason: 'larger-than-declared', entry: 'xl/workbook.xml' });
    expect(diagnosticMessage(d, 'id')).toBe('Isi arsip XLSX tidak wajar (xl/workbook.xml: isinya lebih besar dari ukuran yang dinyatakan); berkas ditolak tanpa dibuka demi keamanan.');
    expect(diagnosticMessage(d, 'en')).toBe('The XLSX archive is abnormal (xl/workbook.xml: it is larger than declared); the file is refused without being opened, for safety.');
  });

  it('an archive with too many entries', async () => {
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i < 1500; i++) entries[`x/${i}.xml`] = new Uint8Array(1);
    expect(await codesOf(zipSync(entries))).toEqual(['xlsx/zip-bomb']);
  });

  it('a merge over a whole sheet, and a column range past the last column', async () => {
    const merge = rewriteZip(form, { 'xl/worksheets/sheet3.xml': (x) => x.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A5:XFD1048576"/></mergeCells>') });
    expect(await codesOf(merge)).toEqual(['xlsx/zip-bomb']);
    const cols = rewriteZip(form, { 'xl/worksheets/sheet3.xml': (x) => x.replace(/<cols>/, '<cols><col min="30" max="2000000000" width="9" customWidth="1"/>') });
    expect(await codesOf(cols)).toEqual(['xlsx/zip-bomb']);
  });

  it('damaged XML inside a valid zip', async () => {
    expect(await codesOf(rewriteZip(form, { 'xl/workbook.xml': '<workbook><sheets><sheet' }))).toEqual(['xlsx/corrupt']);
  });

  it('a workbook that is not a masterplan form', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'halo';
    expect(await codesOf(new Uint8Array(await wb.xlsx.writeBuffer()))).toEqual(['xlsx/not-a-form']);
  });
});

describe('forms from another layout, OPD or project are recognised', () => {
  const setMeta = (key: string, value: string | number) => (wb: ExcelJS.Workbook) => {
    const ws = wb.getWorksheet('Metadata') as ExcelJS.Worksheet;
    for (let r = 1; r <= 10; r++) if (ws.getCell(r, 1).value === key) ws.getCell(r, 2).value = value;
  };

  it('a form made from an older layout or a newer version', async () => {
    expect(await codesOf(await editWorkbook(form, setMeta('tata_letak', '0123456789ab')))).toEqual(['xlsx/form-outdated']);
    expect(await codesOf(await editWorkbook(form, setMeta('versi', 0)))).toEqual(['xlsx/form-outdated']);
    expect(await codesOf(await editWorkbook(form, setMeta('versi', 99)))).toEqual(['xlsx/form-newer']);
  });

  it('a form returned under another OPD\'s file name', async () => {
    const r = await check(form, 'form-dishub.xlsx');
    // An error, and the entries are not read: the forms of two OPDs may have been swapped.
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['xlsx/form-name-mismatch', 'error']]);
    expect(r.outcome).toBeUndefined();
  });

  it('a form for an OPD the project does not have, or for another region', async () => {
    expect((await check(await editWorkbook(form, setMeta('opd', 'dinas-hantu')))).diagnostics.map((d) => d.code)).toEqual(['xlsx/form-unknown-opd']);
    expect((await check(await editWorkbook(form, setMeta('daerah', 'Kabupaten Brebes')))).diagnostics.map((d) => d.code)).toEqual(['xlsx/form-other-project']);
  });
});

describe('messy spreadsheets', () => {
  it('formulas are read through their cached values, or reported where there is none', async () => {
    const bytes = await editWorkbook(form, (wb) => {
      const ws = wb.getWorksheet('Profil') as ExcelJS.Worksheet;
      ws.getCell('B13').value = { formula: '400+86', result: 486 };
      ws.getCell('B14').value = { formula: 'SUM(A1:A3)' };
    });
    const r = await check(bytes);
    expect(r.diagnostics.map((d) => [d.code, d.cell])).toEqual([['xlsx/formula', 'B13'], ['xlsx/formula-no-value', 'B14']]);
    const opd = r.outcome?.records.find((x) => x.kind === 'opd');
    expect(opd?.data['sdm']).toMatchObject({ asn: 486 });
  });

  it('merged cells, hidden rows, extra sheets and trailing empty rows', async () => {
    const bytes = await editWorkbook(form, (wb) => {
      const apps = wb.getWorksheet('Aplikasi') as ExcelJS.Worksheet;
      apps.mergeCells('F5:G5');
      apps.getRow(4).hidden = true;
      for (let r = 20; r < 400; r++) apps.getCell(r, 2).value = '   ';
      apps.getCell(9000, 30).value = 'catatan di luar tabel';
      wb.addWorksheet('Catatan OPD').getCell('A1').value = 'catatan';
    });
    const r = await check(bytes);
    expect(r.diagnostics.map((d) => [d.code, d.sheet, d.cell])).toEqual([
      ['xlsx/extra-sheet', 'Catatan OPD', 'A1'],
      ['xlsx/hidden-row', 'Aplikasi', 'A4'],
      ['xlsx/merged-cell', 'Aplikasi', 'F5'],
    ]);
    const apps = r.outcome?.records.find((x) => x.kind === 'opd')?.data['aplikasi'] as Array<Record<string, unknown>>;
    expect(apps).toHaveLength(3);
    // The merged-away cell reads as empty; the top-left one keeps its value.
    expect(apps[1]).not.toHaveProperty('terintegrasi');
    expect(apps[1]?.['tautan']).toBe('https://antrean-puskesmas.tegalkota.go.id');
  });

  it('numbers typed as text the Indonesian way are read as numbers', async () => {
    const bytes = await editWorkbook(form, (wb) => {
      const ws = wb.getWorksheet('Anggaran') as ExcelJS.Worksheet;
      ws.getCell('B4').value = 'Rp 98.500.000.000';
      ws.getCell('C4').value = '91.200.000.000';
    });
    const r = await check(bytes);
    expect(r.diagnostics).toEqual([]);
    const opd = r.outcome?.records.find((x) => x.kind === 'opd');
    expect((opd?.data['anggaran'] as Array<Record<string, unknown>>)[0]).toMatchObject({ pagu: 98_500_000_000, realisasi: 91_200_000_000 });
  });
});
