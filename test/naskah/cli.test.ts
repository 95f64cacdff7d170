/**
 * Authored text through the commands: drafts show a placeholder naming who owes a due slot, a final
 * build refuses it (and uses the built-in wording for an optional one), `status` lists it, builds are
 * byte-identical, `build --format md` holds the text, `new naskah` writes a slot's file with its guide,
 * `init` writes an example text for each required slot, a JPEG image is a numbered figure, `masterplan schema` writes the
 * schema of the front matter, and `build --watch` rebuilds and `validate --watch` validates again
 * on a change in naskah/.
 */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import { isInput } from '../../src/cli/watch.js';
import { taxonomy } from '../../src/taxonomy/index.js';
import { runCli } from '../support/memory-env.js';
import { pngSize } from '../../src/report/logo.js';
import { copyExample, EXAMPLE, REPO_ROOT, tempDir } from '../support/project.js';
import { bodyXml, paragraphTexts } from '../support/unzip-docx.js';
import { watchSession } from '../support/watch-session.js';

async function bookText(file: string): Promise<string> {
  return paragraphTexts(bodyXml(new Uint8Array(await readFile(file)))).join('\n');
}

/** The example without the readiness reading (due at stage 1), with the direction (due at 2) owed by Dinas Sosial but not written, and without an optional slot. */
async function missingSlots(): Promise<string> {
  const dir = await copyExample();
  await rm(path.join(dir, 'naskah/buku-1/kesiapan.md'));
  await rm(path.join(dir, 'naskah/buku-1/analisis-economy.md'));
  await writeFile(path.join(dir, 'naskah/buku-2/arah.md'), '---\npenulis: dinsos\n---\n');
  return dir;
}

