/** Codes of the report stage: finding, compiling and running the book templates and reading their Markdown. */
import { code } from '../spec.js';

/** Where in the Markdown a template produced a problem lies (templates do not map output lines to source lines). */
type InMarkdown = { mdLine: number };
const mdId = (a: InMarkdown): string => ` (baris ${a.mdLine} Markdown hasil templat)`;
const mdEn = (a: InMarkdown): string => ` (line ${a.mdLine} of the Markdown the template produced)`;

export const reportCodes = {
  'report/template-not-found': code<{ name: string; searched: string }>('error', {
    id: (a) =>
      `Templat "${a.name}" tidak ditemukan; periksa nama berkasnya di folder templates/ (dicari: ${a.searched}).`,
    en: (a) => `Template "${a.name}" is not found; check its file name in templates/ (searched: ${a.searched}).`,
  }),
  'report/template-syntax': code<{ detail: string }>('error', {
    id: (a) => `Sintaks Handlebars salah: ${a.detail}.`,
    en: (a) => `Handlebars syntax error: ${a.detail}.`,
  }),
  'report/partial-not-found': code<{ name: string }>('error', {
    id: (a) => `Partial "${a.name}" tidak ada; buat templates/partials/${a.name}.hbs atau perbaiki namanya.`,
    en: (a) => `Partial "${a.name}" does not exist; create templates/partials/${a.name}.hbs or fix the name.`,
  }),
  'report/template-missing-field': code<{ field: string }>('error', {
    id: (a) => `Templat memakai "${a.field}", tetapi data tidak memiliki isian itu; perbaiki nama isian di templat.`,
    en: (a) => `The template uses "${a.field}", but the data has no such field; fix the field name in the template.`,
  }),
  'report/helper-failed': code<{ helper: string; detail: string }>('error', {
    id: (a) => `Helper "${a.helper}" gagal: ${a.detail}.`,
    en: (a) => `Helper "${a.helper}" failed: ${a.detail}.`,
  }),
  'report/template-failed': code<{ detail: string }>('error', {
    id: (a) => `Templat gagal dijalankan: ${a.detail}.`,
    en: (a) => `The template failed to run: ${a.detail}.`,
  }),
  'report/unescaped-value': code<{ expression: string }>('warning', {
    id: (a) =>
      `"{{${a.expression}}}" menyisipkan nilai apa adanya sehingga tanda * _ # | dapat mengubah format; tulis {{md ${a.expression}}} (atau {{attr …}} di dalam atribut).`,
    en: (a) =>
      `"{{${a.expression}}}" inserts the value raw, so * _ # | can change the layout; write {{md ${a.expression}}} (or {{attr …}} inside an attribute).`,
  }),
  'report/unknown-directive': code<InMarkdown & { name: string }>('warning', {
    id: (a) =>
      `Direktif "${a.name}" tidak dikenal${mdId(a)}; lihat docs/markdown-dialect.md. Tanda ":" yang langsung diikuti huruf memulai direktif; tulis "\\:" bila dimaksudkan sebagai teks.`,
    en: (a) =>
      `Unknown directive "${a.name}" ${mdEn(a)}; see docs/markdown-dialect.md. A ":" directly followed by a letter starts a directive; write "\\:" for a literal colon.`,
  }),
  'report/unsupported-markdown': code<InMarkdown & { construct: string }>('warning', {
    id: (a) =>
      `${a.construct} tidak didukung dalam buku dan diabaikan${mdId(a)}.`,
    en: (a) =>
      `${a.construct} is not supported in the books and is ignored${mdEn(a)}.`,
  }),
  'report/heading-too-deep': code<InMarkdown & { depth: number }>('warning', {
    id: (a) => `Judul tingkat ${a.depth} terlalu dalam; buku hanya bernomor sampai tingkat 3 (1.1.1), jadi dibuat tingkat 3${mdId(a)}.`,
    en: (a) => `A level ${a.depth} heading is too deep; the books number up to level 3 (1.1.1), so it is made level 3${mdEn(a)}.`,
  }),
  'report/bad-attribute': code<InMarkdown & { attribute: string; value: string; name: string; expected: string }>('warning', {
    id: (a) =>
      `Atribut ${a.attribute}="${a.value}" pada direktif "${a.name}" tidak sah: ${a.expected}${mdId(a)}.`,
    en: (a) =>
      `Attribute ${a.attribute}="${a.value}" on directive "${a.name}" is invalid: ${a.expected}${mdEn(a)}.`,
  }),
  'report/unknown-asset': code<InMarkdown & { key: string }>('error', {
    id: (a) => `Gambar "${a.key}" tidak tersedia; tempat kosong ditampilkan di buku${mdId(a)}.`,
    en: (a) => `Image "${a.key}" is not available; a placeholder is shown in the book${mdEn(a)}.`,
  }),
};
