/** Codes of the report stage: finding, compiling and running the book templates and reading their Markdown. */
import { arg, type DiagnosticSpec, type MessageArgs } from '../spec.js';

/** Where in the Markdown a template produced a problem lies (templates do not map output lines to source lines). */
const mdId = (a: MessageArgs): string => ` (baris ${arg(a, 'mdLine')} Markdown hasil templat)`;
const mdEn = (a: MessageArgs): string => ` (line ${arg(a, 'mdLine')} of the Markdown the template produced)`;

export const reportCodes = {
  'report/template-not-found': {
    severity: 'error',
    id: (a) =>
      `Templat "${arg(a, 'name')}" tidak ditemukan; periksa nama berkasnya di folder templates/ (dicari: ${arg(a, 'searched')}).`,
    en: (a) => `Template "${arg(a, 'name')}" is not found; check its file name in templates/ (searched: ${arg(a, 'searched')}).`,
  },
  'report/template-syntax': {
    severity: 'error',
    id: (a) => `Sintaks Handlebars salah: ${arg(a, 'detail')}.`,
    en: (a) => `Handlebars syntax error: ${arg(a, 'detail')}.`,
  },
  'report/partial-not-found': {
    severity: 'error',
    id: (a) => `Partial "${arg(a, 'name')}" tidak ada; buat templates/partials/${arg(a, 'name')}.hbs atau perbaiki namanya.`,
    en: (a) => `Partial "${arg(a, 'name')}" does not exist; create templates/partials/${arg(a, 'name')}.hbs or fix the name.`,
  },
  'report/template-missing-field': {
    severity: 'error',
    id: (a) => `Templat memakai "${arg(a, 'field')}", tetapi data tidak memiliki isian itu; perbaiki nama isian di templat.`,
    en: (a) => `The template uses "${arg(a, 'field')}", but the data has no such field; fix the field name in the template.`,
  },
  'report/helper-failed': {
    severity: 'error',
    id: (a) => `Helper "${arg(a, 'helper')}" gagal: ${arg(a, 'detail')}.`,
    en: (a) => `Helper "${arg(a, 'helper')}" failed: ${arg(a, 'detail')}.`,
  },
  'report/template-failed': {
    severity: 'error',
    id: (a) => `Templat gagal dijalankan: ${arg(a, 'detail')}.`,
    en: (a) => `The template failed to run: ${arg(a, 'detail')}.`,
  },
  'report/unescaped-value': {
    severity: 'warning',
    id: (a) =>
      `"{{${arg(a, 'expression')}}}" menyisipkan nilai apa adanya sehingga tanda * _ # | dapat mengubah format; tulis {{md ${arg(a, 'expression')}}} (atau {{attr …}} di dalam atribut).`,
    en: (a) =>
      `"{{${arg(a, 'expression')}}}" inserts the value raw, so * _ # | can change the layout; write {{md ${arg(a, 'expression')}}} (or {{attr …}} inside an attribute).`,
  },
  'report/unknown-directive': {
    severity: 'warning',
    id: (a) =>
      `Direktif "${arg(a, 'name')}" tidak dikenal${mdId(a)}; lihat docs/markdown-dialect.md. Tanda ":" yang langsung diikuti huruf memulai direktif; tulis "\\:" bila dimaksudkan sebagai teks.`,
    en: (a) =>
      `Unknown directive "${arg(a, 'name')}" ${mdEn(a)}; see docs/markdown-dialect.md. A ":" directly followed by a letter starts a directive; write "\\:" for a literal colon.`,
  },
  'report/unsupported-markdown': {
    severity: 'warning',
    id: (a) =>
      `${arg(a, 'construct')} tidak didukung dalam buku dan diabaikan${mdId(a)}.`,
    en: (a) =>
      `${arg(a, 'construct')} is not supported in the books and is ignored${mdEn(a)}.`,
  },
  'report/heading-too-deep': {
    severity: 'warning',
    id: (a) => `Judul tingkat ${arg(a, 'depth')} terlalu dalam; buku hanya bernomor sampai tingkat 3 (1.1.1), jadi dibuat tingkat 3${mdId(a)}.`,
    en: (a) => `A level ${arg(a, 'depth')} heading is too deep; the books number up to level 3 (1.1.1), so it is made level 3${mdEn(a)}.`,
  },
  'report/bad-attribute': {
    severity: 'warning',
    id: (a) =>
      `Atribut ${arg(a, 'attribute')}="${arg(a, 'value')}" pada direktif "${arg(a, 'name')}" tidak sah: ${arg(a, 'expected')}${mdId(a)}.`,
    en: (a) =>
      `Attribute ${arg(a, 'attribute')}="${arg(a, 'value')}" on directive "${arg(a, 'name')}" is invalid: ${arg(a, 'expected')}${mdEn(a)}.`,
  },
  'report/unknown-asset': {
    severity: 'error',
    id: (a) => `Gambar "${arg(a, 'key')}" tidak tersedia; tempat kosong ditampilkan di buku${mdId(a)}.`,
    en: (a) => `Image "${arg(a, 'key')}" is not available; a placeholder is shown in the book${mdEn(a)}.`,
  },
} satisfies Record<string, DiagnosticSpec>;
