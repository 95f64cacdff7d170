import { describe, expect, it } from 'vitest';
import { testdir } from '../../../test/support/testdir.js';
import { renderTemplate } from '../render.js';
import { preparedStats } from './handlebars.js';

function builtins(tree: Record<string, string>): string {
  return testdir(tree);
}

describe('template lookup', () => {
  it('uses a project template over the built-in of the same name, and project partials over built-in ones', () => {
    const builtinTemplatesDir = builtins({
      'buku.hbs': 'bawaan {{> bab}}',
      'partials/bab.hbs': 'bab-bawaan',
      'partials/lain.hbs': 'lain',
    });
    const projectTemplatesDir = testdir({ 'partials/bab.hbs': 'bab-proyek {{> lain}}' });
    const r = renderTemplate('buku', {}, { builtinTemplatesDir, projectTemplatesDir });
    expect(r.markdown).toBe('bawaan bab-proyek lain');
    const r2 = renderTemplate('buku', {}, { builtinTemplatesDir, projectTemplatesDir: testdir({ 'buku.hbs': 'milik proyek' }) });
    expect(r2.markdown).toBe('milik proyek');
  });

  it('reports a missing template with the places searched', () => {
    const r = renderTemplate('tidak-ada', {}, { builtinTemplatesDir: builtins({}) });
    expect(r.doc).toBeUndefined();
    expect(r.diagnostics).toMatchObject([
      { code: 'report/template-not-found', file: 'templates/tidak-ada.hbs', args: { name: 'tidak-ada' } },
    ]);
  });

  it('refuses a name that walks out of the folder', () => {
    const r = renderTemplate('../etc/passwd', {}, { builtinTemplatesDir: builtins({}) });
    expect(r.diagnostics[0]?.code).toBe('report/template-not-found');
  });
});

describe('template errors become diagnostics', () => {
  it('a syntax error names the file and line', () => {
    const dir = builtins({ 'buku.hbs': 'ok', 'partials/bab.hbs': 'baris 1\n{{#each x}}\n{{/if}}' });
    const r = renderTemplate('buku', {}, { builtinTemplatesDir: dir });
    expect(r.diagnostics).toMatchObject([{ code: 'report/template-syntax', file: 'templates/partials/bab.hbs', line: 2 }]);
  });

  it('an unclosed mustache names the file and line', () => {
    const dir = builtins({ 'buku.hbs': 'a\nb\n{{md x' });
    const r = renderTemplate('buku', {}, { builtinTemplatesDir: dir });
    expect(r.diagnostics).toMatchObject([{ code: 'report/template-syntax', file: 'templates/buku.hbs', line: 3 }]);
  });

  it('a missing field inside a partial names the partial and the field', () => {
    const dir = builtins({ 'buku.hbs': '# Judul\n\n{{> bab}}', 'partials/bab.hbs': 'teks\n\n  {{md opd.nama}}' });
    const r = renderTemplate('buku', { opd: {} }, { builtinTemplatesDir: dir });
    expect(r.doc).toBeUndefined();
    expect(r.diagnostics).toMatchObject([
      { code: 'report/template-missing-field', file: 'templates/partials/bab.hbs', line: 3, column: 3, args: { field: 'opd.nama' } },
    ]);
  });

  it('a missing list for #each is an error, not an empty list', () => {
    const dir = builtins({ 'buku.hbs': 'a\n{{#each opdd}}x{{/each}}' });
    const r = renderTemplate('buku', { opd: [] }, { builtinTemplatesDir: dir });
    expect(r.diagnostics).toMatchObject([{ code: 'report/template-missing-field', line: 2, args: { field: 'opdd' } }]);
  });

  it('a missing field in a plain lookup (strict mode) is an error', () => {
    const dir = builtins({ 'buku.hbs': 'a\n{{#with opd}}{{{nama}}}{{/with}}' });
    const r = renderTemplate('buku', { opd: {} }, { builtinTemplatesDir: dir });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toMatchObject([
      { code: 'report/template-missing-field', line: 2, args: { field: 'nama' } },
    ]);
  });

  it('a missing object in the middle of a path names the path', () => {
    const dir = builtins({ 'buku.hbs': 'a\n\n{{md opd.nama}} {{md opd.alamat.kota}}' });
    const r = renderTemplate('buku', { opd: { nama: 'x' } }, { builtinTemplatesDir: dir });
    expect(r.diagnostics).toMatchObject([
      { code: 'report/template-missing-field', line: 3, column: 17, args: { field: 'opd.alamat.kota' } },
    ]);
  });

  it('a helper given a wrong value fails with its name', () => {
    const dir = builtins({ 'buku.hbs': '{{tanggal t}}' });
    const r = renderTemplate('buku', { t: '21-06-2022' }, { builtinTemplatesDir: dir });
    expect(r.diagnostics).toMatchObject([{ code: 'report/helper-failed', line: 1, column: 1, args: { helper: 'tanggal' } }]);
  });

  it('an unknown helper and an unknown partial are errors', () => {
    const dir = builtins({ 'buku.hbs': '{{hitung x}}\n{{> tidak-ada}}' });
    const r = renderTemplate('buku', { x: 1 }, { builtinTemplatesDir: dir });
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['report/template-syntax', 1],
      ['report/partial-not-found', 2],
    ]);
  });

  it('warns about a value inserted without a helper', () => {
    const dir = builtins({ 'buku.hbs': 'Nama: {{nama}} {{{nama}}} {{md nama}}' });
    const r = renderTemplate('buku', { nama: 'x' }, { builtinTemplatesDir: dir });
    expect(r.diagnostics.map((d) => [d.code, d.column])).toEqual([
      ['report/unescaped-value', 7],
      ['report/unescaped-value', 16],
    ]);
    expect(r.doc).toBeDefined();
  });

  it('refuses prototype access from templates', () => {
    for (const source of ['{{md opd.constructor.name}}', '{{md opd.__proto__}}', '{{{opd.constructor}}}']) {
      const dir = builtins({ 'buku.hbs': source });
      const r = renderTemplate('buku', { opd: { nama: 'x' } }, { builtinTemplatesDir: dir });
      expect(r.doc).toBeUndefined();
      expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['report/template-missing-field']);
    }
  });
});

