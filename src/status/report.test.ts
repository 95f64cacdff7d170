import { describe, expect, it } from 'vitest';
import { copyExample, editFile } from '../../test/support/project.js';
import { modelAndRanking } from '../../test/support/xlsx-project.js';
import { opdCompleteness } from '../model/index.js';
import { kelengkapanView } from '../report/workbook/views/tables.js';
import { stagesOf, statusReport } from './index.js';

describe('profile completeness in the status report', () => {
  it('counts as the workbook does: an empty object is not an answer, an explicit empty list is', async () => {
    const root = await copyExample();
    await editFile(root, 'data/opd/dinkes.yaml', 'kontak:\n  email: dinkes@tegalkota.go.id\n  alamat: Jalan Proklamasi Nomor 5, Tegal\n', 'kontak: {}\n');
    await editFile(root, 'data/opd/dinkes.yaml', /^aplikasi:\n( {2}.*\n)*/m, 'aplikasi: []\n');
    const { model, ranking } = await modelAndRanking(root);
    const report = statusReport(model, stagesOf(model.config), 4, { selected: ranking.quickwins.filter((p) => p.selected).length });
    const dinkes = report.opd.find((o) => o.id === 'dinkes');
    const data = model.opdById.get('dinkes')?.data;
    if (dinkes === undefined || data === undefined) throw new Error('no dinkes');
    const fields = Object.fromEntries(opdCompleteness(data).fields.map((f) => [f.field, f.filled]));
    expect(fields['kontak']).toBe(false);
    expect(fields['aplikasi']).toBe(true);
    expect(dinkes.profileTotal).toBe(12);
    expect(dinkes.profileFilled).toBe(Object.values(fields).filter(Boolean).length);
    // The workbook's completeness sheet shows the same count for the same OPD.
    const row = kelengkapanView(model).rows.find((r) => r['id'] === 'dinkes');
    expect(row?.['terisi']).toBe(`${dinkes.profileFilled}/${dinkes.profileTotal}`);
    expect(row?.['kolom.kontak']).toBe('Belum');
    expect(row?.['kolom.aplikasi']).toBe('Ada');
  });
});
