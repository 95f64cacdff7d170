/** `masterplan status`: names exactly the missing items and the OPD that owes them; JSON contract; stage choice. */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/memory-env.js';
import { editFile, EXAMPLE, incompleteExample } from '../support/project.js';

interface StatusJson {
  stage: number;
  books: number[];
  summary: { required: number; submitted: number; missing: number; completeness: number };
  opd: Array<{ id: string; completeness: number; missing: Array<{ item: string }>; last_changed: string | null }>;
  city: Array<{ item: string; ok: boolean; detail?: string }>;
  coverage: Array<{ kind: string }>;
}

describe('masterplan status', () => {
  it('names exactly the removed items and the OPD that owes them', async () => {
    const dir = await incompleteExample();
    const res = await runCli(['status', dir, '--stage', '1', '--format', 'json']);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as StatusJson;
    expect(out.stage).toBe(1);
    expect(out.books).toEqual([1]);
    const owing = out.opd.filter((o) => o.missing.length > 0);
    expect(owing.map((o) => o.id)).toEqual(['dinsos']);
    expect(owing[0]?.missing.map((m) => m.item)).toEqual(['opd.sdm', 'opd.aplikasi']);
    expect(out.opd[0]?.id).toBe('dinsos');
    expect(out.city.filter((c) => !c.ok).map((c) => c.item)).toEqual(['kesiapan']);
    expect(out.summary.missing).toBe(3);
  });

  it('the table puts the OPD owing most first and names what is missing', async () => {
    const dir = await incompleteExample();
    const res = await runCli(['status', dir, '--stage', '1']);
    const lines = res.stdout.split('\n');
    const header = lines.findIndex((l) => l.startsWith('OPD'));
    expect(lines[header + 1]).toMatch(/^Dinsos\s+1\/3\s+33%.*Data SDM, Daftar aplikasi/);
    expect(res.stdout).toMatch(/✗ Analisis kesiapan daerah/);
  });

  it('the complete example owes nothing at stage 4', async () => {
    const res = await runCli(['status', EXAMPLE, '--stage', '4', '--format', 'json']);
    const out = JSON.parse(res.stdout) as StatusJson;
    expect(out.summary.missing).toBe(0);
    expect(out.opd.every((o) => o.completeness === 1)).toBe(true);
  });

  it('later stages are cumulative', async () => {
    const dir = await incompleteExample();
    await editFile(dir, 'masterplan.yaml', /^visi:.*\n( {2}.*\n)*/m, '');
    const s1 = JSON.parse((await runCli(['status', dir, '--stage', '1', '--format', 'json'])).stdout) as StatusJson;
    const s2 = JSON.parse((await runCli(['status', dir, '--stage', '2', '--format', 'json'])).stdout) as StatusJson;
    expect(s2.summary.required).toBeGreaterThan(s1.summary.required);
    expect(s2.city.filter((c) => !c.ok).map((c) => c.item)).toEqual(['kesiapan', 'visi']);
  });

  it('defaults to the next bimtek after today, else stage 4', async () => {
    const res = await runCli(['status', EXAMPLE, '--format', 'json']);
    expect((JSON.parse(res.stdout) as StatusJson).stage).toBe(4);
  });

  it('--format xlsx writes a checklist with one row per OPD, owing most first', async () => {
    const dir = await incompleteExample();
    const out = path.join(dir, 'daftar.xlsx');
    const res = await runCli(['status', dir, '--stage', '1', '--format', 'xlsx', '--output', out]);
    expect(res.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet('Status OPD');
    expect(sheet?.rowCount).toBe(1 + 21);
    expect(sheet?.getRow(2).getCell(1).value).toBe('Dinas Sosial');
    expect(sheet?.getRow(2).getCell(6).text).toMatch(/Data SDM; Daftar aplikasi/);
  });

  it('refuses a bad stage or format (exit 2)', async () => {
    expect((await runCli(['status', EXAMPLE, '--stage', '5'])).code).toBe(2);
    expect((await runCli(['status', EXAMPLE, '--format', 'pdf'])).code).toBe(2);
  });
});
