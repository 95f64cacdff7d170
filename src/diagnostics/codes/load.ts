/** Codes of the load stage: reading files and parsing YAML. */
import type { Text } from '../../text/index.js';
import { code, labelOf } from '../spec.js';

/** What a file held instead of a mapping (the same words in both languages). */
const FOUND = { empty: 'kosong/empty', list: 'daftar/list', scalar: 'nilai tunggal/scalar' } as const;

/** What the YAML parser found wrong, by its error code, in words a Tim can act on. */
const YAML_PROBLEMS: Readonly<Record<string, Text>> = {
  BAD_INDENT: {
    id: 'indentasi tidak sesuai: baris ini harus sejajar dengan kunci lain pada tingkat yang sama',
    en: 'bad indentation: this line must line up with the other keys at its level',
  },
  MISSING_CHAR: {
    id: 'ada tanda yang kurang, misalnya penutup ] atau }, tanda kutip penutup, koma, atau titik dua',
    en: 'a character is missing, such as a closing ] or }, a closing quote, a comma or a colon',
  },
  UNEXPECTED_TOKEN: { id: 'ada tanda yang tidak diharapkan di sini', en: 'an unexpected character here' },
  BLOCK_AS_IMPLICIT_KEY: {
    id: 'pemetaan bersarang tidak boleh dimulai pada baris yang sama; pindahkan ke baris baru dengan indentasi',
    en: 'a nested mapping cannot start on the same line; move it to its own, indented line',
  },
  MULTILINE_IMPLICIT_KEY: {
    id: 'kunci harus ditulis dalam satu baris (mungkin titik dua atau indentasinya kurang)',
    en: 'a key must fit on one line (perhaps a colon or the indentation is missing)',
  },
  BAD_SCALAR_START: {
    id: 'nilai tanpa tanda kutip tidak boleh diawali tanda ini; apit nilainya dengan tanda kutip',
    en: 'a value without quotes cannot start with this character; put the value in quotes',
  },
  BAD_DQ_ESCAPE: {
    id: 'urutan \\ tidak sah di dalam tanda kutip ganda; tulis \\\\ untuk garis miring terbalik, atau pakai tanda kutip tunggal',
    en: 'an invalid \\ escape inside double quotes; write \\\\ for a backslash, or use single quotes',
  },
  BLOCK_IN_FLOW: { id: 'blok berindentasi tidak boleh berada di dalam [ ] atau { }', en: 'an indented block cannot sit inside [ ] or { }' },
  KEY_OVER_1024_CHARS: { id: 'kunci lebih panjang dari 1024 karakter', en: 'a key is longer than 1024 characters' },
  BAD_ALIAS: { id: 'alias (*nama) tidak sah', en: 'an invalid alias (*name)' },
  ALIAS_PROPS: { id: 'alias (*nama) tidak boleh diberi & atau !', en: 'an alias (*name) cannot carry & or !' },
  BAD_DIRECTIVE: { id: 'direktif % tidak dikenal', en: 'an unknown % directive' },
  MULTIPLE_ANCHORS: { id: 'satu nilai diberi lebih dari satu &jangkar', en: 'one value has more than one &anchor' },
  MULTIPLE_TAGS: { id: 'satu nilai diberi lebih dari satu !tag', en: 'one value has more than one !tag' },
  BAD_PROP_ORDER: { id: '&jangkar dan !tag salah tempat', en: 'an &anchor or !tag is out of place' },
  NON_STRING_KEY: { id: 'kunci harus berupa teks', en: 'a key must be text' },
  TAG_RESOLVE_FAILED: { id: 'nilai tidak cocok dengan !tag-nya', en: 'a value does not match its !tag' },
  BAD_COLLECTION_TYPE: { id: 'jenis koleksi tidak sesuai dengan !tag-nya', en: 'a collection does not match its !tag' },
  RESOURCE_EXHAUSTION: { id: 'data mengembang terlalu besar', en: 'the data expands too much' },
  IMPOSSIBLE: { id: 'struktur ini tidak dapat dibaca', en: 'this structure cannot be read' },
};

