/** docs/naskah.md lists exactly the slots and keys of data/naskah.yaml, and every key a template gives a table or figure is listed. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandKey, taxonomy } from '../../src/taxonomy/index.js';
import { REPO_ROOT } from '../support/project.js';
import { withGeneratedTables } from '../support/naskah-docs.js';

const catalogue = taxonomy().naskah;

function templates(): Array<{ file: string; text: string }> {
  const dir = path.join(REPO_ROOT, 'templates');
  const files = [
    ...readdirSync(dir).filter((f) => f.endsWith('.hbs')).map((f) => path.join(dir, f)),
    ...readdirSync(path.join(dir, 'partials')).filter((f) => f.endsWith('.hbs')).map((f) => path.join(dir, 'partials', f)),
  ];
  return files.map((f) => ({ file: path.relative(REPO_ROOT, f), text: readFileSync(f, 'utf8') }));
}

describe('docs/naskah.md', () => {
  it('has the tables of data/naskah.yaml, as they are made from it', () => {
    const file = path.join(REPO_ROOT, 'docs/naskah.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(withGeneratedTables(text, catalogue));
  });
});

describe('data/naskah.yaml', () => {
  it('has the slots the product names (background, profile, readiness, the analysis and strategy of each dimension, direction, governance, summary, forewords), each once, in book order', () => {
    const ids = catalogue.slots.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const dims = ['governance', 'branding', 'economy', 'living', 'society', 'environment'];
    for (const id of [
      'buku-1/latar-belakang', 'buku-1/gambaran-umum', 'buku-1/kesiapan', ...dims.map((d) => `buku-1/analisis-${d}`),
      'buku-2/arah', ...dims.map((d) => `buku-2/strategi-${d}`), 'buku-2/tata-kelola', 'buku-3/ringkasan', 'buku-4/pendahuluan',
      ...[1, 2, 3, 4].map((n) => `buku-${n}/kata-pengantar`),
    ]) expect(ids, id).toContain(id);
    for (const s of catalogue.slots) expect(s.id.startsWith(`buku-${s.buku}/`), s.id).toBe(true);
    expect(catalogue.slots.map((s) => s.buku)).toEqual([...catalogue.slots.map((s) => s.buku)].sort());
  });

  it('names the slots the templates hold, and the templates hold every slot once', () => {
    const inTemplates: string[] = [];
    for (const { text } of templates()) {
      for (const m of text.matchAll(/:{2,}naskah\{slot="([^"]+)"\}/g)) {
        const raw = m[1] ?? '';
        inTemplates.push(...(raw.includes('{{attr id}}') ? expandKey(raw.replace('{{attr id}}', '<dim>')) : [raw]));
      }
    }
    expect([...inTemplates].sort()).toEqual(catalogue.slots.map((s) => s.id).sort());
  });

  it('lists every key a template gives a table or figure, and every listed key is in a template', () => {
    const given = new Set<string>();
    for (const { text } of templates()) {
      for (const m of text.matchAll(/::(tabel|gambar)\[[^\n]*?\{[^\n]*?kunci="([^"]+)"/g)) {
        given.add(`${m[1] ?? ''}:${(m[2] ?? '').replace('{{attr id}}', '<dim>')}`);
      }
    }
    const listed = new Set(catalogue.keys.map((k) => `${k.jenis}:${k.kunci}`));
    expect([...given].sort()).toEqual([...listed].sort());
  });
});
