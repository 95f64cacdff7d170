import { describe, expect, it } from 'vitest';
import { testdir } from '../../../test/support/testdir.js';
import { renderTemplate } from '../render.js';

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