export const loadCodes = {
  'load/read-failed': code<{ reason: string }>('error', {
    id: (a) => `Berkas tidak dapat dibaca (${a.reason}).`,
    en: (a) => `The file cannot be read (${a.reason}).`,
  }),
  'load/too-large': code<{ size: number; limit: number }>('error', {
    id: (a, f) => `Berkas berukuran ${f.bytes(a.size)} melebihi batas ${f.bytes(a.limit)}; pecah datanya ke beberapa berkas.`,
    en: (a, f) => `The file is ${f.bytes(a.size)}, over the ${f.bytes(a.limit)} limit; split the data over several files.`,
  }),
  'load/empty': code('error', {
    id: 'Berkas kosong; isi datanya atau hapus berkas ini.',
    en: 'The file is empty; fill in its data or delete it.',
  }),
  'load/binary': code<{ offset: number }>('error', {
    id: 'Berkas berisi data biner, bukan teks YAML; simpan ulang sebagai teks UTF-8.',
    en: 'The file holds binary data, not YAML text; save it again as UTF-8 text.',
  }),
  'load/encoding': code<{ encoding: string }>('error', {
    id: (a) => a.encoding === 'not-utf8'
      ? 'Berkas memuat huruf yang tidak berenkode UTF-8 (mungkin Latin-1 atau Windows-1252); simpan ulang sebagai UTF-8.'
      : `Berkas tidak berenkode UTF-8 (${a.encoding}); simpan ulang sebagai UTF-8.`,
    en: (a) => a.encoding === 'not-utf8'
      ? 'The file holds characters that are not UTF-8 (perhaps Latin-1 or Windows-1252); save it again as UTF-8.'
      : `The file is not UTF-8 (${a.encoding}); save it again as UTF-8.`,
  }),
  'load/bad-file-name': code<{ name: string }>('error', {
    id: (a) =>
      `Nama berkas "${a.name}" bukan id yang sah: gunakan huruf kecil, angka, dan tanda hubung (contoh: dinas-kesehatan.yaml), paling panjang 64 karakter.`,
    en: (a) =>
      `File name "${a.name}" is not a valid id: use lowercase letters, digits and hyphens (e.g. dinas-kesehatan.yaml), at most 64 characters.`,
  }),
  'load/wrong-extension': code<{ name: string }>('warning', {
    id: (a) => `Berkas "${a.name}" tidak dibaca karena bukan .yaml; ganti ekstensinya menjadi .yaml.`,
    en: (a) => `File "${a.name}" is not read because it is not .yaml; rename it to .yaml.`,
  }),
  'load/unknown-file': code<{ name: string }>('warning', {
    id: (a) => `Berkas "${a.name}" tidak dikenal dan tidak dibaca; letakkan data di data/opd, data/isu, data/quickwin, atau data/program.`,
    en: (a) => `File "${a.name}" is not a known input and is not read; put data in data/opd, data/isu, data/quickwin or data/program.`,
  }),
  'yaml/syntax': code<{ problem?: string; detail: string }>('error', {
    id: (a, f) => `Sintaks YAML salah: ${a.problem !== undefined && a.problem in YAML_PROBLEMS ? f.text(labelOf(YAML_PROBLEMS, a.problem)) : `periksa penulisan di sekitar posisi ini (${a.detail})`}.`,
    en: (a, f) => `YAML syntax error: ${a.problem !== undefined && a.problem in YAML_PROBLEMS ? f.text(labelOf(YAML_PROBLEMS, a.problem)) : a.detail}.`,
  }),
  'yaml/tab': code('error', {
    id: 'Karakter tab dipakai untuk indentasi; YAML hanya menerima spasi.',
    en: 'A tab character is used for indentation; YAML accepts spaces only.',
  }),
  'yaml/duplicate-key': code<{ key: string; first?: number }>('error', {
    id: (a, f) => `Kunci "${a.key}" ditulis dua kali${f.opt(a.first, (l) => ` (pertama di baris ${l})`)}; hapus salah satunya.`,
    en: (a, f) => `Key "${a.key}" appears twice${f.opt(a.first, (l) => ` (first on line ${l})`)}; remove one of them.`,
  }),
  'yaml/alias-limit': code('error', {
    id: 'Terlalu banyak alias YAML (*alias) sehingga data membengkak; tulis datanya secara langsung.',
    en: 'Too many YAML aliases (*alias) expand the data excessively; write the data out directly.',
  }),
  'yaml/multiple-documents': code('error', {
    id: 'Berkas berisi lebih dari satu dokumen YAML (---); satu berkas hanya boleh berisi satu data.',
    en: 'The file holds more than one YAML document (---); one file holds one item.',
  }),
  'yaml/not-mapping': code<{ found: keyof typeof FOUND }>('error', {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- SARIF rule texts render with placeholder arguments
    id: (a) => `Isi berkas harus berupa pemetaan kunci: nilai, bukan ${FOUND[a.found] ?? a.found}.`,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- SARIF rule texts render with placeholder arguments
    en: (a) => `The file must hold a mapping of key: value, not ${FOUND[a.found] ?? a.found}.`,
  }),
  'yaml/forbidden-key': code<{ key: string }>('error', {
    id: (a) => `Kunci "${a.key}" tidak diizinkan.`,
    en: (a) => `Key "${a.key}" is not allowed.`,
  }),
  'yaml/unsupported-value': code<{ type: string }>('error', {
    id: (a) => `Nilai bertipe ${a.type} tidak didukung; tulis sebagai teks atau angka biasa.`,
    en: (a) => `A value of type ${a.type} is not supported; write plain text or a number.`,
  }),
};
