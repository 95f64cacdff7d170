import { describe, expect, it } from 'vitest';
import { diagnosticMessage } from '../../cli/format/diagnostics/message.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { copyExample, EXAMPLE, editFile, writeFiles } from '../../../test/support/project.js';
import { modelAndRanking, readBack, workbookFile, xlsxParts } from '../../../test/support/xlsx-project.js';
import { NUMBER_FORMATS } from '../../sheet/index.js';
import { JANGKA, JENIS_OPD, KATEGORI, labelOf, METODE, STATUS_APLIKASI, SUMBER_DANA } from '../labels.js';
import { loadSheetTemplates, masterplanWorkbook } from './index.js';
import { ranksOf, sawFormulaResults } from './views/index.js';
import { isuView, kelengkapanView, opdView } from './views/tables.js';

const DATE = new Date(Date.UTC(2024, 5, 21));

describe('the workbook on the example', async () => {
  const { model, ranking } = await modelAndRanking(EXAMPLE);
  const bytes = await workbookFile(model, ranking, { date: DATE });
  const wb = await readBack(bytes);

  it('has the sheets of the layout templates, in order, with Indonesian names', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Ringkasan', 'Peringkat Quick Win', 'Matriks Keputusan', 'Isu Strategis', 'OPD', 'Aplikasi',
      'Program dan Peta Jalan', 'Kesiapan', 'Kelengkapan Data',
      'Indikator Daerah', 'Layanan', 'Data Set', 'SWOT OPD', 'Kegiatan', 'Jadwal Quick Win',
    ]);
  });

  it('freezes the header rows and filters the tables', () => {
    const ws = wb.getWorksheet('OPD');
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 2 });
    expect(ws?.autoFilter).toBeDefined();
    const rank = wb.getWorksheet('Peringkat Quick Win');
    // Title, subtitle, two band rows, then the headers on row 5.
    expect(rank?.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(rank?.getCell('A5').value).toBe('Peringkat');
  });

  it('formats Rupiah and fits column widths to the content', () => {
    const ws = wb.getWorksheet('OPD');
    const header = ws?.getRow(3).values as unknown[];
    const pagu = header.indexOf('Pagu');
    expect(ws?.getCell(4, pagu).numFmt).toBe('"Rp"#,##0');
    expect(NUMBER_FORMATS.rupiah).toBe('"Rp"#,##0');
    const nameCol = header.indexOf('Singkatan');
    const longest = Math.max(...model.opd.map((o) => o.data.singkatan.length));
    expect(ws?.getColumn(nameCol).width).toBeGreaterThanOrEqual(longest);
    expect(ws?.getColumn(nameCol).width).toBeLessThanOrEqual(longest + 3);
  });

  it('writes the SAW score as a formula over the weights band, with cached results equal to the ranking', () => {
    const ws = wb.getWorksheet('Peringkat Quick Win');
    const header = ws?.getRow(5).values as unknown[];
    const sawCol = header.indexOf('Skor SAW (rumus)');
    const rankCol = header.indexOf('Peringkat SAW (rumus)');
    const firstValue = header.indexOf(`Nilai: ${ranking.criteria[0]?.nama}`);
    expect(ws?.getCell(4, firstValue).value).toBeCloseTo(ranking.criteria[0]?.weight ?? 0, 10);
    ranking.quickwins.forEach((p, i) => {
      const cell = ws?.getCell(6 + i, sawCol).value as { formula: string; result: number };
      expect(cell.formula).toMatch(/^IFERROR\(\(\$[A-Z]+\$4\*[A-Z]+\d+\/MAX\(\$[A-Z]+\$6:\$[A-Z]+\$24\)/);
      expect(cell.result).toBeCloseTo(p.score, 12);
      // RANK gives tied scores the same rank; the ranking breaks ties by id.
      const tiedAbove = ranking.quickwins.filter((q) => q.score > p.score + 1e-12).length;
      expect((ws?.getCell(6 + i, rankCol).value as { result: number }).result).toBe(1 + tiedAbove);
    });
  });

  it('computes the cached SAW results the way the formula does', () => {
    const criteria = [
      { id: 'a', nama: 'A', jenis: 'benefit' as const, dari: null, weight: 2 },
      { id: 'b', nama: 'B', jenis: 'cost' as const, dari: null, weight: 1 },
    ];
    expect(sawFormulaResults(criteria, [[4, 10], [2, 5], [null, null]])).toEqual([(2 * 4 / 4 + 1 * 5 / 10) / 3, (2 * 2 / 4 + 1 * 5 / 5) / 3, 0]);
    // A zero cost value divides by zero in Excel; IFERROR makes the score 0.
    expect(sawFormulaResults(criteria, [[4, 0], [2, 5]])[0]).toBe(0);
  });

  it('ranks the cached SAW results as RANK does: one more than the number of greater scores', () => {
    const scores = [0.5, 0.25, 0.5, 1, 0, -0, Number.NaN, 0.75, Infinity, 0.25];
    expect(ranksOf(scores)).toEqual(scores.map((s) => 1 + scores.filter((t) => t > s).length));
    expect(ranksOf(scores)).toEqual([4, 6, 4, 2, 8, 8, 1, 3, 1, 6]);
    expect(ranksOf([])).toEqual([]);
  });

  it('counts the quick wins of each OPD and issue', () => {
    const perOpd = (id: string) => model.quickwin.filter((q) => q.data.opd === id).length;
    const perIsu = (id: string) => model.quickwin.filter((q) => q.data.isu?.includes(id)).length;
    for (const view of [opdView(model), kelengkapanView(model)]) {
      expect(view.rows.map((r) => r['quickwin'])).toEqual(view.rows.map((r) => perOpd(r['id'] as string)));
    }
    const isu = isuView(model).rows;
    expect(isu.map((r) => r['quickwin'])).toEqual(isu.map((r) => perIsu(r['id'] as string)));
    expect(isu.some((r) => (r['quickwin'] as number) > 0)).toBe(true);
  });

  it('prints closed-list values with the labels the books print', () => {
    const column = (sheet: string, header: string, headerRow = 3) => {
      const ws = wb.getWorksheet(sheet);
      const col = (ws?.getRow(headerRow).values as unknown[]).indexOf(header);
      return (ws?.getColumn(col).values ?? []).slice(headerRow + 1).filter((v) => v !== undefined);
    };
    const books = (pairs: ReadonlyArray<readonly [string, string, ...string[]]>) => pairs.map((p) => p[1]);
    expect(column('Aplikasi', 'Status').every((l) => books(STATUS_APLIKASI).includes(l as string))).toBe(true);
    expect(column('Aplikasi', 'Status')).toContain('Dalam pengembangan');
    expect(column('OPD', 'Jenis')).toContain(labelOf(JENIS_OPD, 'rsud'));
    expect(column('OPD', 'Jenis').every((l) => books(JENIS_OPD).includes(l as string))).toBe(true);
    expect(column('Program dan Peta Jalan', 'Kategori').every((l) => books(KATEGORI).includes(l as string))).toBe(true);
    expect(column('Program dan Peta Jalan', 'Jangka').every((l) => books(JANGKA).includes(l as string))).toBe(true);
    expect(column('Program dan Peta Jalan', 'Sumber dana')).toContain(SUMBER_DANA.DAK);
    expect(wb.getWorksheet('Matriks Keputusan')?.getCell('A2').value).toContain(METODE[ranking.method].nama);
  });

  it('has the region\'s indicators by year, every service, data set, OPD SWOT item, activity and schedule line', () => {
    const rowsOf = (sheet: string) => {
      const ws = wb.getWorksheet(sheet);
      const header = ws === undefined ? [] : (ws.getRow(3).values as unknown[]);
      const out: Array<Record<string, unknown>> = [];
      ws?.eachRow((row, n) => {
        if (n <= 3) return;
        const values = row.values as unknown[];
        const cells: Array<[string, unknown]> = header.map((h, i) => [String(h), values[i]]);
        out.push(Object.fromEntries(cells.filter(([h]) => h !== 'undefined')));
      });
      return out;
    };
    const indikator = rowsOf('Indikator Daerah');
    expect(indikator.map((r) => r['ID'])).toEqual(model.daerah?.indikator.map((i) => i.id));
    expect(indikator.find((r) => r['ID'] === 'penduduk')?.['2020']).toBe(273825);
    expect(indikator.find((r) => r['ID'] === 'akses-internet')?.['2019']).toBeUndefined();
    expect(indikator.find((r) => r['ID'] === 'titik-wifi-publik')?.['Satuan']).toBe('titik');
    const count = (f: (o: (typeof model.opd)[number]) => number) => model.opd.reduce((t, o) => t + f(o), 0);
    expect(rowsOf('Layanan')).toHaveLength(count((o) => o.data.layanan?.length ?? 0));
    expect(rowsOf('Data Set')).toHaveLength(count((o) => o.data.data_set?.length ?? 0));
    expect(rowsOf('Data Set').every((r) => ['Ya', 'Tidak', undefined].includes(r['Satu Data'] as string | undefined))).toBe(true);
    const swot = (o: (typeof model.opd)[number]) => Object.values(o.data.swot ?? {}).reduce((t, l) => t + l.length, 0);
    expect(rowsOf('SWOT OPD')).toHaveLength(count(swot));
    const kegiatan = rowsOf('Kegiatan');
    expect(kegiatan).toHaveLength(model.program.reduce((t, p) => t + (p.data.kegiatan?.length ?? 0), 0));
    expect(kegiatan.map((r) => r['Tahun'])).toEqual([...kegiatan.map((r) => r['Tahun'])].sort());
    expect(kegiatan.find((r) => r['Kegiatan'] === 'Pembangunan pusat data cadangan')?.['Anggaran']).toBe(2_000_000_000);
    const jadwal = rowsOf('Jadwal Quick Win');
    const items = (f: (q: (typeof model.quickwin)[number]) => number) => model.quickwin.reduce((t, q) => t + f(q), 0);
    expect(jadwal.filter((r) => r['Jenis'] === 'Jadwal')).toHaveLength(items((q) => q.data.jadwal?.length ?? 0));
    expect(jadwal.filter((r) => r['Jenis'] === 'Kendala')).toHaveLength(items((q) => q.data.kendala?.length ?? 0));
    expect(jadwal.filter((r) => r['Jenis'] === 'Kebutuhan')).toHaveLength(items((q) => q.data.kebutuhan?.length ?? 0));
    expect(rowsOf('OPD').find((r) => r['ID'] === 'diskominfo')?.['Tugas pokok dan fungsi']).toBe(model.opdById.get('diskominfo')?.data.tupoksi);
  });

  it('puts a colour scale on the scores and the roadmap grid over the period', () => {
    const ws = wb.getWorksheet('Peringkat Quick Win');
    const scales = (ws as unknown as { conditionalFormattings: Array<{ rules: Array<{ type: string }> }> }).conditionalFormattings;
    expect(scales.length).toBeGreaterThanOrEqual(2);
    expect(scales.every((c) => c.rules[0]?.type === 'colorScale')).toBe(true);
    const roadmap = wb.getWorksheet('Program dan Peta Jalan');
    const header = (roadmap?.getRow(3).values as unknown[]).filter((v) => typeof v === 'string');
    expect(header.slice(-10)).toEqual(['2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030', '2031', '2032']);
  });

  it('is byte-identical for identical input, and the date decides the stamps', async () => {
    const again = await workbookFile(model, ranking, { date: DATE });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const core = xlsxParts(bytes)['docProps/core.xml'] ?? '';
    expect(core).toContain('2024-06-21T00:00:00Z');
  });
});

