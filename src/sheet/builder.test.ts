import { describe, expect, it } from 'vitest';
import { setNumber, setText, SheetBuilder } from './index.js';

describe('SheetBuilder', () => {
  it('gives a new cell its column style with its row style over it, and keeps later cells apart', () => {
    const ws = new SheetBuilder('Isian');
    ws.column(2).style.numFmt = '@';
    ws.column(2).style.protection = { locked: false };
    ws.row(1).style.font = { bold: true };
    ws.cell(1, 2).value = 'Nilai';
    ws.cell(3, 2).style.protection = { locked: true };
    ws.cell(1, 1).value = 'Isian';
    const sheet = ws.build();
    const row1 = sheet.rows.find((r) => r.row === 1);
    expect(row1?.style).toEqual({ font: { bold: true } });
    expect(row1?.cells).toEqual([
      { col: 1, value: 'Isian', style: { font: { bold: true } } },
      { col: 2, value: 'Nilai', style: { numFmt: '@', protection: { locked: false }, font: { bold: true } } },
    ]);
    expect(sheet.rows.find((r) => r.row === 3)?.cells).toEqual([{ col: 2, style: { numFmt: '@', protection: { locked: true } } }]);
  });

  it('builds rows, cells and columns in order and leaves out what was never set', () => {
    const ws = new SheetBuilder('Data', { state: 'hidden' });
    ws.cell(5, 3).value = 1;
    ws.cell(2, 4).value = 'b';
    ws.cell(2, 1).value = 'a';
    ws.column(3).width = 20;
    ws.column(1);
    const sheet = ws.build();
    expect(sheet).toEqual({
      name: 'Data',
      state: 'hidden',
      columns: [{ col: 1 }, { col: 3, width: 20 }],
      rows: [{ row: 2, cells: [{ col: 1, value: 'a' }, { col: 4, value: 'b' }] }, { row: 5, cells: [{ col: 3, value: 1 }] }],
    });
  });

  it('puts text in as text, pinning what looks like a formula, and leaves non-finite numbers out', () => {
    const ws = new SheetBuilder('S');
    setText(ws.cell(1, 1), '=HYPERLINK("x")');
    setText(ws.cell(1, 2), 'a\u0007b');
    setNumber(ws.cell(1, 3), Number.NaN, 'rupiah');
    setNumber(ws.cell(1, 4), 1500, 'rupiah');
    expect(ws.build().rows[0]?.cells).toEqual([
      { col: 1, value: '=HYPERLINK("x")', style: { numFmt: '@' } },
      { col: 2, value: 'ab' },
      { col: 3 },
      { col: 4, value: 1500, style: { numFmt: '"Rp"#,##0' } },
    ]);
  });

  it('gives the cells styled with the very same parts one style object, and every other style its own', () => {
    const ws = new SheetBuilder('S');
    const bold = { bold: true };
    ws.cell(1, 1).style.font = bold;
    ws.cell(1, 2).style.font = bold;
    ws.cell(1, 3).style.font = bold;
    ws.cell(1, 3).style.numFmt = '@';
    ws.cell(1, 4).style.font = bold;
    ws.cell(1, 4).style.numFmt = '';
    ws.cell(1, 5).style.font = { bold: true };
    ws.cell(1, 6).style.numFmt = '@';
    ws.cell(1, 6).style.font = bold;
    ws.cell(1, 7).style.font = bold;
    ws.cell(1, 7).style.fill = { pattern: 'solid', color: 'FFFFF2CC' };
    ws.cell(1, 7).style.fill = undefined;
    const [a, b, c, d, e, f, g] = ws.build().rows[0]?.cells.map((cell) => cell.style) ?? [];
    expect(a).toEqual({ font: { bold: true } });
    expect(b).toBe(a);
    expect(g).toBe(a);
    expect(c).toEqual({ font: { bold: true }, numFmt: '@' });
    expect(d).toEqual({ font: { bold: true }, numFmt: '' });
    expect(e).toEqual(a);
    expect(f).toBe(c);
    expect(new Set([a, c, d]).size).toBe(3);
  });
});

