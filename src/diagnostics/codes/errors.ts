/**
 * Problems that stop a command (`UserError`): each code, the type of its arguments and its text in
 * both languages. A few are shown before the project's language is known (finding the project of
 * the files given to `validate`); their one text carries both languages.
 */
import type { Formats, Text } from '../../text/index.js';
import { orElse, textOf } from '../spec.js';
import { diffErrorTexts } from './diff.js';

/** One text for both languages. */
function both(phrase: string): Text;
function both<A>(phrase: (args: A, f: Formats) => string): Text<A>;
function both<A>(phrase: string | ((args: A, f: Formats) => string)): Text<A> {
  return { id: phrase, en: phrase };
}

export const errorTexts = {
  'option/invalid': textOf<{ option: string; value: string; choices?: string }>({
    id: (a, f) => `${a.option}: "${a.value}"${f.opt(a.choices, (c) => ` (${c})`)}`,
    en: (a, f) => `${a.option}: "${a.value}"${f.opt(a.choices, (c) => ` (${c})`)}`,
  }),
  'target/not-found': both<{ path: string }>((a) => `Tidak ditemukan / not found: ${a.path}`),
  'target/mixed': both('Berikan satu folder proyek, atau berkas-berkas dalam satu proyek / give one project folder, or files of one project.'),
  'target/several-projects': both('Berkas berasal dari lebih dari satu proyek / the files belong to more than one project.'),
  'project/not-a-project': textOf<{ dir: string }>({
    id: (a) => `${a.dir} bukan proyek masterplan (tidak ada masterplan.yaml).`,
    en: (a) => `${a.dir} is not a masterplan project (no masterplan.yaml).`,
  }),
  'project/no-config': textOf<{ dir: string }>({
    id: (a) => `${a.dir} tidak berisi masterplan.yaml.`,
    en: (a) => `${a.dir} has no masterplan.yaml.`,
  }),
  'validate/write-failed': textOf<{ path: string; detail: string }>({
    id: (a) => `Tidak dapat menulis ${a.path}: ${a.detail}`,
    en: (a) => `Cannot write ${a.path}: ${a.detail}`,
  }),
  'schemas/write-failed': textOf<{ dir: string; detail: string }>({
    id: (a) => `Tidak dapat menulis ke ${a.dir}: ${a.detail}`,
    en: (a) => `Cannot write to ${a.dir}: ${a.detail}`,
  }),
  'explain/unknown': textOf<{ id: string }>({
    id: (a) => `Tidak ada quick win "${a.id}".`,
    en: (a) => `No quick win "${a.id}".`,
  }),
  'init/not-empty': textOf<{ dir: string }>({
    id: (a) => `${a.dir} tidak kosong; gunakan --force untuk menulis ke dalamnya (berkas yang ada tidak ditimpa).`,
    en: (a) => `${a.dir} is not empty; use --force to write into it (existing files are kept).`,
  }),
  'init/from-invalid': both<{ from: string; detail: string }>((a) => `--from "${a.from}": ${a.detail}`),
  'init/from-folder': textOf<{ from: string }>({
    id: (a) => `--from "${a.from}" adalah folder; berikan tarball hasil "npm pack", URL git, atau versi.`,
    en: (a) => `--from "${a.from}" is a folder; give a tarball made with "npm pack", a git URL or a version.`,
  }),
  'init/from-missing': textOf<{ from: string }>({
    id: (a) => `--from "${a.from}": berkas tidak ditemukan.`,
    en: (a) => `--from "${a.from}": no such file.`,
  }),
  'new/unknown-kind': textOf<{ kind: string; kinds: string }>({
    id: (a) => `Jenis tidak dikenal "${a.kind}" (${a.kinds})`,
    en: (a) => `Unknown kind "${a.kind}" (${a.kinds})`,
  }),
  'new/invalid-id': textOf<{ id: string }>({
    id: (a) => `"${a.id}" bukan id yang sah: huruf kecil, angka, dan tanda hubung, paling panjang 64 karakter (contoh: dinas-kesehatan).`,
    en: (a) => `"${a.id}" is not a valid id: lowercase letters, digits and hyphens, at most 64 characters (e.g. dinas-kesehatan).`,
  }),
  'new/unknown-slot': textOf<{ slot: string; suggestion?: string }>({
    id: (a, f) => `Slot naskah "${a.slot}" tidak dikenal${f.opt(a.suggestion, (s) => `; mungkin maksudnya ${s}`)}. Daftar slot ada di docs/naskah.md (contoh: buku-1/latar-belakang).`,
    en: (a, f) => `Unknown naskah slot "${a.slot}"${f.opt(a.suggestion, (s) => `; did you mean ${s}`)}. The slots are listed in docs/naskah.md (e.g. buku-1/latar-belakang).`,
  }),
  'new/exists': textOf<{ path: string }>({
    id: (a) => `${a.path} sudah ada; berkas tidak diubah.`,
    en: (a) => `${a.path} already exists; it was left unchanged.`,
  }),
  'new/write-failed': both<{ path: string; detail: string }>((a) => `${a.path}: ${a.detail}`),
  'form/ids-and-all': {
    id: 'Berikan id OPD atau --all, jangan keduanya.',
    en: 'Give OPD ids or --all, not both.',
  },
  'form/no-ids': {
    id: 'Berikan satu atau lebih id OPD, atau --all.',
    en: 'Give one or more OPD ids, or --all.',
  },
  'form/invalid-config': {
    id: 'masterplan.yaml tidak ada atau tidak sah; jalankan "masterplan validate" dahulu.',
    en: 'masterplan.yaml is missing or invalid; run "masterplan validate" first.',
  },
  'form/unknown-opd': textOf<{ id: string; suggestion?: string }>({
    id: (a, f) => `OPD "${a.id}" tidak dikenal${orElse(f.opt(a.suggestion, (s) => `; maksudnya "${s}"? Untuk OPD baru yang bernama mirip, buat dahulu data/opd/${a.id}.yaml dengan "masterplan new opd ${a.id}"`), ` (data/opd/${a.id}.yaml tidak ada)`)}.`,
    en: (a, f) => `Unknown OPD "${a.id}"${orElse(f.opt(a.suggestion, (s) => `; did you mean "${s}"? For a new OPD with a similar name, first create data/opd/${a.id}.yaml with "masterplan new opd ${a.id}"`), ` (data/opd/${a.id}.yaml does not exist)`)}.`,
  }),
  'form/unreadable-opd': textOf<{ id: string }>({
    id: (a) => `data/opd/${a.id}.yaml tidak dapat dibaca; perbaiki dahulu ("masterplan validate").`,
    en: (a) => `data/opd/${a.id}.yaml cannot be read; fix it first ("masterplan validate").`,
  }),
  'import/no-project': textOf<{ dir: string }>({
    id: (a) => `${a.dir} tidak berisi masterplan.yaml; tunjukkan folder proyek dengan --into.`,
    en: (a) => `${a.dir} has no masterplan.yaml; give the project folder with --into.`,
  }),
  'import/not-found': textOf<{ path: string }>({
    id: (a) => `Tidak ditemukan: ${a.path}`,
    en: (a) => `Not found: ${a.path}`,
  }),
  'import/would-overwrite': textOf<{ files: readonly string[]; backupDir: string }>({
    id: (a) =>
      `Berkas berikut sudah ada dan akan berubah:\n${a.files.map((f) => `  ${f}`).join('\n')}\nTidak ada yang ditulis. Gunakan --force untuk menimpanya (versi sebelumnya disimpan di ${a.backupDir}/).`,
    en: (a) =>
      `These files exist and would change:\n${a.files.map((f) => `  ${f}`).join('\n')}\nNothing was written. Use --force to overwrite them (the previous versions are kept in ${a.backupDir}/).`,
  }),
  'write/failed': textOf<{ path: string; reason: string }>({
    id: (a) => `Tidak dapat menulis ${a.path} (${a.reason}).`,
    en: (a) => `Cannot write ${a.path} (${a.reason}).`,
  }),
  'write/locked': textOf<{ path: string }>({
    id: (a) => `${a.path} sedang dibuka di program lain (misalnya Word atau Excel) sehingga tidak dapat diganti; tutup berkas itu lalu ulangi.`,
    en: (a) => `${a.path} is open in another program (Word or Excel, for example) and cannot be replaced; close it and try again.`,
  }),
  'pdf/not-found': {
    id: 'LibreOffice (soffice) tidak ditemukan; pasang LibreOffice untuk membuat PDF, atau buat DOCX saja.',
    en: 'LibreOffice (soffice) is not found; install LibreOffice to make PDFs, or build DOCX only.',
  },
  'pdf/timeout': {
    id: 'LibreOffice terlalu lama mengonversi ke PDF.',
    en: 'LibreOffice took too long converting to PDF.',
  },
  'pdf/failed': textOf<{ detail?: string }>({
    id: (a, f) => `LibreOffice gagal mengonversi ke PDF${f.opt(a.detail, (d) => `: ${d}`)}.`,
    en: (a, f) => `LibreOffice failed to convert to PDF${f.opt(a.detail, (d) => `: ${d}`)}.`,
  }),
  ...diffErrorTexts,
  'output/not-a-folder': textOf<{ path: string; file: string }>({
    id: (a) => a.path === a.file
      ? `Folder keluaran ${a.path} adalah sebuah berkas, bukan folder; pilih folder keluaran lain.`
      : `Folder keluaran ${a.path} tidak dapat dibuat karena ${a.file} adalah sebuah berkas; pilih folder keluaran lain.`,
    en: (a) => a.path === a.file
      ? `The output folder ${a.path} is a file, not a folder; choose another output folder.`
      : `The output folder ${a.path} cannot be created because ${a.file} is a file; choose another output folder.`,
  }),
  'output/outside-project': textOf<{ folder: string }>({
    id: (a) => `keluaran.folder "${a.folder}" menunjuk ke luar folder proyek; tulis jalur di dalam proyek, atau pilih folder dengan --out.`,
    en: (a) => `keluaran.folder "${a.folder}" points outside the project folder; write a path inside the project, or choose a folder with --out.`,
  }),
} satisfies Record<string, Text<never>>;

/** A problem that stops a command. */
export type ErrorCode = keyof typeof errorTexts;
