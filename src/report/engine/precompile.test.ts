import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadAnalysis } from '../../../test/fixtures/books/example.js';
import { testdir } from '../../../test/support/testdir.js';
import { BOOKS } from '../books.js';
import { renderTemplate } from '../render.js';
import { buildViewModel } from '../view-model/index.js';
import { forgetPrepared, preparedStats, usePrecompiled } from './handlebars.js';
import { precompiledModule } from './precompile.js';
import type { PrecompiledTemplate } from './precompiled.js';
import { builtinTemplatesDir } from './templates.js';

/** The module the bundle would have, loaded. */
async function precompiled(dir: string = builtinTemplatesDir()): Promise<readonly PrecompiledTemplate[]> {
  const file = join(testdir({ 'precompiled.mjs': precompiledModule(dir) }), 'precompiled.mjs');
  return ((await import(pathToFileURL(file).href)) as { PRECOMPILED: readonly PrecompiledTemplate[] }).PRECOMPILED;
}

afterEach(() => forgetPrepared());

describe('templates compiled when the program is bundled', () => {
  it('are every built-in template and partial', async () => {
    const dir = builtinTemplatesDir();
    const files = [
      ...readdirSync(dir).filter((f) => f.endsWith('.hbs')).map((f) => `templates/${f}`),
      ...readdirSync(join(dir, 'partials')).filter((f) => f.endsWith('.hbs')).map((f) => `templates/partials/${f}`),
    ];
    expect((await precompiled()).map((t) => t.display).sort()).toEqual(files.sort());
  });

  it('give the example’s four books as compiling on first use does, without parsing or compiling anything', async () => {
    const analysis = await loadAnalysis();
    const vms = BOOKS.map((book) => buildViewModel(analysis.model, analysis.ranking, book.no, { draft: false, buildDate: new Date(Date.UTC(2022, 8, 14)), logo: false }));
    forgetPrepared();
    const compiled = BOOKS.map((book, i) => renderTemplate(book.template, vms[i]));
    forgetPrepared();
    usePrecompiled(await precompiled());
    const before = { ...preparedStats };
    const loaded = BOOKS.map((book, i) => renderTemplate(book.template, vms[i]));
    expect(preparedStats).toEqual(before);
    for (let i = 0; i < BOOKS.length; i++) {
      expect(loaded[i]?.markdown, BOOKS[i]?.template).toBe(compiled[i]?.markdown);
      expect(loaded[i]?.diagnostics).toEqual(compiled[i]?.diagnostics);
      expect(loaded[i]?.doc).toEqual(compiled[i]?.doc);
    }
  });

  it('are not used for a changed text; beside other partials they are linted again, with the same diagnostics', async () => {
    const builtinTemplatesDir = testdir({
      'buku.hbs': 'Nama: {{nama}}\n{{> bab}}',
      'partials/bab.hbs': 'bab {{md nama}}\n{{> lain}}',
      'partials/lain.hbs': 'lain',
    });
    usePrecompiled(await precompiled(builtinTemplatesDir));
    let before = { ...preparedStats };
    const plain = renderTemplate('buku', { nama: 'x' }, { builtinTemplatesDir });
    expect(preparedStats).toEqual(before);
    expect(plain.markdown).toBe('Nama: x\nbab x\nlain');
    expect(plain.diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([['report/unescaped-value', 'templates/buku.hbs', 1, 7]]);

    // A project's partial of another text: compiled on use, its errors named by its file.
    before = { ...preparedStats };
    const projectTemplatesDir = testdir({ 'partials/lain.hbs': 'baris\n {{md opd.nama}}' });
    const changed = renderTemplate('buku', { nama: 'x', opd: {} }, { builtinTemplatesDir, projectTemplatesDir });
    expect(changed.diagnostics).toMatchObject([
      { code: 'report/unescaped-value', file: 'templates/buku.hbs' },
      { code: 'report/template-missing-field', file: 'templates/partials/lain.hbs', line: 2, column: 2 },
    ]);
    expect(preparedStats.compiled - before.compiled).toBe(1);

    // A project's extra partial: the built-in files are linted beside it (a reference to it is no longer missing).
    const withMissing = testdir({ 'buku.hbs': '{{> tambahan}}' });
    usePrecompiled(await precompiled(withMissing));
    expect(renderTemplate('buku', {}, { builtinTemplatesDir: withMissing }).diagnostics.map((d) => d.code)).toEqual(['report/partial-not-found']);
    const extra = testdir({ 'partials/tambahan.hbs': 'ada' });
    const r = renderTemplate('buku', {}, { builtinTemplatesDir: withMissing, projectTemplatesDir: extra });
    expect(r.diagnostics).toEqual([]);
    expect(r.markdown).toBe('ada');
  });
});
