/** Codes of authored text (`naskah/<buku>/<slot>.md`, docs/naskah.md), and the name of a naskah as a stage requirement. */
import type { SyaratId } from '../../schema/index.js';
import type { Text } from '../../text/index.js';
import { code, labelOf } from '../spec.js';
import { SYARAT_LABELS, TIM_PELAKSANA } from './stage.js';

/** A numbered table or a numbered figure. */
type RefKind = 'tabel' | 'gambar';

/** What a naskah may hold that the books do not print. */
export type NaskahConstruct = 'thematic-break';

const CONSTRUCTS: Readonly<Record<NaskahConstruct, Text>> = {
  'thematic-break': { id: 'Garis pemisah (---, ***)', en: 'A thematic break (---, ***)' },
};

/** A stage requirement: a code of the stage model, or the authored text of a slot (`naskah:buku-1/latar-belakang`). */
export type RequirementId = SyaratId | `naskah:${string}`;

/**
 * Whether a requirement is the authored text of a slot.
 * @param item a requirement
 * @returns true for `naskah:<slot>`
 */
export function isNaskahRequirement(item: RequirementId): item is `naskah:${string}` {
  return item.startsWith('naskah:');
}

/**
 * The name of a requirement, for the status table, its JSON and its checklist.
 * @param item a requirement
 * @returns its label in both languages
 */
export function requirementLabel(item: RequirementId): Text {
  if (!isNaskahRequirement(item)) return labelOf(SYARAT_LABELS, item);
  const slot = item.slice('naskah:'.length);
  return { id: `Naskah ${slot}`, en: `Authored text ${slot}` };
}

/** The heading marks a slot allows: `#`, or `#` and `##`. */
const headings = (n: number): string => (n >= 2 ? '#, ##' : '#');
const kindId = (k: RefKind): string => (k === 'tabel' ? 'tabel' : 'gambar');
const kindEn = (k: RefKind): string => (k === 'tabel' ? 'table' : 'figure');

