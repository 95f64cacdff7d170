import { describe, expect, it } from 'vitest';
import { copyExample, editFile } from '../../../test/support/project.js';
import { modelAndRanking, readBack } from '../../../test/support/xlsx-project.js';
import { stagesOf, statusReport } from '../../status/index.js';
import { writeXlsx } from '../../write/xlsx/index.js';
import { statusChecklist } from './checklist.js';

const DATE = new Date(Date.UTC(2024, 5, 21));

describe('the status checklist', () => {
  it('lists every OPD with its completeness as a percentage, and keeps text that looks like a formula as text', async () => {
    const root = await copyExample();
    await editFile(root, 'data/opd/dinkes.yaml', 'nama: Dinas Kesehatan', 'nama: "=HYPERLINK(\\"http://evil.example\\",\\"klik\\")"');
    await editFile(root, 'data/opd/dinkes.yaml', 'singkatan: Dinkes', 'singkatan: "@SUM(1+1)\\u0007"');
    const { model, ranking } = await modelAndRanking(root);
    const report = statusReport(model, stagesOf(model.config), 2, { selected: ranking.quickwins.filter((p) => p.selected).length });
    const wb = await readBack(await writeXlsx(statusChecklist(report, model, { date: DATE }), { date: DATE }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Status OPD', 'Data Kota']);
    expect(wb.title).toBe('Status data Kota Tegal — tahap 2');
    const ws = wb.getWorksheet('Status OPD');
    expect(ws?.getRow(1).values).toEqual([undefined, 'OPD', 'Singkatan', 'Wajib', 'Terkumpul', 'Kelengkapan', 'Belum diserahkan', 'Terakhir diubah', 'Paraf']);
    expect(ws?.rowCount).toBe(1 + model.opd.length);
    const row = (ws?.getColumn(1).values ?? []).indexOf('=HYPERLINK("http://evil.example","klik")');
    expect(row).toBeGreaterThan(1);
    expect(ws?.getCell(row, 1).numFmt).toBe('@');
    expect(ws?.getCell(row, 2).value).toBe('@SUM(1+1)');
    expect(ws?.getCell(row, 5).numFmt).toBe('0%');
    expect(ws?.getCell(row, 5).value).toBe(1);
    expect(ws?.autoFilter).toBe('A1:H1');
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(wb.getWorksheet('Data Kota')?.getCell('C2').value).toMatch(/^(Ada|Belum ada)$/);
  });
});