describe('formatting helpers', () => {
  it('format through the formatting module', () => {
    const dir = builtins({
      'buku.hbs':
        '{{rupiah a}}|{{angka b}}|{{angka b 2}}|{{persen c}}|{{tanggal d}}|{{bulan e}}|{{romawi 8}}|{{terbilang 21}}|{{terbilangRupiah 1000}}',
    });
    const r = renderTemplate('buku', { a: 1250000000, b: 1234.5, c: 0.125, d: '2022-06-21', e: '2023-06' }, { builtinTemplatesDir: dir });
    expect(r.markdown).toBe(
      'Rp1.250.000.000|1.234,5|1.234,50|12,5%|21 Juni 2022|Juni 2023|VIII|dua puluh satu|seribu rupiah',
    );
  });
});

describe('each template text is prepared once per process', () => {
  it('a second run of the same text reuses its tree and compiled form, with the same result and diagnostics', () => {
    const dir = builtins({ 'buku.hbs': 'Nama: {{nama}} {{> bab}}', 'partials/bab.hbs': 'bab {{md nama}}' });
    const before = { ...preparedStats };
    const r1 = renderTemplate('buku', { nama: 'x' }, { builtinTemplatesDir: dir });
    const between = { ...preparedStats };
    const r2 = renderTemplate('buku', { nama: 'y' }, { builtinTemplatesDir: builtins({ 'buku.hbs': 'Nama: {{nama}} {{> bab}}', 'partials/bab.hbs': 'bab {{md nama}}' }) });
    expect(between.parsed - before.parsed).toBe(2);
    expect(between.compiled - before.compiled).toBe(2);
    expect(preparedStats).toEqual(between);
    expect(r1.markdown).toBe('Nama: x bab x');
    expect(r2.markdown).toBe('Nama: y bab y');
    expect(r2.diagnostics).toEqual(r1.diagnostics);
    expect(r1.diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([['report/unescaped-value', 'templates/buku.hbs', 1, 7]]);
  });

  it('a changed text is parsed and compiled again', () => {
    const first = builtins({ 'buku.hbs': 'satu {{md a}}' });
    expect(renderTemplate('buku', { a: 'x' }, { builtinTemplatesDir: first }).markdown).toBe('satu x');
    const before = { ...preparedStats };
    const r = renderTemplate('buku', { a: 'x' }, { builtinTemplatesDir: builtins({ 'buku.hbs': 'dua {{md a}}' }) });
    expect(r.markdown).toBe('dua x');
    expect(preparedStats).toEqual({ parsed: before.parsed + 1, compiled: before.compiled + 1 });
  });

  it('a partial of the same text under another path is its own entry: its diagnostics name its file', () => {
    const source = 'teks\n\n  {{md opd.nama}}';
    const a = renderTemplate('buku', { opd: {} }, { builtinTemplatesDir: builtins({ 'buku.hbs': '{{> bab}}', 'partials/bab.hbs': source }) });
    const b = renderTemplate('buku', { opd: {} }, { builtinTemplatesDir: builtins({ 'buku.hbs': '{{> lain}}', 'partials/lain.hbs': source }) });
    expect(a.diagnostics).toMatchObject([{ code: 'report/template-missing-field', file: 'templates/partials/bab.hbs', line: 3, column: 3 }]);
    expect(b.diagnostics).toMatchObject([{ code: 'report/template-missing-field', file: 'templates/partials/lain.hbs', line: 3, column: 3 }]);
  });

  it('errors still name file and line when the text was prepared before, and the lint follows the partials beside it', () => {
    const broken = { 'buku.hbs': 'ok', 'partials/bab.hbs': 'baris 1\n{{#each x}}\n{{/if}}' };
    for (let i = 0; i < 2; i++) {
      const r = renderTemplate('buku', {}, { builtinTemplatesDir: builtins(broken) });
      expect(r.diagnostics).toMatchObject([{ code: 'report/template-syntax', file: 'templates/partials/bab.hbs', line: 2 }]);
    }
    const main = 'a\n{{> bab}}';
    const without = renderTemplate('buku', {}, { builtinTemplatesDir: builtins({ 'buku.hbs': main }) });
    expect(without.diagnostics.map((d) => [d.code, d.line])).toEqual([['report/partial-not-found', 2]]);
    const withIt = renderTemplate('buku', {}, { builtinTemplatesDir: builtins({ 'buku.hbs': main, 'partials/bab.hbs': 'b' }) });
    expect(withIt.diagnostics).toEqual([]);
    expect(withIt.markdown).toBe('a\nb');
    for (let i = 0; i < 2; i++) {
      const r = renderTemplate('buku', { t: '21-06-2022' }, { builtinTemplatesDir: builtins({ 'buku.hbs': 'x\n{{> bab}}', 'partials/bab.hbs': '\n {{tanggal t}}' }) });
      expect(r.diagnostics).toMatchObject([{ code: 'report/helper-failed', file: 'templates/partials/bab.hbs', line: 2, column: 2 }]);
    }
  });
});
