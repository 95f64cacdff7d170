import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../test/support/memory-env.js';
import { copyExample, editFile } from '../../test/support/project.js';
import { editWorkbook } from '../../test/support/xlsx-files.js';

/** The row of a profile field, found by its label as an OPD sees it. */
function profileRow(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).text.replace(/ \*$/, '') === label) return r;
  throw new Error(`no row ${label}`);
}

async function makeForm(root: string, opd: string): Promise<{ file: string; bytes: Uint8Array }> {
  const out = path.join(root, 'keluaran', 'formulir');
  const r = await runCli(['form', opd, root, '--out', out, '-q']);
  expect(r.code).toBe(0);
  const file = path.join(out, `form-${opd}.xlsx`);
  return { file, bytes: new Uint8Array(await readFile(file)) };
}

async function yamlOf(root: string, rel: string): Promise<Record<string, unknown>> {
  return parse(await readFile(path.join(root, rel), 'utf8')) as Record<string, unknown>;
}

describe('form → fill → import → validate', () => {
  it('imports exactly the filled values, and the project still validates', async () => {
    const root = await copyExample();
    // Quick wins that name their schema by a path other than the default one: a new quick win
    // must copy its siblings' line.
    const quickwins = (await readdir(path.join(root, 'data/quickwin'))).map((f) => `data/quickwin/${f}`);
    for (const rel of quickwins) await editFile(root, rel, '$schema=../../schema/', '$schema=../../skema-proyek/');
    const before = await yamlOf(root, 'data/opd/dinkes.yaml');
    const { file, bytes } = await makeForm(root, 'dinkes');
    const filled = await editWorkbook(bytes, (wb) => {
      const profil = wb.getWorksheet('Profil') as ExcelJS.Worksheet;
      profil.getCell(profileRow(profil, 'Jumlah pegawai ASN'), 2).value = 500;
      profil.getCell(profileRow(profil, 'Telepon'), 2).value = '(0283) 351234';
      const apps = wb.getWorksheet('Aplikasi') as ExcelJS.Worksheet;
      apps.getCell('D6').value = 'aktif';
      // A new application in the first empty row, as an OPD would type it.
      ['Sistem Rujukan Terpadu', 'Rujukan pasien antar fasilitas kesehatan.', 'living', 'aktif', 2024, 'https://rujukan.tegalkota.go.id', 'Tidak', 'pusat']
        .forEach((v, i) => { apps.getCell(7, i + 1).value = v; });
      const qw = wb.getWorksheet('Quick Win') as ExcelJS.Worksheet;
      const row = ['', 'Ambulans Gawat Darurat Terpadu', 'living', 'kesehatan', 'kualitas-sdm', 'rsud-kardinah', 150_000_000, 'APBD', 6, new Date(Date.UTC(2024, 1, 1))];
      row.forEach((v, i) => { if (v !== '') qw.getCell(4, i + 1).value = v; });
    });
    await writeFile(file, filled);

    const imported = await runCli(['import', file, '--into', root, '--force']);
    expect(imported.stderr).toContain('data/opd/dinkes.yaml');
    expect(imported.code).toBe(0);
    const validated = await runCli(['validate', root, '--format', 'json']);
    const report = JSON.parse(validated.stdout) as { diagnostics: Array<{ severity: string; file: string; code: string }> };
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(validated.code).toBe(0);

    const after = await yamlOf(root, 'data/opd/dinkes.yaml');
    const apps = before['aplikasi'] as Array<Record<string, unknown>>;
    expect(after).toEqual({
      ...before,
      kontak: { ...(before['kontak'] as object), telepon: '(0283) 351234' },
      sdm: { ...(before['sdm'] as object), asn: 500 },
      aplikasi: [
        apps[0], apps[1], { ...apps[2], status: 'aktif' },
        { nama: 'Sistem Rujukan Terpadu', fungsi: 'Rujukan pasien antar fasilitas kesehatan.', dimensi: 'living', status: 'aktif', tahun: 2024, tautan: 'https://rujukan.tegalkota.go.id', terintegrasi: false, pengembang: 'pusat' },
      ],
    });
    expect(await yamlOf(root, 'data/quickwin/ambulans-gawat-darurat-terpadu.yaml')).toEqual({
      nama: 'Ambulans Gawat Darurat Terpadu', opd: 'dinkes', opd_pendukung: ['rsud-kardinah'], dimensi: 'living', elemen: 'kesehatan',
      isu: ['kualitas-sdm'], anggaran: { nilai: 150_000_000, sumber: 'APBD' }, durasi_bulan: 6, mulai: '2024-02',
    });
    const text = await readFile(path.join(root, 'data/quickwin/ambulans-gawat-darurat-terpadu.yaml'), 'utf8');
    expect(text.split('\n').slice(0, 2)).toEqual(['# yaml-language-server: $schema=../../skema-proyek/quickwin.schema.json', '# Diimpor dari formulir form-dinkes.xlsx (OPD dinkes).']);
    // The replaced file was backed up.
    const backups = await readdir(path.join(root, '.masterplan', 'backup'));
    expect(backups).toHaveLength(1);
    const saved = await readFile(path.join(root, '.masterplan', 'backup', backups[0] as string, 'data/opd/dinkes.yaml'), 'utf8');
    expect(parse(saved)).toEqual(before);
  });

  it('editing one cell changes exactly one value and one line', async () => {
    const root = await copyExample();
    const oldText = await readFile(path.join(root, 'data/opd/dinkes.yaml'), 'utf8');
    const { file, bytes } = await makeForm(root, 'dinkes');
    await writeFile(file, await editWorkbook(bytes, (wb) => {
      const profil = wb.getWorksheet('Profil') as ExcelJS.Worksheet;
      profil.getCell(profileRow(profil, 'Jumlah SDM TIK'), 2).value = 11;
    }));
    expect((await runCli(['import', file, '--into', root, '--force', '-q'])).code).toBe(0);
    const newText = await readFile(path.join(root, 'data/opd/dinkes.yaml'), 'utf8');
    const a = oldText.split('\n');
    const b = newText.split('\n');
    // The import note is the only added line; every comment and line break of the file stays.
    expect(b[1]).toBe('# Diimpor dari formulir form-dinkes.xlsx (OPD dinkes).');
    b.splice(1, 1);
    expect(b.length).toBe(a.length);
    const changed = a.flatMap((line, i) => (line !== b[i] ? [[line, b[i]]] : []));
    expect(changed).toEqual([['  tik: 9', '  tik: 11']]);
  });

  it('an untouched form imports as no change, without --force', async () => {
    const root = await copyExample();
    const { file } = await makeForm(root, 'diskominfo');
    const r = await runCli(['import', file, '--into', root]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Tidak berubah data/opd/diskominfo.yaml');
    expect(r.stderr).not.toMatch(/Diperbarui|Dibuat/);
  });

  it('refuses to overwrite without --force and writes nothing', async () => {
    const root = await copyExample();
    const oldText = await readFile(path.join(root, 'data/opd/dinkes.yaml'), 'utf8');
    const { file, bytes } = await makeForm(root, 'dinkes');
    await writeFile(file, await editWorkbook(bytes, (wb) => {
      (wb.getWorksheet('Profil') as ExcelJS.Worksheet).getCell('B5').value = 'Dinkes Kota';
      const qw = wb.getWorksheet('Quick Win') as ExcelJS.Worksheet;
      ['', 'Posyandu Digital', 'living', 'kesehatan', 'kualitas-sdm', '', 10_000_000, 'APBD', 6].forEach((v, i) => { if (v !== '') qw.getCell(4, i + 1).value = v; });
    }));
    const r = await runCli(['import', file, '--into', root]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(await readFile(path.join(root, 'data/opd/dinkes.yaml'), 'utf8')).toBe(oldText);
    await expect(readFile(path.join(root, 'data/quickwin/posyandu-digital.yaml'))).rejects.toThrow();
  });

  it('a form with errors is reported at Sheet!Cell by validate and import, and import writes nothing', async () => {
    const root = await copyExample();
    const oldText = await readFile(path.join(root, 'data/opd/dinkes.yaml'), 'utf8');
    const { bytes } = await makeForm(root, 'dinkes');
    await mkdir(path.join(root, 'forms'), { recursive: true });
    const file = path.join(root, 'forms', 'form-dinkes.xlsx');
    await writeFile(file, await editWorkbook(bytes, (wb) => {
      const apps = wb.getWorksheet('Aplikasi') as ExcelJS.Worksheet;
      apps.getCell('D6').value = 'rusak';
      apps.getCell('G5').value = 'mungkin';
      apps.getCell('A7').value = 'Aplikasi tanpa status';
    }));
    const v = await runCli(['validate', root, '--format', 'json']);
    expect(v.code).toBe(1);
    const diags = (JSON.parse(v.stdout) as { diagnostics: Array<Record<string, unknown>> }).diagnostics.filter((d) => d['file'] === 'forms/form-dinkes.xlsx');
    expect(diags).toContainEqual(expect.objectContaining({ code: 'schema/enum', sheet: 'Aplikasi', cell: 'D6', line: 6, column: 4, severity: 'error' }));
    expect(diags).toContainEqual(expect.objectContaining({ code: 'xlsx/bad-value', sheet: 'Aplikasi', cell: 'G5', line: 5, column: 7 }));
    // A new row without its required status points at the empty status cell.
    expect(diags).toContainEqual(expect.objectContaining({ severity: 'error', sheet: 'Aplikasi', cell: 'D7', path: 'aplikasi[3].status' }));
    // The unreadable cell is reported once, not again by the schema check.
    expect(diags.filter((d) => d['cell'] === 'G5')).toHaveLength(1);
    const i = await runCli(['import', file, '--into', root, '--force']);
    expect(i.code).toBe(1);
    expect(i.stdout).toContain('Aplikasi!D6');
    expect(await readFile(path.join(root, 'data/opd/dinkes.yaml'), 'utf8')).toBe(oldText);
    await expect(readdir(path.join(root, '.masterplan'))).rejects.toThrow();
  });

  it('forms for every OPD of the example validate without findings of their own', async () => {
    const root = await copyExample();
    expect((await runCli(['form', '--all', root, '--out', path.join(root, 'forms'), '-q'])).code).toBe(0);
    expect((await readdir(path.join(root, 'forms'))).length).toBe(21);
    const v = await runCli(['validate', root, '--format', 'json']);
    const diags = (JSON.parse(v.stdout) as { diagnostics: Array<{ file: string; code: string }> }).diagnostics;
    expect(diags.filter((d) => d.file.startsWith('forms/'))).toEqual([]);
    expect(v.code).toBe(0);
  });
});
