/**
 * Forms a Tim can trust: importing the same form twice (or its LibreOffice copy) changes nothing,
 * an import touches only what changed and says what it changed (a removed row included), dropdowns
 * show labels and the element list follows the dimension, a new OPD gets a blank form, and a form
 * returned under another OPD's name is refused.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { taxonomy } from '../../src/taxonomy/index.js';
import { runCli } from '../support/memory-env.js';
import { copyExample, tempDir } from '../support/project.js';
import { editWorkbook, hasLibreOffice, libreOfficeResave } from '../support/xlsx-files.js';
import { readBack, xlsxParts } from '../support/xlsx-project.js';

const soffice = await hasLibreOffice();

async function makeForm(root: string, opd: string, out = path.join(root, 'keluaran', 'formulir')): Promise<{ file: string; bytes: Uint8Array }> {
  const r = await runCli(['form', opd, root, '--out', out, '-q']);
  expect(r.code).toBe(0);
  const file = path.join(out, `form-${opd}.xlsx`);
  return { file, bytes: new Uint8Array(await readFile(file)) };
}

/** Fills the first free row of a sheet, column by column (empty strings are skipped). */
function fillRow(ws: ExcelJS.Worksheet, row: number, values: ReadonlyArray<string | number | Date>): void {
  values.forEach((v, i) => {
    if (v !== '') ws.getCell(row, i + 1).value = v;
  });
}

function firstFreeRow(ws: ExcelJS.Worksheet): number {
  let row = 4;
  while (ws.getCell(row, 1).value !== null || ws.getCell(row, 2).value !== null) row++;
  return row;
}

const sheet = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name) as ExcelJS.Worksheet;

/** The lines only one side has, by a longest common subsequence of the lines. */
function diffLines(a: readonly string[], b: readonly string[]): { added: string[]; removed: string[] } {
  // lcs(i, j): the length of the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const table = new Array<number>((a.length + 1) * width).fill(0);
  const lcs = (i: number, j: number) => table[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) table[i * width + j] = a[i] === b[j] ? lcs(i + 1, j + 1) + 1 : Math.max(lcs(i + 1, j), lcs(i, j + 1));
  }
  const added: string[] = [];
  const removed: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || lcs(i, j + 1) >= lcs(i + 1, j))) added.push(b[j++] as string);
    else removed.push(a[i++] as string);
  }
  return { added, removed };
}
const dir = async (root: string, kind: string) => (await readdir(path.join(root, 'data', kind))).sort();