describe('the workbook with hostile text', () => {
  it('writes text starting with = + - @ as text, never as a formula', async () => {
    const root = await copyExample();
    await editFile(root, 'data/opd/dinkes.yaml', 'nama: Dinas Kesehatan', 'nama: "=HYPERLINK(\\"http://evil.example\\",\\"klik\\")"');
    await editFile(root, 'data/opd/dinkes.yaml', 'singkatan: Dinkes', 'singkatan: "@SUM(1+1)"');
    await editFile(root, 'data/opd/dinkes.yaml', 'alamat: Jalan Proklamasi Nomor 5, Tegal', 'alamat: "+62 283 351 \\u0007 -cmd|\' /C calc\'!A0"');
    const { model, ranking } = await modelAndRanking(root);
    const bytes = await workbookFile(model, ranking, { date: DATE });
    const parts = xlsxParts(bytes);
    const sheets = Object.entries(parts).filter(([n]) => n.startsWith('xl/worksheets/sheet'));
    const formulas = sheets.flatMap(([, xml]) => [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]));
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.every((f) => /^(IFERROR|RANK)\(/.test(f ?? ''))).toBe(true);
    expect(parts['xl/sharedStrings.xml']).toContain('=HYPERLINK(');
    const ws = (await readBack(bytes)).getWorksheet('OPD');
    const row = ws?.getColumn(1).values.indexOf('dinkes') as number;
    expect(ws?.getCell(row, 2).value).toBe('=HYPERLINK("http://evil.example","klik")');
    expect(ws?.getCell(row, 2).numFmt).toBe('@');
    expect(ws?.getCell(row, 3).value).toBe('@SUM(1+1)');
    // The control character is dropped (XML cannot hold it); the rest stays literal text.
    expect(ws?.getCell(row, 8).text).toBe("+62 283 351  -cmd|' /C calc'!A0");
  });
});