export const naskahCodes = {
  'naskah/unknown-slot': code<{ slot: string; suggestion?: string }>('error', {
    id: (a, f) =>
      `Slot naskah "${a.slot}" tidak dikenal${f.opt(a.suggestion, (s) => `; mungkin maksudnya naskah/${s}.md`)}. Naskah ditulis di naskah/<buku>/<slot>.md dengan id slot dari daftar di docs/naskah.md, dan teksnya tidak dicetak di buku mana pun.`,
    en: (a, f) =>
      `Unknown naskah slot "${a.slot}"${f.opt(a.suggestion, (s) => `; did you mean naskah/${s}.md`)}. Authored text goes in naskah/<buku>/<slot>.md with a slot id from docs/naskah.md; this text is printed in no book.`,
  }),
  'naskah/empty': code('warning', {
    id: 'Naskah ini belum berisi teks, sehingga dihitung belum diserahkan: draf menampilkan tanda tempat dan build final memakai teks bawaan (atau menolak bila naskahnya wajib).',
    en: 'This naskah has no text yet, so it counts as not submitted: drafts show a placeholder and a final build uses the built-in wording (or refuses when the naskah is required).',
  }),
  'naskah/front-matter-unclosed': code('error', {
    id: 'Front matter dibuka dengan baris "---" tetapi tidak pernah ditutup; tambahkan baris "---" sesudah kunci penulis/catatan.',
    en: 'The front matter opens with a "---" line but is never closed; add a "---" line after the penulis/catatan keys.',
  }),
  'naskah/heading-too-deep': code<{ depth: number; allowed: number }>('warning', {
    id: (a) =>
      a.allowed === 0
        ? `Judul tingkat ${a.depth} tidak dapat dipakai di slot ini karena bagiannya sudah pada tingkat terdalam buku (1.1.1); judul dicetak sebagai paragraf tebal.`
        : `Judul tingkat ${a.depth} terlalu dalam untuk slot ini: di bawah bagiannya hanya ${a.allowed} tingkat judul yang bernomor (${headings(a.allowed)}); judul dicetak sebagai paragraf tebal.`,
    en: (a) =>
      a.allowed === 0
        ? `A level ${a.depth} heading cannot be used in this slot: its section is already at the books' deepest level (1.1.1); the heading is printed as a bold paragraph.`
        : `A level ${a.depth} heading is too deep for this slot: under its section only ${a.allowed} heading level(s) are numbered (${headings(a.allowed)}); the heading is printed as a bold paragraph.`,
  }),
  'naskah/image-missing': code<{ url: string }>('error', {
    id: (a) => `Gambar "${a.url}" tidak ditemukan; periksa nama berkasnya (dihitung dari folder naskah ini).`,
    en: (a) => `Image "${a.url}" is not found; check its file name (relative to this naskah's folder).`,
  }),
  'naskah/image-outside': code<{ url: string }>('error', {
    id: (a) => `Gambar "${a.url}" berada di luar folder naskah/; simpan gambarnya di dalam naskah/ dan tulis alamatnya relatif terhadap berkas ini.`,
    en: (a) => `Image "${a.url}" is outside the naskah/ folder; keep the image inside naskah/ and write its address relative to this file.`,
  }),
  'naskah/image-not-image': code<{ url: string }>('error', {
    id: (a) => `Berkas "${a.url}" bukan gambar PNG atau JPEG; simpan ulang gambarnya sebagai PNG atau JPEG.`,
    en: (a) => `File "${a.url}" is not a PNG or JPEG image; save the image again as PNG or JPEG.`,
  }),
  'naskah/image-too-large': code<{ url: string; size: number; limit: number }>('error', {
    id: (a, f) => `Gambar "${a.url}" berukuran ${f.bytes(a.size)}, melebihi batas ${f.bytes(a.limit)}; perkecil ukuran atau resolusinya.`,
    en: (a, f) => `Image "${a.url}" is ${f.bytes(a.size)}, over the ${f.bytes(a.limit)} limit; make it smaller or lower its resolution.`,
  }),
  'naskah/image-inline': code('warning', {
    id: 'Gambar di tengah kalimat tidak dapat dicetak; hanya keterangannya yang dicetak. Letakkan gambar pada paragrafnya sendiri: ![keterangan](berkas.png){#kunci}.',
    en: 'An image inside a sentence cannot be printed; only its caption is. Put the image on a paragraph of its own: ![caption](file.png){#key}.',
  }),
  'naskah/unknown-reference': code<{ kind: RefKind; key: string; suggestion?: string; other?: RefKind }>('error', {
    id: (a, f) =>
      `Rujukan [@${a.kind}:${a.key}] tidak menunjuk ${kindId(a.kind)} mana pun di buku ini${a.other !== undefined ? `; "${a.key}" adalah kunci ${kindId(a.other)}, tulis [@${a.other}:${a.key}]` : f.opt(a.suggestion, (s) => `; mungkin maksudnya [@${a.kind}:${s}]`)}. Kunci tabel dan gambar bawaan tercantum di docs/naskah.md; tabel dan gambar naskah diberi kunci dengan {#kunci}.`,
    en: (a, f) =>
      `Reference [@${a.kind}:${a.key}] points at no ${kindEn(a.kind)} of this book${a.other !== undefined ? `; "${a.key}" is the key of a ${kindEn(a.other)}, write [@${a.other}:${a.key}]` : f.opt(a.suggestion, (s) => `; did you mean [@${a.kind}:${s}]`)}. The keys of the generated tables and figures are listed in docs/naskah.md; authored ones get a key with {#key}.`,
  }),
  'naskah/bad-key': code<{ key: string }>('error', {
    id: (a) => `Kunci "{#${a.key}}" tidak sah: gunakan huruf kecil, angka, dan tanda hubung (contoh: {#capaian-layanan}).`,
    en: (a) => `Key "{#${a.key}}" is invalid: use lowercase letters, digits and hyphens (e.g. {#capaian-layanan}).`,
  }),
  'naskah/duplicate-key': code<{ key: string; kind: RefKind; other: string }>('error', {
    id: (a) => `Kunci ${kindId(a.kind)} "${a.key}" sudah dipakai di buku ini (${a.other}); setiap kunci harus unik dalam satu buku.`,
    en: (a) => `The ${kindEn(a.kind)} key "${a.key}" is already used in this book (${a.other}); every key must be unique within a book.`,
  }),
  'naskah/caption-without-table': code('warning', {
    id: 'Baris "Tabel:" tidak langsung diikuti tabel, sehingga dicetak sebagai paragraf biasa; letakkan tabelnya tepat di bawah baris ini.',
    en: 'The "Tabel:" line is not directly followed by a table, so it is printed as an ordinary paragraph; put the table right below it.',
  }),
  'naskah/unsupported': code<{ construct: NaskahConstruct }>('warning', {
    id: (a, f) => `${f.text(labelOf(CONSTRUCTS, a.construct))} tidak dicetak di buku.`,
    en: (a, f) => `${f.text(labelOf(CONSTRUCTS, a.construct))} is not printed in the books.`,
  }),
  'naskah/missing': code<{ slot: string; section: string; stage: number; owner?: string }>('error', {
    id: (a, f) =>
      `Naskah ${a.slot} (${a.section}) belum diserahkan oleh ${a.owner ?? f.text(TIM_PELAKSANA)}; wajib sejak tahap ${a.stage}. Tulis naskah/${a.slot}.md (mulai dengan "masterplan new naskah ${a.slot}"), atau buat draf dengan --stage/--draft.`,
    en: (a, f) =>
      `Naskah ${a.slot} (${a.section}) has not been submitted by ${a.owner ?? f.text(TIM_PELAKSANA)}; required from stage ${a.stage}. Write naskah/${a.slot}.md (start with "masterplan new naskah ${a.slot}"), or build a draft with --stage/--draft.`,
  }),
  'naskah/reference-absent': code<{ kind: RefKind; key: string }>('warning', {
    id: (a) => `${a.kind === 'tabel' ? 'Tabel' : 'Gambar'} "${a.key}" tidak tercetak di buku ini karena datanya belum ada, sehingga rujukan [@${a.kind}:${a.key}] tidak bernomor.`,
    en: (a) => `${a.kind === 'tabel' ? 'Table' : 'Figure'} "${a.key}" is not printed in this book because its data is missing, so the reference [@${a.kind}:${a.key}] has no number.`,
  }),
  'naskah/not-printed': code<{ slot: string; template: string }>('warning', {
    id: (a) => `Naskah ini tidak tercetak karena templat ${a.template} tidak memuat slot ${a.slot}; templat proyek yang menggantikan templat bawaan perlu memuat :::naskah{slot="${a.slot}"} (lihat docs/markdown-dialect.md).`,
    en: (a) => `This naskah is not printed because template ${a.template} has no slot ${a.slot}; a project template that replaces a built-in one needs :::naskah{slot="${a.slot}"} (see docs/markdown-dialect.md).`,
  }),
  'report/unknown-slot': code<{ slot: string; mdLine: number }>('warning', {
    id: (a) => `Slot naskah "${a.slot}" tidak terdaftar di data/naskah.yaml; teks bawaannya dicetak apa adanya (baris ${a.mdLine} Markdown hasil templat).`,
    en: (a) => `Naskah slot "${a.slot}" is not in data/naskah.yaml; its built-in wording is printed as it is (line ${a.mdLine} of the Markdown the template produced).`,
  }),
};
