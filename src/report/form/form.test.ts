import { describe, expect, it } from 'vitest';
import { FORM_SHEETS, FORM_VERSION, layoutHash } from '../../forms/definition.js';
import { formInput } from '../../forms/form-input.js';
import { loadAndValidate } from '../../pipeline/check.js';
import { OpdSchema } from '../../schema/index.js';
import { JENIS_OPD, labelOf } from '../labels.js';
import { copyExample, EXAMPLE, editFile } from '../../../test/support/project.js';
import { formFile, readBack, xlsxParts } from '../../../test/support/xlsx-project.js';

const DATE = new Date(Date.UTC(2024, 5, 21));

describe('the form of dinkes', async () => {
  const checked = await loadAndValidate(EXAMPLE);
  const input = formInput(checked.project, 'dinkes');
  if (input === undefined) throw new Error('no dinkes');
  const bytes = await formFile(input, { date: DATE });
  const wb = await readBack(bytes);
  const parts = xlsxParts(bytes);
  const sheetXml = (name: string) => {
    const index = wb.worksheets.findIndex((w) => w.name === name);
    return parts[`xl/worksheets/sheet${index + 1}.xml`] ?? '';
  };

  it('has the instructions, the entry sheets, and hidden lists and metadata', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Petunjuk', ...FORM_SHEETS.map((s) => s.name), 'Daftar', 'Metadata']);
    expect(wb.getWorksheet('Daftar')?.state).toBe('hidden');
    expect(wb.getWorksheet('Metadata')?.state).toBe('veryHidden');
    const meta = wb.getWorksheet('Metadata');
    const pairs = Object.fromEntries([1, 2, 3, 4, 5].map((r): [string, unknown] => [meta?.getCell(r, 1).text ?? '', meta?.getCell(r, 2).value]));
    expect(pairs).toEqual({ jenis: 'masterplan-formulir-opd', versi: FORM_VERSION, tata_letak: layoutHash(), opd: 'dinkes', daerah: 'Kota Tegal' });
  });

  it('is pre-filled with what the project holds for the OPD', () => {
    const profil = wb.getWorksheet('Profil');
    expect(profil?.getCell('B4').value).toBe('Dinas Kesehatan');
    const apps = wb.getWorksheet('Aplikasi');
    expect(apps?.getCell('A4').value).toBe('Sistem Informasi Manajemen Puskesmas');
    expect(apps?.getCell('G4').value).toBe('Ya');
    const anggaran = wb.getWorksheet('Anggaran');
    expect(anggaran?.getCell('B4').value).toBe(98_500_000_000);
    expect(anggaran?.getCell('B4').numFmt).toBe('"Rp"#,##0');
  });

  it('has dropdowns for closed lists that refer to bounded ranges on the list sheet, never inline lists over 255 characters', () => {
    const xml = sheetXml('Quick Win');
    const validations = [...xml.matchAll(/<dataValidation ([^>]*?)(?:\/>|>([\s\S]*?)<\/dataValidation>)/g)];
    expect(validations.length).toBeGreaterThan(5);
    for (const [, attrs, body] of validations) {
      const sqref = /sqref="([^"]+)"/.exec(attrs ?? '')?.[1] ?? '';
      // Bounded: rows 4 to 503, never a whole column.
      expect(sqref).toMatch(/^[A-Z]+4:[A-Z]+503$/);
      const formula = /<formula1>([^<]*)<\/formula1>/.exec(body ?? '')?.[1] ?? '';
      if (formula.startsWith('"')) expect(formula.length).toBeLessThanOrEqual(255);
    }
    const dims = validations.find(([, a]) => (a ?? '').includes('sqref="C4:C503"'));
    expect(dims?.[0]).toMatch(/type="list"/);
    expect(dims?.[0]).toMatch(/<formula1>Daftar!\$[A-Z]+\$2:\$[A-Z]+\$7<\/formula1>/);
    expect(sheetXml('Aplikasi')).toMatch(/type="whole"[^>]*error="Isi dengan tahun \(4 angka\) antara 1900 dan 2200\."/);
    expect(sheetXml('Quick Win')).toMatch(/type="date"/);
  });

  it('lists every jenis from the schema (never retyped), by the label the books print', () => {
    const lists = wb.getWorksheet('Daftar');
    const col = (lists?.getRow(1).values as unknown[]).indexOf('jenis');
    const values = (lists?.getColumn(col).values as unknown[]).slice(2);
    expect(values).toEqual(OpdSchema.shape.jenis.unwrap().options.map((o) => labelOf(JENIS_OPD, o)));
  });

  it('protects header rows and leaves the entry cells unlocked', () => {
    for (const name of ['Profil', 'Aplikasi', 'Quick Win']) {
      expect(sheetXml(name)).toMatch(/<sheetProtection [^>]*sheet="1"/);
      expect(sheetXml(name)).not.toMatch(/hashValue|saltValue/);
    }
    const apps = wb.getWorksheet('Aplikasi');
    // exceljs types a cell's protection as always there; it is undefined where none was set.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    expect(apps?.getCell('A3').protection?.locked ?? true).toBe(true);
    expect(apps?.getCell('A10').protection.locked).toBe(false);
    expect(wb.getWorksheet('Profil')?.getCell('B5').protection.locked).toBe(false);
    // exceljs types a cell's protection as always there; it is undefined where none was set.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    expect(wb.getWorksheet('Profil')?.getCell('A5').protection?.locked ?? true).toBe(true);
  });

  it('is byte-identical for identical input', async () => {
    const again = await formFile(input, { date: DATE });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

it('writes hostile text as text in the form', async () => {
  const root = await copyExample();
  await editFile(root, 'data/opd/dinkes.yaml', 'nama: Dinas Kesehatan', 'nama: "=1+2"');
  await editFile(root, 'data/opd/dinkes.yaml', '  alamat: Jalan Proklamasi Nomor 5, Tegal', '  telepon: "+62 283 123"\n  alamat: "-2+3"');
  const checked = await loadAndValidate(root);
  const input = formInput(checked.project, 'dinkes');
  if (input === undefined) throw new Error('no dinkes');
  const bytes = await formFile(input, { date: DATE });
  const parts = xlsxParts(bytes);
  expect(Object.entries(parts).filter(([n]) => n.startsWith('xl/worksheets/')).some(([, x]) => x.includes('<f>'))).toBe(false);
  const profil = (await readBack(bytes)).getWorksheet('Profil');
  expect(profil?.getCell('B4').value).toBe('=1+2');
  expect(profil?.getCell('B4').numFmt).toBe('@');
  expect(profil?.getCell('B11').value).toBe('+62 283 123');
  expect(profil?.getCell('B12').value).toBe('-2+3');
});