describe('importing the same form again changes nothing (item 2)', () => {
  it('new rows are matched to what the first import created: no "-2" copies, also from a LibreOffice re-save', async () => {
    const root = await copyExample();
    const { file, bytes } = await makeForm(root, 'dinkes');
    await writeFile(file, await editWorkbook(bytes, (wb) => {
      const qw = sheet(wb, 'Quick Win');
      fillRow(qw, firstFreeRow(qw), ['', 'Ambulans Gawat Darurat Terpadu', 'Smart Living', 'Sarana kesehatan', 'kualitas-sdm', '', 150_000_000, 'APBD', 6]);
      const pr = sheet(wb, 'Program');
      fillRow(pr, firstFreeRow(pr), ['', 'Layanan Ambulans Kota', 'Smart Living', 'Sarana kesehatan', 'Pengembangan Infrastruktur Pendukung', 'Jangka Menengah', 2025, 2029]);
    }));
    const quickwins = await dir(root, 'quickwin');
    const programs = await dir(root, 'program');
    expect((await runCli(['import', file, '--into', root, '--force', '-q'])).code).toBe(0);
    const afterFirst = { quickwin: await dir(root, 'quickwin'), program: await dir(root, 'program') };
    expect(afterFirst.quickwin).toEqual([...quickwins, 'ambulans-gawat-darurat-terpadu.yaml'].sort());
    expect(afterFirst.program).toEqual([...programs, 'layanan-ambulans-kota.yaml'].sort());
    // Labels in the dropdown cells were read back as ids.
    expect(parse(await readFile(path.join(root, 'data/quickwin/ambulans-gawat-darurat-terpadu.yaml'), 'utf8'))).toMatchObject({ dimensi: 'living', elemen: 'kesehatan' });
    expect(parse(await readFile(path.join(root, 'data/program/layanan-ambulans-kota.yaml'), 'utf8'))).toMatchObject({ kategori: 'infrastruktur', jangka: 'menengah' });

    const snapshot = async () => Object.fromEntries(await Promise.all(['opd/dinkes', 'quickwin/ambulans-gawat-darurat-terpadu', 'program/layanan-ambulans-kota']
      .map(async (f) => [f, await readFile(path.join(root, `data/${f}.yaml`), 'utf8')] as const)));
    const before = await snapshot();
    const again = await runCli(['import', file, '--into', root]);
    expect(again.code).toBe(0);
    expect(again.stderr).not.toMatch(/Dibuat|Diperbarui/);
    expect(again.stderr).toContain('Tidak berubah data/quickwin/ambulans-gawat-darurat-terpadu.yaml');
    expect({ quickwin: await dir(root, 'quickwin'), program: await dir(root, 'program') }).toEqual(afterFirst);
    expect(await snapshot()).toEqual(before);

    if (soffice) {
      const saved = await libreOfficeResave(file, await tempDir());
      const lo = await runCli(['import', saved, '--into', root]);
      expect(lo.stderr).not.toMatch(/Dibuat|Diperbarui/);
      expect(lo.code).toBe(0);
      expect({ quickwin: await dir(root, 'quickwin'), program: await dir(root, 'program') }).toEqual(afterFirst);
    }
  }, 240_000);

  it('a row with a blank ID updates the item of the same name', async () => {
    const root = await copyExample();
    const { file, bytes } = await makeForm(root, 'dinkes');
    const filled = (budget: number) => editWorkbook(bytes, (wb) => {
      const qw = sheet(wb, 'Quick Win');
      fillRow(qw, firstFreeRow(qw), ['', 'Posyandu Digital', 'Smart Living', 'Sarana kesehatan', 'kualitas-sdm', '', budget, 'APBD', 6]);
    });
    await writeFile(file, await filled(10_000_000));
    expect((await runCli(['import', file, '--into', root, '--force', '-q'])).code).toBe(0);
    await writeFile(file, await filled(25_000_000));
    const res = await runCli(['import', file, '--into', root, '--force']);
    expect(res.code).toBe(0);
    expect(res.stderr).toContain('Diperbarui data/quickwin/posyandu-digital.yaml');
    expect(res.stderr).toContain('kolom diubah: anggaran.nilai');
    expect((await dir(root, 'quickwin')).filter((f) => f.startsWith('posyandu-digital'))).toEqual(['posyandu-digital.yaml']);
    expect(parse(await readFile(path.join(root, 'data/quickwin/posyandu-digital.yaml'), 'utf8'))).toMatchObject({ anggaran: { nilai: 25_000_000 } });
  });
});