describe('layout templates', () => {
  it('a project template overrides the built-in of the same file name, and can drop a sheet', async () => {
    const root = await copyExample();
    await writeFiles(root, {
      'templates/workbook/04-isu.yaml': 'sheet: Isu\nview: isu\ntitle: "Isu — {daerah}"\nfreeze: false\nfilter: false\ncolumns:\n  - header: Judul isu\n    key: judul\n',
      'templates/workbook/08-kesiapan.yaml': 'sheet: Kesiapan\nview: kesiapan\nenabled: false\ntitle: x\ncolumns:\n  - header: x\n    key: x\n',
    });
    const { model, ranking } = await modelAndRanking(root);
    const wb = await readBack(await workbookFile(model, ranking, { date: DATE }));
    expect(wb.worksheets.map((w) => w.name)).toContain('Isu');
    expect(wb.worksheets.map((w) => w.name)).not.toContain('Kesiapan');
    const ws = wb.getWorksheet('Isu');
    expect(ws?.getCell('A1').value).toBe('Isu — Kota Tegal');
    expect(ws?.getCell('A3').value).toBe('Judul isu');
    expect((ws?.views ?? [])[0]?.state ?? 'normal').toBe('normal');
  });

  it('an invalid project template is a diagnostic at its file, line and column, and no workbook is made', async () => {
    const root = await copyExample();
    await writeFiles(root, { 'templates/workbook/02-peringkat.yaml': 'sheet: "Bad/Name"\nview: nope\ntitle: x\ncolumns: []\n' });
    const { model, ranking } = await modelAndRanking(root);
    const result = await masterplanWorkbook(model, ranking, { date: DATE });
    expect(result.workbook).toBeUndefined();
    expect(result.diagnostics.map(at)).toEqual([
      'templates/workbook/02-peringkat.yaml:1:8 report/workbook-template-invalid sheet',
      'templates/workbook/02-peringkat.yaml:2:7 report/workbook-template-invalid view',
      'templates/workbook/02-peringkat.yaml:4:10 report/workbook-template-invalid columns',
    ]);
    expect(result.diagnostics[1]?.args).toMatchObject({ field: 'view', expected: { kind: 'one-of' } });
    expect(diagnosticMessage(result.diagnostics[1] ?? { code: 'load/empty', args: {} }, 'id')).toContain('ringkasan, peringkat, matriks');
    expect(result.diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });
});

/** A diagnostic as `file:line:col code path`. */
const at = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.code}${d.path !== undefined ? ` ${d.path}` : ''}`;

describe('layout template diagnostics', () => {
  /** The diagnostics of the example with these project templates. */
  async function diagnosticsOf(files: Record<string, string>): Promise<Diagnostic[]> {
    const root = await copyExample();
    await writeFiles(root, files);
    const loaded = await loadSheetTemplates(root, undefined);
    return loaded.diagnostics;
  }
  /** The message of the i-th diagnostic in a language. */
  const message = (d: Diagnostic[], i: number, lang: 'id' | 'en' = 'id') => diagnosticMessage(d[i] ?? { code: 'load/empty', args: {} }, lang);

  it('a YAML syntax error, a duplicate key and a tab are the YAML loader\'s diagnostics, at their place', async () => {
    const d = await diagnosticsOf({
      'templates/workbook/04-isu.yaml': 'sheet: Isu\nview: isu\ntitle: [belum ditutup\ncolumns:\n  - header: x\n    key: x\n',
      'templates/workbook/05-opd.yaml': 'sheet: OPD\nview: opd\nsheet: Lagi\ntitle: x\ncolumns:\n  - header: x\n    key: x\n',
      'templates/workbook/06-aplikasi.yaml': 'sheet: Aplikasi\nview: aplikasi\ntitle: x\ncolumns:\n\t- header: x\n',
    });
    expect(d.map(at)).toEqual([
      'templates/workbook/04-isu.yaml:4:1 yaml/syntax',
      'templates/workbook/05-opd.yaml:3:1 yaml/duplicate-key',
      'templates/workbook/06-aplikasi.yaml:5:1 yaml/tab',
    ]);
  });

  it('an unknown key names the key it probably is, and the missing key it hides is not reported again', async () => {
    const d = await diagnosticsOf({
      'templates/workbook/04-isu.yaml': 'sheet: Isu\nview: isu\ntitle: x\ncolums:\n  - header: Judul\n    key: judul\n    widht: 20\n',
      'templates/workbook/05-opd.yaml': 'sheet: OPD\nview: opd\ntitle: x\ncolumns:\n  - header: Nama\n    key: nama\n    wdth: 20\n',
    });
    expect(d.map(at)).toEqual([
      'templates/workbook/04-isu.yaml:4:1 report/workbook-template-unknown-key colums',
      'templates/workbook/05-opd.yaml:7:5 report/workbook-template-unknown-key columns[0].wdth',
    ]);
    expect(d.map((x) => x.args['suggestion'])).toEqual(['columns', 'width']);
    expect(message(d, 0)).toBe('Kunci "colums" tidak dikenal dalam templat lembar kerja; maksudnya "columns"?');
  });

  it('a missing key is reported at the closest key there is, a wrong value at the value', async () => {
    const d = await diagnosticsOf({
      'templates/workbook/04-isu.yaml': 'sheet: Isu\nview: isu\ncolumns:\n  - header: Judul\n    key: judul\n    width: lebar\n    colorScale: ya\n',
    });
    expect(d.map(at)).toEqual([
      'templates/workbook/04-isu.yaml:1:1 report/workbook-template-required title',
      'templates/workbook/04-isu.yaml:6:12 report/workbook-template-invalid columns[0].width',
      'templates/workbook/04-isu.yaml:7:17 report/workbook-template-invalid columns[0].colorScale',
    ]);
    expect(d[1]?.args).toEqual({ field: 'columns[0].width', expected: { kind: 'type', type: 'number' } });
    expect(message(d, 1, 'en')).toBe('The value of "columns[0].width" in the workbook template is invalid: it must be a number.');
    expect(message(d, 1, 'id')).toBe('Nilai "columns[0].width" dalam templat lembar kerja tidak sah: harus angka.');
  });

  it('a sheet name used twice (in any case) is reported at the second file\'s name, naming the first', async () => {
    const d = await diagnosticsOf({ 'templates/workbook/10-ringkasan-lagi.yaml': 'view: ringkasan\nsheet: RINGKASAN\ntitle: x\ncolumns:\n  - header: x\n    key: x\n' });
    expect(d.map(at)).toEqual(['templates/workbook/10-ringkasan-lagi.yaml:2:8 report/workbook-template-duplicate-sheet sheet']);
    expect(d[0]?.args).toEqual({ sheet: 'RINGKASAN', other: '(bawaan) templates/workbook/01-ringkasan.yaml' });
  });

  it('a template over the size limit is reported at its start and not read', async () => {
    const d = await diagnosticsOf({ 'templates/workbook/04-isu.yaml': `# ${'x'.repeat(300 * 1024)}\nsheet: Isu\n` });
    expect(d.map(at)).toEqual(['templates/workbook/04-isu.yaml:1:1 report/workbook-template-too-large']);
    expect(d[0]?.args).toEqual({ size: 300 * 1024 + 14, limit: 256 * 1024 });
    expect(message(d, 0)).toBe('Templat lembar kerja berukuran 300.0 KB melebihi batas 256.0 KB; satu templat hanya menata satu lembar.');
  });

  it('the built-in templates have no problem', async () => {
    const loaded = await loadSheetTemplates(undefined);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.templates).toHaveLength(15);
  });
});
