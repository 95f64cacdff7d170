import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hashedId } from 'docx';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../src/taxonomy/index.js';
import { copyExample, editFile } from './support/project.js';

const CHUNKS = path.join(PACKAGE_ROOT, 'dist', 'chunks');
const VENDOR = path.join(PACKAGE_ROOT, 'dist', 'vendor');
const BIN = path.join(PACKAGE_ROOT, 'bin', 'masterplan.js');
const EXAMPLE = path.join(PACKAGE_ROOT, 'examples', 'kota-tegal');

describe('the bundle', () => {
  it("names images as docx does: Node's SHA-1 gives docx's own digest", () => {
    const inputs: Array<string | Uint8Array> = ['', 'Kota Tegal', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'ü→≤'];
    for (let n = 0; n < 40; n++) inputs.push(Uint8Array.from({ length: n * 97 + (n % 7) }, (_, i) => (i * 31 + n) & 0xff));
    for (const data of inputs) {
      expect(hashedId(data)).toBe(createHash('sha1').update(data).digest('hex'));
    }
  });

  it.skipIf(!existsSync(VENDOR))("uses Node's SHA-1 inside the bundled docx (npm run build makes it)", () => {
    const docx = readdirSync(VENDOR).filter((f) => readFileSync(path.join(VENDOR, f), 'utf8').includes('var hashedId = '));
    expect(docx).toHaveLength(1);
    const text = readFileSync(path.join(VENDOR, docx[0] as string), 'utf8');
    expect(text).toMatch(/var sha1 = \(data\) => (?:__docxCreateHash|\(0, import_node_crypto\.createHash\))\("sha1"\)\.update\(data\)\.digest\(\);/);
  });

  it.skipIf(!existsSync(VENDOR))('has every built-in template compiled (npm run build makes it)', () => {
    const compiled = readdirSync(VENDOR).filter((f) => readFileSync(path.join(VENDOR, f), 'utf8').startsWith('exports.PRECOMPILED = ['));
    expect(compiled).toHaveLength(1);
    const text = readFileSync(path.join(VENDOR, compiled[0] as string), 'utf8');
    const templates = path.join(PACKAGE_ROOT, 'templates');
    const files = [
      ...readdirSync(templates).filter((f) => f.endsWith('.hbs')).map((f) => `templates/${f}`),
      ...readdirSync(path.join(templates, 'partials')).filter((f) => f.endsWith('.hbs')).map((f) => `templates/partials/${f}`),
    ];
    expect(files.length).toBeGreaterThan(10);
    for (const display of files) expect(text, display).toContain(`display: ${JSON.stringify(display)}, source: `);
  });

  it.skipIf(!existsSync(VENDOR))('loads its large libraries from dist/vendor, and a second run takes their compiled code from the cache', () => {
    // The libraries are in the vendor files only, not in the program's chunks as well.
    const chunks = readdirSync(CHUNKS).map((f) => readFileSync(path.join(CHUNKS, f), 'utf8'));
    for (const marker of ['// node_modules/zod/', '// node_modules/js-yaml/', '// node_modules/docx/dist/index.mjs', '// node_modules/vega-lite/']) {
      expect(chunks.some((c) => c.includes(marker)), marker).toBe(false);
    }
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'masterplan-bundle-test-'));
    const run = () => execFileSync(process.execPath, [BIN, 'validate', EXAMPLE, '--quiet'], { env: { ...process.env, TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '' }, stdio: 'pipe' });
    const cacheFiles = () => {
      const dir = readdirSync(tmp).find((f) => f.startsWith('masterplan-compile-cache'));
      return dir === undefined ? [] : readdirSync(path.join(tmp, dir)).filter((f) => f.includes('.cjs.')).map((f) => [f, statSync(path.join(tmp, dir, f)).mtimeMs] as const);
    };
    try {
      run();
    } catch {
      // validate exits 1 on the example's warning only with --strict; either way the run is what counts.
    }
    const first = cacheFiles();
    expect(first.map(([f]) => f.replace(/-[0-9a-f]+\.cjs\..*$/, '')).sort()).toEqual(['js-yaml', 'markdown', 'zod']);
    try {
      run();
    } catch {
      // As above.
    }
    // Taken from the cache, so not written again.
    expect(cacheFiles()).toEqual(first);
  });

  it.skipIf(!existsSync(VENDOR))('keeps what parsing gave between runs, and never gives an old result for a changed file', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'masterplan-bundle-test-'));
    const project = await copyExample();
    const validate = (vars: Record<string, string> = {}) =>
      spawnSync(process.execPath, [BIN, 'validate', project, '--format', 'json'], { env: { ...process.env, TMPDIR: tmp, MASTERPLAN_NO_CACHE: '', ...vars }, encoding: 'utf8' });
    const parseFiles = () => {
      const dir = readdirSync(tmp).find((f) => f.startsWith('masterplan-compile-cache'));
      return dir === undefined ? [] : readdirSync(path.join(tmp, dir)).filter((f) => f.startsWith('parse-')).map((f) => path.join(tmp, dir, f));
    };
    const off = validate({ MASTERPLAN_NO_CACHE: '1' });
    expect(parseFiles()).toEqual([]);
    const cold = validate();
    expect(parseFiles()).toHaveLength(1);
    const [file] = parseFiles() as [string];
    const written = statSync(file).mtimeMs;
    const warm = validate();
    for (const run of [cold, warm]) {
      expect(run.status).toBe(off.status);
      expect(run.stdout).toBe(off.stdout);
    }
    // Nothing new: the file is not written again.
    expect(statSync(file).mtimeMs).toBe(written);
    // A changed file is parsed again: its new problem is found, where it is.
    await editFile(project, 'data/quickwin/pju-cerdas.yaml', /durasi_bulan: *18/, 'durasi_bulan: 30');
    const edited = validate();
    expect(edited.stdout).not.toBe(off.stdout);
    expect(edited.stdout).toBe(validate({ MASTERPLAN_NO_CACHE: '1' }).stdout);
    // A broken cache file is as none.
    writeFileSync(file, 'rusak');
    expect(validate().stdout).toBe(edited.stdout);
  });

  it.skipIf(!existsSync(VENDOR))('holds every shipped data file, read when it was bundled, with the digest of its text (npm run build makes it)', () => {
    const chunks = readdirSync(CHUNKS).filter((f) => readFileSync(path.join(CHUNKS, f), 'utf8').includes('var SHIPPED = JSON.parse('));
    expect(chunks).toHaveLength(1);
    const text = readFileSync(path.join(CHUNKS, chunks[0] as string), 'utf8');
    const data = path.join(PACKAGE_ROOT, 'data');
    const files = readdirSync(data).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(text, f).toContain(createHash('sha1').update(readFileSync(path.join(data, f), 'utf8')).digest('hex'));
  });

  it.skipIf(!existsSync(VENDOR))('keeps the parsed books and the drawn charts between builds, with the same bytes as without', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'masterplan-bundle-test-'));
    const project = await copyExample();
    let n = 0;
    const build = (vars: Record<string, string> = {}) => {
      const out = path.join(tmp, `out-${String(++n)}`);
      const run = spawnSync(process.execPath, [BIN, 'build', project, '--quiet', '--out', out], {
        env: { ...process.env, TMPDIR: tmp, MASTERPLAN_NO_CACHE: '', SOURCE_DATE_EPOCH: '1663113600', ...vars },
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      return Object.fromEntries(readdirSync(out).sort().map((f) => [f, createHash('sha256').update(readFileSync(path.join(out, f))).digest('hex')]));
    };
    const keptFiles = () => {
      const dir = readdirSync(tmp).find((f) => f.startsWith('masterplan-compile-cache'));
      const kept = dir === undefined ? undefined : readdirSync(path.join(tmp, dir)).find((f) => f.startsWith('kept-'));
      return dir === undefined || kept === undefined ? [] : readdirSync(path.join(tmp, dir, kept)).sort();
    };
    const off = build({ MASTERPLAN_NO_CACHE: '1' });
    expect(Object.keys(off)).toHaveLength(5);
    expect(keptFiles()).toEqual([]);
    expect(build()).toEqual(off);
    const kept = keptFiles();
    expect(kept.filter((f) => f.startsWith('tree-')).length).toBeGreaterThan(3);
    expect(kept.filter((f) => f.startsWith('chart-')).length).toBeGreaterThan(3);
    expect(build()).toEqual(off);
    // Nothing new was kept by a build of the same project.
    expect(keptFiles()).toEqual(kept);
    // An edited naskah changes its book as it does without kept results; a broken file is made again.
    await editFile(project, 'naskah/buku-2/arah.md', /Arah pembangunan/, 'Arah pengembangan');
    const dir = readdirSync(tmp).find((f) => f.startsWith('masterplan-compile-cache')) as string;
    const folder = path.join(tmp, dir, readdirSync(path.join(tmp, dir)).find((f) => f.startsWith('kept-')) as string);
    for (const f of kept) writeFileSync(path.join(folder, f), 'rusak');
    const edited = build();
    expect(edited['buku-2-masterplan.docx']).not.toBe(off['buku-2-masterplan.docx']);
    expect(edited).toEqual(build({ MASTERPLAN_NO_CACHE: '1' }));
  });

  it.skipIf(!existsSync(VENDOR))("leaves exceljs's CSV support out of the bundle, and its Workbook class in (npm run build makes it)", () => {
    const texts = [CHUNKS, VENDOR].flatMap((dir) => readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8')));
    expect(texts.filter((t) => t.includes('exceljs CSV is not in this bundle'))).toHaveLength(1);
    expect(texts.some((t) => /node_modules\/(@fast-csv|fast-csv|dayjs)\//.test(t))).toBe(false);
    expect(texts.some((t) => t.includes('node_modules/exceljs/lib/doc/workbook.js'))).toBe(true);
  });
});
