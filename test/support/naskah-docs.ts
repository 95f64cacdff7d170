/** The tables of docs/naskah.md, made from data/naskah.yaml: the slots and the keys of the generated tables and figures. */
import type { NaskahCatalogue } from '../../src/taxonomy/index.js';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The markers around a generated part of docs/naskah.md. */
export const MARKERS = {
  slot: ['<!-- slot: dibuat dari data/naskah.yaml -->', '<!-- /slot -->'],
  kunci: ['<!-- kunci: dibuat dari data/naskah.yaml -->', '<!-- /kunci -->'],
} as const;

const cell = (s: string) => s.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/**
 * The table of slots, book by book.
 * @param catalogue the slot list
 * @returns Markdown
 */
export function slotTable(catalogue: NaskahCatalogue): string {
  const out: string[] = [];
  for (const no of [1, 2, 3, 4]) {
    out.push(`### Buku ${ROMAN[no - 1]}`, '', '| Berkas `naskah/…` | Bagian | Judul | Tahap | Wajib | Yang ditulis |', '|---|---|:---:|:---:|:---:|---|');
    for (const s of catalogue.slots.filter((x) => x.buku === no)) {
      const headings = 3 - s.tingkat;
      out.push(
        `| \`${s.id}.md\` | ${cell(s.bagian)} | ${headings === 0 ? '–' : headings === 1 ? '#' : '#, ##'} | ${s.tahap} | ${s.wajib ? 'ya' : 'tidak'} | ${cell(s.panduan)} |`,
      );
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}

/**
 * The table of the keys of generated tables and figures.
 * @param catalogue the slot list
 * @returns Markdown
 */
export function keyTable(catalogue: NaskahCatalogue): string {
  const out = ['| Rujukan | Tabel atau gambar | Buku |', '|---|---|---|'];
  for (const k of catalogue.keys) {
    out.push(`| \`[@${k.jenis}:${k.kunci}]\` | ${cell(k.isi)} | ${k.buku.map((b) => ROMAN[b - 1]).join(', ')} |`);
  }
  return out.join('\n');
}

/**
 * A document with its generated parts made again from the slot list.
 * @param text the document
 * @param catalogue the slot list
 * @returns the document as it should read
 */
export function withGeneratedTables(text: string, catalogue: NaskahCatalogue): string {
  let out = text;
  for (const [name, table] of [['slot', slotTable(catalogue)], ['kunci', keyTable(catalogue)]] as const) {
    const [open, close] = MARKERS[name];
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start < 0 || end < start) throw new Error(`docs/naskah.md: markers ${open} … ${close} not found`);
    out = `${out.slice(0, start + open.length)}\n${table}\n${out.slice(end)}`;
  }
  return out;
}