describe('an import changes only what changed, and says what (item 4)', () => {
  it('an added row is written below its neighbours; every other line, comment and style stays', async () => {
    const root = await copyExample();
    const rel = 'data/opd/dinkes.yaml';
    const oldText = await readFile(path.join(root, rel), 'utf8');
    const { file, bytes } = await makeForm(root, 'dinkes');
    await writeFile(file, await editWorkbook(bytes, (wb) => {
      const apps = sheet(wb, 'Aplikasi');
      fillRow(apps, firstFreeRow(apps), ['Sistem Rujukan Terpadu', 'Rujukan pasien.', 'Smart Living', 'Aktif', 2024]);
      const profil = sheet(wb, 'Profil');
      for (let r = 4; r < 30; r++) if (profil.getCell(r, 1).value === 'Jumlah SDM TIK') profil.getCell(r, 2).value = 11;
    }));
    const res = await runCli(['import', file, '--into', root, '--force']);
    expect(res.code).toBe(0);
    expect(res.stderr).toContain('kolom diubah: sdm.tik');
    expect(res.stderr).toContain('aplikasi: baris ditambah "Sistem Rujukan Terpadu"');
    const next = (await readFile(path.join(root, rel), 'utf8')).split('\n');
    const old = oldText.split('\n');
    // The old lines, in order, with one value changed; the note and the new row are the only additions.
    const { added, removed } = diffLines(old, next);
    expect(removed).toEqual([old.find((l) => /^ {2}tik: /.test(l))]);
    expect(added).toEqual([
      '# Diimpor dari formulir form-dinkes.xlsx (OPD dinkes).',
      '  tik: 11',
      '  - nama: Sistem Rujukan Terpadu',
      '    fungsi: Rujukan pasien.',
      '    dimensi: living',
      '    status: aktif',
      '    tahun: 2024',
    ]);
    // The folded tupoksi is as it was, line for line.
    const tupoksi = (lines: string[]) => lines.slice(lines.findIndex((l) => l.startsWith('tupoksi:')), lines.findIndex((l) => l.startsWith('tupoksi:')) + 4);
    expect(tupoksi(next)).toEqual(tupoksi(old));
  });

  it('"aplikasi: []" filled from a form becomes a block list at the file\'s indentation', async () => {
    const root = await copyExample();
    const rel = 'data/opd/kecamatan-tegal-barat.yaml';
    const { file, bytes } = await makeForm(root, 'kecamatan-tegal-barat');
    await writeFile(file, await editWorkbook(bytes, (wb) => fillRow(sheet(wb, 'Aplikasi'), 4, ['Sapa Warga', '', '', 'Aktif'])));
    expect((await runCli(['import', file, '--into', root, '--force', '-q'])).code).toBe(0);
    const text = await readFile(path.join(root, rel), 'utf8');
    expect(text).toMatch(/^aplikasi:\n {2}- nama: Sapa Warga\n {4}status: aktif\n/m);
  });

  it('a removed row is told before anything is written, and again when it is written', async () => {
    const root = await copyExample();
    const rel = 'data/opd/dinkes.yaml';
    const oldText = await readFile(path.join(root, rel), 'utf8');
    const { file, bytes } = await makeForm(root, 'dinkes');
    await writeFile(file, await editWorkbook(bytes, (wb) => {
      const apps = sheet(wb, 'Aplikasi');
      // The OPD clears the second application's row.
      for (let c = 1; c <= 8; c++) apps.getCell(5, c).value = null;
    }));
    const refused = await runCli(['import', file, '--into', root]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Akan berubah data/opd/dinkes.yaml');
    expect(refused.stderr).toContain('aplikasi: baris dihapus "Pendaftaran Online Puskesmas"');
    expect(await readFile(path.join(root, rel), 'utf8')).toBe(oldText);
    const done = await runCli(['import', file, '--into', root, '--force', '--lang', 'en']);
    expect(done.code).toBe(0);
    expect(done.stderr).toContain('aplikasi: row removed "Pendaftaran Online Puskesmas"');
    // Removed by name: the rows below are not told as changed.
    expect(done.stderr).not.toContain('row changed');
    const apps = (parse(await readFile(path.join(root, rel), 'utf8')) as { aplikasi: Array<{ nama: string }> }).aplikasi.map((a) => a.nama);
    expect(apps).not.toContain('Pendaftaran Online Puskesmas');
    expect(apps).toHaveLength((parse(oldText) as { aplikasi: unknown[] }).aplikasi.length - 1);
  });
});

describe('forms (item 5)', () => {
  it('no column with a stop list validation says "pisahkan dengan koma"; dropdowns list labels', async () => {
    const root = await copyExample();
    const { bytes } = await makeForm(root, 'dinkes');
    const wb = await readBack(bytes);
    const parts = xlsxParts(bytes);
    for (const ws of wb.worksheets) {
      const xml = parts[`xl/worksheets/sheet${wb.worksheets.indexOf(ws) + 1}.xml`] ?? '';
      for (const [, attrs] of xml.matchAll(/<dataValidation ([^>]*)>/g)) {
        if (!attrs?.includes('type="list"')) continue;
        const col = /sqref="([A-Z]+)\d/.exec(attrs)?.[1] ?? '';
        expect(ws.getCell(`${col}3`).text, `${ws.name}!${col}3`).not.toMatch(/pisahkan dengan koma/);
      }
    }
    const lists = sheet(wb, 'Daftar');
    const column = (title: string) => {
      const col = (lists.getRow(1).values as unknown[]).indexOf(title);
      return (lists.getColumn(col).values as unknown[]).slice(2).filter((v) => v !== null && v !== undefined);
    };
    expect(column('dimensi')).toEqual(taxonomy().dimensi.map((d) => d.nama));
    expect(column('status')).toEqual(['Aktif', 'Dalam pengembangan', 'Tidak aktif']);
    // Pre-filled cells show labels too.
    expect(sheet(wb, 'Aplikasi').getCell('C4').value).toBe('Smart Living');
    expect(sheet(wb, 'Aplikasi').getCell('D4').value).toBe('Aktif');
  });

  it('the element dropdown offers only the elements of the dimension chosen in the same row', async () => {
    const root = await copyExample();
    const { bytes } = await makeForm(root, 'dinkes');
    const wb = await readBack(bytes);
    const xml = xlsxParts(bytes)[`xl/worksheets/sheet${wb.worksheets.findIndex((w) => w.name === 'Quick Win') + 1}.xml`] ?? '';
    const elemen = [...xml.matchAll(/<dataValidation ([^>]*)>\s*<formula1>([^<]*)<\/formula1>/g)].find(([, a]) => /sqref="D4:D\d+"/.test(a ?? ''));
    // ID, name, dimension, element: the element in D follows the dimension in C.
    expect(sheet(wb, 'Quick Win').getCell('C3').value).toBe('Dimensi *');
    expect(sheet(wb, 'Quick Win').getCell('D3').value).toBe('Elemen *');
    const formula = (elemen?.[2] ?? '').replace(/&quot;/g, '"');
    const ref = /MATCH\(\$C4,Daftar!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+),0\)/.exec(formula);
    expect(formula).toMatch(/^IF\(\$C4="",Daftar!\$[A-Z]+\$2:\$[A-Z]+\$19,OFFSET\(Daftar!\$[A-Z]+\$1,MATCH\(\$C4,.*COUNTIF\(.*\),1\)\)$/);
    // What the formula selects: the rows of the list sheet whose dimension is the one chosen.
    const lists = sheet(wb, 'Daftar');
    const dimCol = ref?.[1] ?? '';
    const elemCol = /OFFSET\(Daftar!\$([A-Z]+)\$1/.exec(formula)?.[1] ?? '';
    for (const d of taxonomy().dimensi) {
      const rows: unknown[] = [];
      for (let r = Number(ref?.[2]); r <= Number(ref?.[3]); r++) if (lists.getCell(`${dimCol}${r}`).value === d.nama) rows.push(lists.getCell(`${elemCol}${r}`).value);
      expect(rows, d.id).toEqual(d.elemen.map((e) => e.nama));
    }
  });

  it('form <new-opd-id> writes a blank form; returned, it creates the OPD\'s file', async () => {
    const root = await copyExample();
    const { file, bytes } = await makeForm(root, 'dinas-pangan');
    const wb = await readBack(bytes);
    expect(sheet(wb, 'Profil').getCell('B4').value ?? null).toBeNull();
    // Returned unfilled it says what is required, at its cells.
    await mkdir(path.join(root, 'forms'));
    await copyFile(file, path.join(root, 'forms', 'form-dinas-pangan.xlsx'));
    const v = await runCli(['validate', root, '--format', 'json']);
    const found = (JSON.parse(v.stdout) as { diagnostics: Array<{ code: string; file: string; cell?: string }> }).diagnostics.filter((d) => d.file === 'forms/form-dinas-pangan.xlsx');
    expect(found).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'schema/required', cell: 'B4' }), expect.objectContaining({ code: 'schema/required', cell: 'B5' })]));
    await writeFile(file, await editWorkbook(bytes, (w) => {
      sheet(w, 'Profil').getCell('B4').value = 'Dinas Ketahanan Pangan';
      sheet(w, 'Profil').getCell('B5').value = 'Dispangan';
    }));
    const res = await runCli(['import', file, '--into', root]);
    expect(res.code).toBe(0);
    expect(parse(await readFile(path.join(root, 'data/opd/dinas-pangan.yaml'), 'utf8'))).toEqual({ nama: 'Dinas Ketahanan Pangan', singkatan: 'Dispangan' });
    // A near miss of an existing id is still asked about.
    const typo = await runCli(['form', 'dinkess', root]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('maksudnya "dinkes"?');
  });

  it('a form whose metadata names another OPD than its file name is an error, and is not read', async () => {
    const root = await copyExample();
    const { file } = await makeForm(root, 'dinkes');
    await mkdir(path.join(root, 'forms'));
    await copyFile(file, path.join(root, 'forms', 'form-dishub.xlsx'));
    const v = await runCli(['validate', root, '--format', 'json']);
    expect(v.code).toBe(1);
    const found = (JSON.parse(v.stdout) as { diagnostics: Array<{ code: string; file: string; severity: string }> }).diagnostics.filter((d) => d.file === 'forms/form-dishub.xlsx');
    expect(found).toEqual([expect.objectContaining({ code: 'xlsx/form-name-mismatch', severity: 'error' })]);
  });
});
