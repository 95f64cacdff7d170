import { describe, expect, it } from 'vitest';
import { readBack, xlsxParts } from '../../../test/support/xlsx-project.js';
import type { Sheet, Style, Workbook } from '../../sheet/index.js';
import { normaliseZip } from '../zip.js';
import { writeXlsx } from './index.js';
import { excelWorkbook } from './write.js';

const DATE = new Date(Date.UTC(2024, 5, 21, 8, 30));

const data: Sheet = {
  name: 'Data Uji',
  pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' },
  views: [{ state: 'frozen', xSplit: 1, ySplit: 2, topLeftCell: 'B3' }],
  columns: [{ col: 1, width: 30 }, { col: 2, width: 12, style: { numFmt: '"Rp"#,##0', protection: { locked: false } } }],
  rows: [
    { row: 1, height: 32, cells: [{ col: 1, value: 'Judul', style: { font: { bold: true, size: 14, color: 'FF1F4E79' } } }] },
    {
      row: 2,
      cells: [
        { col: 1, value: 'Nama', style: { fill: { pattern: 'solid', color: 'FFFFF2CC' }, border: { bottom: { style: 'thin', color: 'FF000000' } }, alignment: { horizontal: 'center', vertical: 'middle', wrap: true } } },
        { col: 2, value: 'Anggaran' },
        { col: 3, value: 'Aktif' },
        { col: 4, value: 'Mulai' },
        { col: 5, value: 'Skor' },
      ],
    },
    {
      row: 3,
      cells: [
        { col: 1, value: '=1+2', style: { numFmt: '@' } },
        { col: 2, value: 1_250_000_000, style: { numFmt: '"Rp"#,##0', protection: { locked: false } } },
        { col: 3, value: true },
        { col: 4, value: new Date(Date.UTC(2024, 6, 1)), style: { numFmt: 'yyyy-mm' } },
        { col: 5, value: { formula: 'B3/1000', result: 1_250_000 }, style: { numFmt: '0.000', font: { italic: true } } },
      ],
    },
    { row: 4, cells: [{ col: 2, style: { protection: { locked: false } } }] },
  ],
  merges: ['A1:E1'],
  autoFilter: 'A2:E3',
  conditionalFormats: [{
    ref: 'E3:E3',
    rules: [{ type: 'colorScale', priority: 1, points: [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }], colors: ['FFF8696B', 'FFFFEB84', 'FF63BE7B'] }],
  }],
  dataValidations: [
    { ref: 'B3:B10', type: 'whole', operator: 'between', allowBlank: true, formulae: [0, 1e12], showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Nilai tidak sah', error: 'Isi dengan rupiah penuh.' },
    { ref: 'C3:C10', type: 'list', allowBlank: true, formulae: ['Daftar!$A$2:$A$3'], showInputMessage: true, promptTitle: 'Status', prompt: 'Pilih dari daftar.' },
  ],
  protection: { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true },
};

const book: Workbook = {
  properties: { title: 'Uji', creator: 'masterplan', lastModifiedBy: 'masterplan', company: '', created: DATE, modified: DATE },
  sheets: [
    data,
    { name: 'Daftar', state: 'hidden', rows: [{ row: 1, cells: [{ col: 1, value: 'status' }] }, { row: 2, cells: [{ col: 1, value: 'aktif' }] }, { row: 3, cells: [{ col: 1, value: 'tidak-aktif' }] }] },
    { name: 'Metadata', state: 'veryHidden', views: [{ state: 'normal', showGridLines: false }], rows: [{ row: 1, cells: [{ col: 1, value: 'versi' }, { col: 2, value: 3 }] }] },
  ],
};