describe('a project with some slots missing', () => {
  it('builds drafts with a placeholder naming who owes each slot due at the stage, and none for optional slots', async () => {
    const dir = await missingSlots();
    const out = await tempDir();
    const one = await runCli(['build', dir, '--stage', '1', '--out', out, '--format', 'docx']);
    expect(one.code).toBe(0);
    const buku1 = await bookText(path.join(out, 'buku-1-analisis-strategis.docx'));
    expect(buku1).toContain('[Naskah pembacaan hasil analisis kesiapan belum diserahkan oleh Tim Pelaksana Smart City]');
    expect(buku1).not.toContain('Naskah analisis dimensi Smart Economy');
    // The authored text that is there is printed.
    expect(buku1).toContain('Kota Tegal adalah kota pesisir di jalur pantai utara Jawa');
    const two = await runCli(['build', dir, '--stage', '2', '--out', out, '--format', 'docx']);
    expect(two.code).toBe(0);
    expect(await bookText(path.join(out, 'buku-2-masterplan.docx'))).toContain('[Naskah arah pembangunan smart city belum diserahkan oleh Dinas Sosial]');
  }, 120_000);

  it('refuses a final build: one positioned error per slot due, naming its owner, and writes nothing', async () => {
    const dir = await missingSlots();
    const out = await tempDir();
    const res = await runCli(['build', dir, '--out', out, '--format', 'docx', '--lang', 'en']);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/naskah\/buku-1\/kesiapan\.md\n\s+1:1\s+error\s+Naskah buku-1\/kesiapan \(Buku I, Analisis Kesiapan Daerah .*\) has not been submitted by the Tim Pelaksana; required from stage 1\..*naskah\/missing/);
    expect(res.stderr).toMatch(/naskah\/buku-2\/arah\.md\n\s+1:1\s+error\s+Naskah buku-2\/arah .* has not been submitted by Dinas Sosial; required from stage 2\..*naskah\/missing/);
    expect(res.stderr.split('\n').filter((l) => l.includes('naskah/missing'))).toHaveLength(2);
    expect(await readdir(out)).toEqual([]);
    // Only the books being built count: Buku III owes nothing here.
    const three = await runCli(['build', dir, '--out', out, '--format', 'docx', '--book', '3']);
    expect(three.code).toBe(0);
    expect(await readdir(out)).toEqual(['buku-3-ringkasan-eksekutif.docx']);
  }, 120_000);

  it('lists each slot due in status: the table, JSON items naskah:<slot> under their owner, and the XLSX checklist', async () => {
    const dir = await missingSlots();
    const json = await runCli(['status', dir, '--stage', '2', '--format', 'json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as {
      city: Array<{ item: string; ok: boolean; file: string; label: string; detail?: string }>;
      opd: Array<{ id: string; required: number; submitted: number; missing: Array<{ item: string; label: string }> }>;
    };
    // The latar belakang (written, by Bappeda) and the direction (owed by Dinas Sosial) are items of their OPDs.
    expect(report.city.filter((i) => i.item.startsWith('naskah:'))).toEqual([
      { item: 'naskah:buku-1/kesiapan', label: 'Naskah buku-1/kesiapan', detail: 'Buku I, Analisis Kesiapan Daerah (sesudah tabel dan grafik kesiapan)', ok: false, file: 'naskah/buku-1/kesiapan.md' },
    ]);
    const bappeda = report.opd.find((o) => o.id === 'bappeda');
    // Bappeda owes its staff data, its applications and the latar belakang, and has given all three.
    expect([bappeda?.required, bappeda?.submitted, bappeda?.missing]).toEqual([3, 3, []]);
    expect(report.opd.find((o) => o.id === 'dinsos')?.missing).toContainEqual({ item: 'naskah:buku-2/arah', label: 'Naskah buku-2/arah', detail: 'Buku II, Arah Pembangunan Smart City (pembuka bab)' });
    const table = await runCli(['status', dir, '--stage', '2']);
    expect(table.stdout).toMatch(/✗ Naskah buku-1\/kesiapan — Buku I, Analisis Kesiapan Daerah/);
    expect(table.stdout).toMatch(/Dinsos .*Naskah buku-2\/arah/);
    const xlsx = path.join(await tempDir(), 'status.xlsx');
    expect((await runCli(['status', dir, '--stage', '2', '--format', 'xlsx', '--output', xlsx])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const city = (wb.getWorksheet('Data Kota')?.getSheetValues() ?? []).map((r) => (Array.isArray(r) ? r.slice(1, 4) : []));
    expect(city).toContainEqual(['Naskah buku-1/kesiapan', 'Buku I, Analisis Kesiapan Daerah (sesudah tabel dan grafik kesiapan)', 'Belum ada']);
    const opd = (wb.getWorksheet('Status OPD')?.getSheetValues() ?? []).map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(opd.find((r) => (r as unknown[] | undefined)?.[1] === 'Dinsos')?.[5]).toContain('Naskah buku-2/arah');
  }, 120_000);
});

describe('an optional slot', () => {
  it('prints its authored text in place of the built-in wording, and the built-in wording without it', async () => {
    const dir = await copyExample();
    const out = await tempDir();
    expect((await runCli(['build', dir, '--out', out, '--format', 'docx', '--book', '2'])).code).toBe(0);
    const authored = await bookText(path.join(out, 'buku-2-masterplan.docx'));
    expect(authored).toContain('Tiga prinsip dipegang di semua dimensi');
    expect(authored).not.toContain('Strategi pembangunan disusun untuk setiap dimensi smart city.');
    await rm(path.join(dir, 'naskah/buku-2/strategi.md'));
    expect((await runCli(['build', dir, '--out', out, '--format', 'docx', '--book', '2'])).code).toBe(0);
    const builtin = await bookText(path.join(out, 'buku-2-masterplan.docx'));
    expect(builtin).toContain('Strategi pembangunan disusun untuk setiap dimensi smart city.');
    expect(builtin).not.toContain('Tiga prinsip dipegang di semua dimensi');
  }, 120_000);
});

describe('building the example with authored text', () => {
  it('gives byte-identical books twice, and Markdown that holds the authored text as written', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    const vars = { SOURCE_DATE_EPOCH: '1655769600' };
    for (const out of [a, b]) expect((await runCli(['build', EXAMPLE, '--out', out, '--format', 'docx,md'], { vars })).code).toBe(0);
    const files = (await readdir(a)).sort();
    expect(files).toHaveLength(8);
    for (const f of files) expect(Buffer.compare(await readFile(path.join(a, f)), await readFile(path.join(b, f))), f).toBe(0);
    const md = await readFile(path.join(a, 'buku-1-analisis-strategis.md'), 'utf8');
    const source = await readFile(path.join(EXAMPLE, 'naskah/buku-1/gambaran-umum.md'), 'utf8');
    const body = source.slice(source.indexOf('\n---\n') + 5).trim();
    expect(md).toContain(`:::naskah{slot="buku-1/gambaran-umum" berkas="naskah/buku-1/gambaran-umum.md"}\n${body}\n:::\n`);
  }, 180_000);
});

describe('a JPEG image in a naskah', () => {
  it('is a numbered figure of its pixel size, listed, and its reference prints its number', async () => {
    const dir = path.join(await tempDir(), 'p');
    expect((await runCli(['init', dir])).code).toBe(0);
    await mkdir(path.join(dir, 'naskah/buku-1/gambar'), { recursive: true });
    await copyFile(path.join(REPO_ROOT, 'test/fixtures/naskah/foto-kegiatan.jpg'), path.join(dir, 'naskah/buku-1/gambar/foto.jpg'));
    await writeFile(
      path.join(dir, 'naskah/buku-1/gambaran-umum.md'),
      'Suasana bimtek tampak pada [@gambar:foto-bimtek].\n\n![Foto Kegiatan Bimtek](gambar/foto.jpg){#foto-bimtek}\n',
    );
    const validate = await runCli(['validate', dir, '--format', 'json']);
    // Nothing but the required slots init left unanswered.
    const naskah = (JSON.parse(validate.stdout) as { diagnostics: Array<{ code: string; file: string }> }).diagnostics.filter((d) => d.file.startsWith('naskah/'));
    expect(naskah.filter((d) => d.code !== 'naskah/empty')).toEqual([]);
    expect(naskah.map((d) => d.file)).not.toContain('naskah/buku-1/gambaran-umum.md');
    const out = await tempDir();
    expect((await runCli(['build', dir, '--stage', '1', '--book', '1', '--out', out, '--format', 'docx'])).code).toBe(0);
    const bytes = new Uint8Array(await readFile(path.join(out, 'buku-1-analisis-strategis.docx')));
    const entries = unzipSync(bytes);
    const pictures = Object.entries(entries).filter(([name]) => name.startsWith('word/media/')).map(([, data]) => pngSize(data));
    // The JPEG is carried as a PNG of the same pixel size, among the pictures of the charts.
    expect(pictures).toContainEqual({ width: 96, height: 48 });
    const document = new TextDecoder().decode(entries['word/document.xml']);
    expect(document).toContain('descr="Foto Kegiatan Bimtek"');
    const paragraphs = paragraphTexts(bodyXml(bytes));
    const caption = paragraphs.find((p) => /^Gambar \d+\.\d+ Foto Kegiatan Bimtek$/.test(p));
    expect(caption).toBeDefined();
    const number = caption?.split(' ').slice(0, 2).join(' ') ?? '';
    expect(paragraphs).toContain(`Suasana bimtek tampak pada ${number}.`);
    // The list of figures names it with the same number.
    expect(document).toMatch(new RegExp(`w:val="TableOfFigures"[\\s\\S]*?${number.replace('.', '\\.')} Foto Kegiatan Bimtek`));
  }, 60_000);
});

describe('masterplan new naskah', () => {
  it("writes the slot's file with its guide as the editor's note, refuses an unknown slot with a suggestion, never overwrites", async () => {
    const dir = path.join(await tempDir(), 'p');
    expect((await runCli(['init', dir])).code).toBe(0);
    const res = await runCli(['new', 'naskah', 'buku-2/monev', '-C', dir]);
    expect(res.code).toBe(0);
    const file = path.join(dir, 'naskah/buku-2/monev.md');
    const text = await readFile(file, 'utf8');
    const front = parse(text.slice(4, text.indexOf('\n---\n'))) as Record<string, unknown>;
    expect(front).toEqual({ catatan: taxonomy().naskah.slotById.get('buku-2/monev')?.panduan });
    expect(text.slice(text.indexOf('\n---\n') + 5).trim()).toBe('');
    // Valid as written; the empty body is reported as a text still to write.
    const validate = await runCli(['validate', dir, '--format', 'json']);
    expect(validate.code).toBe(0);
    const found = (JSON.parse(validate.stdout) as { diagnostics: Array<{ code: string; file: string }> }).diagnostics.filter((d) => d.file.startsWith('naskah/'));
    // Besides the required slots init left unanswered, the new file: each a text still to write.
    const required = taxonomy().naskah.slots.filter((s) => s.wajib).map((s) => `naskah/${s.id}.md`);
    expect(found.map((d) => [d.code, d.file]).sort()).toEqual([...required, 'naskah/buku-2/monev.md'].map((f) => ['naskah/empty', f]).sort());
    const unknown = await runCli(['new', 'naskah', 'buku-2/monevv', '-C', dir]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('mungkin maksudnya buku-2/monev');
    await writeFile(file, `${text}Teks Tim.\n`);
    expect((await runCli(['new', 'naskah', 'buku-2/monev', '-C', dir])).code).toBe(2);
    expect(await readFile(file, 'utf8')).toBe(`${text}Teks Tim.\n`);
  }, 60_000);

  it("init writes every required slot unanswered: its guide, no text; status owes them, drafts show placeholders, a final build refuses them", async () => {
    const dir = path.join(await tempDir(), 'p');
    expect((await runCli(['init', dir])).code).toBe(0);
    const written = (await readdir(path.join(dir, 'naskah'), { recursive: true })).filter((f) => f.endsWith('.md')).map((f) => f.split(path.sep).join('/').replace(/\.md$/, '')).sort();
    const required = taxonomy().naskah.slots.filter((s) => s.wajib).map((s) => s.id).sort();
    expect(required.length).toBeGreaterThan(1);
    expect(written).toEqual(required);
    for (const slot of required) {
      const text = await readFile(path.join(dir, 'naskah', `${slot}.md`), 'utf8');
      expect(parse(text.slice(4, text.indexOf('\n---\n')))).toEqual({ catatan: taxonomy().naskah.slotById.get(slot)?.panduan });
      expect(text.slice(text.indexOf('\n---\n') + 5).trim()).toBe('');
    }
    // Valid; each file is a text still to write.
    const validate = await runCli(['validate', dir, '--format', 'json']);
    expect(validate.code).toBe(0);
    const naskah = (JSON.parse(validate.stdout) as { diagnostics: Array<{ code: string; file: string }> }).diagnostics.filter((d) => d.file.startsWith('naskah/'));
    expect(naskah.map((d) => [d.code, d.file]).sort()).toEqual(required.map((s) => ['naskah/empty', `naskah/${s}.md`]));
    // status owes every one due by stage 4.
    const status = JSON.parse((await runCli(['status', dir, '--stage', '4', '--format', 'json'])).stdout) as unknown;
    const owed = JSON.stringify(status);
    for (const slot of required) expect(owed).toContain(`naskah:${slot}`);
    // A draft shows a placeholder where the text goes; a final build refuses and writes nothing.
    const out = await tempDir();
    expect((await runCli(['build', dir, '--stage', '1', '--out', out, '--format', 'docx'])).code).toBe(0);
    expect(await bookText(path.join(out, 'buku-1-analisis-strategis.docx'))).toMatch(/Tim Pelaksana/);
    const final = await tempDir();
    const refused = await runCli(['build', dir, '--out', final, '--format', 'docx', '--lang', 'en']);
    expect(refused.code).toBe(1);
    for (const slot of required) expect(refused.stderr).toContain(`naskah/${slot}.md`);
    expect(await readdir(final)).toEqual([]);
  }, 60_000);
});

describe('masterplan schema', () => {
  it('writes the schema of the front matter: every front matter of the example and of `new naskah` passes it, an unknown key or an OPD id that cannot be one fails', async () => {
    const out = await tempDir();
    expect((await runCli(['schema', '--out', out])).code).toBe(0);
    // CommonJS package: its default export is the module, which holds the class.
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    const valid = ajv.compile(JSON.parse(await readFile(path.join(out, 'naskah.schema.json'), 'utf8')) as object);
    const frontMatter = (text: string) => (text.startsWith('---\n') ? (parse(text.slice(4, text.indexOf('\n---\n'))) as unknown) : {});
    const files = (await readdir(path.join(EXAMPLE, 'naskah'), { recursive: true })).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(10);
    const fronts = await Promise.all(files.map(async (f) => frontMatter(await readFile(path.join(EXAMPLE, 'naskah', f), 'utf8'))));
    expect(fronts.filter((f) => typeof f === 'object' && f !== null && 'penulis' in f).length).toBeGreaterThan(0);
    for (const [i, front] of fronts.entries()) expect(valid(front), files[i]).toBe(true);
    const dir = path.join(await tempDir(), 'p');
    expect((await runCli(['init', dir])).code).toBe(0);
    expect((await runCli(['new', 'naskah', 'buku-1/kesenjangan', '-C', dir])).code).toBe(0);
    expect(valid(frontMatter(await readFile(path.join(dir, 'naskah/buku-1/kesenjangan.md'), 'utf8')))).toBe(true);
    expect(valid({ penulis: 'bappeda', penuls: 'bappeda' })).toBe(false);
    expect(valid({ penulis: 'Dinas Sosial' })).toBe(false);
    expect(valid({ catatan: 3 })).toBe(false);
  }, 60_000);
});

describe('watching', () => {
  it('counts naskah/ Markdown and images as inputs, and nothing else there', () => {
    expect(isInput('naskah/buku-1/latar-belakang.md')).toBe(true);
    expect(isInput('naskah/buku-1/gambar/peta.PNG')).toBe(true);
    expect(isInput('naskah/buku-1/gambar/foto.jpeg', ['masterplan.yaml', 'data', 'naskah', 'templates'])).toBe(true);
    expect(isInput('naskah/buku-1/catatan.txt')).toBe(false);
    expect(isInput('naskah/buku-1/.latar-belakang.md.swp')).toBe(false);
    expect(isInput('data/opd/x.md')).toBe(false);
  });

  it('build --watch renders the book again when its naskah changes', async () => {
    const dir = await copyExample();
    const out = await tempDir();
    const w = watchSession(dir);
    const running = run(['build', dir, '--out', out, '--book', '3', '--format', 'docx', '--watch'], w.env);
    await w.until(() => w.stderr().includes('Memantau perubahan'), 60_000);
    const file = path.join(dir, 'naskah/buku-3/ringkasan.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\nKalimat baru dari pengamatan Tim.\n`);
    await w.until(() => /Berubah: naskah\/buku-3\/ringkasan\.md[\s\S]*Selesai/.test(w.stderr()), 30_000);
    expect(await bookText(path.join(out, 'buku-3-ringkasan-eksekutif.docx'))).toContain('Kalimat baru dari pengamatan Tim.');
    w.stop();
    expect(await running).toBe(0);
  }, 120_000);

  it('validate --watch reports a bad reference written into a naskah, and its mend', async () => {
    const dir = await copyExample();
    const w = watchSession(dir);
    const running = run(['validate', dir, '--watch'], w.env);
    await w.until(() => w.output().includes('Memantau perubahan'), 30_000);
    const file = path.join(dir, 'naskah/buku-3/langkah.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, `${text}\nLihat [@tabel:tidak-ada].\n`);
    await w.until(() => /naskah\/buku-3\/langkah\.md[\s\S]*naskah\/unknown-reference/.test(w.output()), 15_000);
    const seen = w.output().length;
    await writeFile(file, text);
    await w.until(() => /Berubah: naskah\/buku-3\/langkah\.md[\s\S]*0 galat/.test(w.output().slice(seen)), 15_000);
    w.stop();
    expect(await running).toBe(0);
  }, 90_000);
});