describe('writeXlsx', async () => {
  const bytes = await writeXlsx(book, { date: DATE });
  const wb = await readBack(bytes);
  const ws = wb.getWorksheet('Data Uji');
  if (ws === undefined) throw new Error('no sheet');

  it('writes the sheets in order with their visibility and the document properties', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([['Data Uji', 'visible'], ['Daftar', 'hidden'], ['Metadata', 'veryHidden']]);
    expect(wb.title).toBe('Uji');
    expect(wb.creator).toBe('masterplan');
    expect(wb.created.toISOString()).toBe(DATE.toISOString());
  });

  it('writes every kind of value, text always as text', () => {
    expect(ws.getCell('A3').value).toBe('=1+2');
    expect(ws.getCell('A3').numFmt).toBe('@');
    expect(ws.getCell('B3').value).toBe(1_250_000_000);
    expect(ws.getCell('C3').value).toBe(true);
    expect((ws.getCell('D3').value as Date).toISOString()).toBe('2024-07-01T00:00:00.000Z');
    expect(ws.getCell('E3').value).toEqual({ formula: 'B3/1000', result: 1_250_000 });
    expect(wb.getWorksheet('Metadata')?.getCell('B1').value).toBe(3);
    const sheets = Object.entries(xlsxParts(bytes)).filter(([n]) => n.startsWith('xl/worksheets/sheet'));
    expect(sheets.flatMap(([, xml]) => [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]))).toEqual(['B3/1000']);
  });

  it('writes number formats, fonts, fills, borders, alignment and cell protection', () => {
    expect(ws.getCell('B3').numFmt).toBe('"Rp"#,##0');
    expect(ws.getCell('D3').numFmt).toBe('yyyy-mm');
    expect(ws.getCell('E3').numFmt).toBe('0.000');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14, color: { argb: 'FF1F4E79' } });
    expect(ws.getCell('E3').font).toMatchObject({ italic: true });
    expect(ws.getCell('A2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- exceljs types border as always there
    expect(ws.getCell('A2').border?.bottom).toMatchObject({ style: 'thin', color: { argb: 'FF000000' } });
    expect(ws.getCell('A2').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    // exceljs types a cell's protection as always there; it is undefined where none was set.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    expect(ws.getCell('B3').protection?.locked).toBe(false);
    // exceljs types a cell's protection as always there; it is undefined where none was set.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    expect(ws.getCell('B4').protection?.locked).toBe(false);
    // exceljs types a cell's protection as always there; it is undefined where none was set.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    expect(ws.getCell('A3').protection?.locked ?? true).toBe(true);
  });

  it('writes widths, heights, column styles, merges, frozen panes, the filter and the print titles', () => {
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(2).width).toBe(12);
    expect(ws.getColumn(2).numFmt).toBe('"Rp"#,##0');
    expect(ws.getRow(1).height).toBe(32);
    expect(ws.getCell('E1').isMerged).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2, topLeftCell: 'B3' });
    expect(wb.getWorksheet('Metadata')?.views[0]).toMatchObject({ state: 'normal', showGridLines: false });
    expect(ws.autoFilter).toBe('A2:E3');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' });
  });

  it('writes data validations and the colour scale', () => {
    for (const ref of ['B3', 'B10']) {
      expect(ws.getCell(ref).dataValidation).toMatchObject({ type: 'whole', operator: 'between', allowBlank: true, formulae: [0, 1e12], showErrorMessage: true, errorStyle: 'stop', error: 'Isi dengan rupiah penuh.' });
    }
    expect(ws.getCell('B11').dataValidation).toBeUndefined();
    expect(ws.getCell('C10').dataValidation).toMatchObject({ type: 'list', formulae: ['Daftar!$A$2:$A$3'], showInputMessage: true, promptTitle: 'Status', prompt: 'Pilih dari daftar.' });
    const scales = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string; cfvo: unknown[]; color: unknown[] }> }> }).conditionalFormattings;
    expect(scales).toHaveLength(1);
    expect(scales[0]?.ref).toBe('E3:E3');
    expect(scales[0]?.rules[0]).toMatchObject({ type: 'colorScale', cfvo: [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }], color: [{ argb: 'FFF8696B' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }] });
  });

  it('protects the sheet without a password', () => {
    const xml = xlsxParts(bytes)['xl/worksheets/sheet1.xml'] ?? '';
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(xml).not.toMatch(/hashValue|saltValue/);
    expect(xlsxParts(bytes)['xl/worksheets/sheet2.xml']).not.toContain('<sheetProtection');
  });

  it('is byte-identical for an identical model, and the date decides the zip entry times', async () => {
    expect(Buffer.from(await writeXlsx(book, { date: DATE })).equals(Buffer.from(bytes))).toBe(true);
    const other = await writeXlsx(book, { date: new Date(Date.UTC(2025, 0, 2)) });
    expect(Buffer.from(other).equals(Buffer.from(bytes))).toBe(false);
  });

  it('is the same file as exceljs writes, zipped reproducibly', async () => {
    const written = await (await excelWorkbook(book)).xlsx.writeBuffer({ zip: { compression: 'STORE' } });
    expect(Buffer.from(normaliseZip(new Uint8Array(written), { date: DATE })).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('writeXlsx with one style object for many cells', async () => {
  const shared: Style = { font: { bold: true } };
  const same: Style = { font: { bold: true } };
  const sheet: Sheet = {
    name: 'S',
    rows: [{
      row: 1,
      cells: [
        { col: 1, value: 'teks', style: shared },
        { col: 2, value: new Date(Date.UTC(2024, 6, 1)), style: shared },
        { col: 3, value: 7, style: same },
        { col: 4, value: new Date(Date.UTC(2024, 6, 2)), style: { ...shared, numFmt: 'yyyy-mm' } },
      ],
    }],
  };
  const bytes = await writeXlsx({ properties: {}, sheets: [sheet] }, { date: DATE });
  const ws = (await readBack(bytes)).getWorksheet('S');

  it('still gives a date without a number format a date format', () => {
    expect((ws?.getCell('B1').value as Date).toISOString()).toBe('2024-07-01T00:00:00.000Z');
    expect(ws?.getCell('B1').font).toMatchObject({ bold: true });
    expect(ws?.getCell('A1').numFmt).toBeUndefined();
    expect(ws?.getCell('D1').numFmt).toBe('yyyy-mm');
  });

  it('writes equal styles once', () => {
    const styles = xlsxParts(bytes)['xl/styles.xml'] ?? '';
    const xfs = /<cellXfs count="(\d+)"/.exec(styles)?.[1];
    // The default, bold, bold as a date, bold as a month.
    expect(xfs).toBe('4');
    const sheetXml = xlsxParts(bytes)['xl/worksheets/sheet1.xml'] ?? '';
    const s = (ref: string) => new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheetXml)?.[1];
    expect(s('A1')).toBe(s('C1'));
    expect(new Set([s('A1'), s('B1'), s('D1')]).size).toBe(3);
  });
});

