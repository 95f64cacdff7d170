/** What the commands say on stderr besides diagnostics: progress, summaries and hints, in both languages. */
import type { Text } from '../text/index.js';
import { withDisplayPaths } from './context.js';

/** Every path argument is shown with forward slashes, on Windows too. */
export const MESSAGES = withDisplayPaths({
  changed: {
    id: (a: { files: readonly string[] }) => `Berubah: ${a.files.join(', ')}`,
    en: (a: { files: readonly string[] }) => `Changed: ${a.files.join(', ')}`,
  },
  watching: { id: 'Memantau perubahan (Ctrl-C untuk berhenti).', en: 'Watching for changes (Ctrl-C stops).' },
  reportWritten: {
    id: (a: { path: string }) => `Laporan ditulis ke ${a.path}`,
    en: (a: { path: string }) => `Report written to ${a.path}`,
  },
  checked: {
    id: (a: { files: number; ms: number }) => `Diperiksa ${a.files} berkas dalam ${a.ms} ms`,
    en: (a: { files: number; ms: number }) => `Checked ${a.files} ${a.files === 1 ? 'file' : 'files'} in ${a.ms} ms`,
  },
  nothingImported: {
    id: 'Tidak ada yang diimpor: perbaiki formulir lalu impor ulang.',
    en: 'Nothing was imported: fix the form and import it again.',
  },
  imported: {
    id: (a: { updated: boolean; path: string; backup?: string }) =>
      `${a.updated ? 'Diperbarui' : 'Dibuat'} ${a.path}${a.backup !== undefined ? ` (cadangan: ${a.backup})` : ''}`,
    en: (a: { updated: boolean; path: string; backup?: string }) =>
      `${a.updated ? 'Updated' : 'Created'} ${a.path}${a.backup !== undefined ? ` (backup: ${a.backup})` : ''}`,
  },
  changedFields: {
    id: (a: { fields: readonly string[] }) => `    kolom diubah: ${a.fields.join(', ')}`,
    en: (a: { fields: readonly string[] }) => `    fields changed: ${a.fields.join(', ')}`,
  },
  changedRow: {
    id: (a: { list: string; action: 'added' | 'changed' | 'removed'; label: string; fields?: readonly string[] }) =>
      `    ${a.list}: ${a.action === 'added' ? 'baris ditambah' : a.action === 'removed' ? 'baris dihapus' : 'baris diubah'} "${a.label}"${a.fields !== undefined && a.fields.length > 0 ? ` (${a.fields.join(', ')})` : ''}`,
    en: (a: { list: string; action: 'added' | 'changed' | 'removed'; label: string; fields?: readonly string[] }) =>
      `    ${a.list}: row ${a.action} "${a.label}"${a.fields !== undefined && a.fields.length > 0 ? ` (${a.fields.join(', ')})` : ''}`,
  },
  wouldChange: {
    id: (a: { path: string }) => `Akan berubah ${a.path}`,
    en: (a: { path: string }) => `Would change ${a.path}`,
  },
  unchanged: {
    id: (a: { path: string }) => `Tidak berubah ${a.path}`,
    en: (a: { path: string }) => `Unchanged ${a.path}`,
  },
  formWritten: {
    id: (a: { path: string }) => `Ditulis ${a.path}`,
    en: (a: { path: string }) => `Written ${a.path}`,
  },
  statusNeedsValid: {
    id: 'Perbaiki galat ini dahulu; status memerlukan proyek yang sah.',
    en: 'Fix these errors first; status needs a valid project.',
  },
  checklistWritten: {
    id: (a: { path: string }) => `Daftar periksa ditulis ke ${a.path}`,
    en: (a: { path: string }) => `Checklist written to ${a.path}`,
  },
  schemasWritten: {
    id: (a: { count: number; dir: string }) => `Menulis ${a.count} JSON Schema → ${a.dir}`,
    en: (a: { count: number; dir: string }) => `Wrote ${a.count} JSON Schema → ${a.dir}`,
  },
  projectCreated: {
    id: (a: { dir: string }) => `Proyek masterplan dibuat di ${a.dir}.`,
    en: (a: { dir: string }) => `Created a masterplan project in ${a.dir}.`,
  },
  packageJsonKept: {
    id: (a: { pinned: string }) => `package.json sudah ada dan tidak diubah; tambahkan alat ini dengan "npm install --save-dev ${a.pinned}".`,
    en: (a: { pinned: string }) => `package.json already exists and was kept; add the tool to it with "npm install --save-dev ${a.pinned}".`,
  },
  packageJsonPinned: {
    id: (a: { pinned: string }) => `package.json mematok ${a.pinned} sebagai devDependency.`,
    en: (a: { pinned: string }) => `package.json pins ${a.pinned} as a devDependency.`,
  },
  packageJsonPinnedRegistry: {
    id: (a: { pinned: string }) =>
      `package.json mematok ${a.pinned} dari registry npm sebagai devDependency; untuk memasangnya dari tarball atau URL git, jalankan "npm install --save-dev <tarball|URL git>" di folder proyek (atau init dengan --from).`,
    en: (a: { pinned: string }) =>
      `package.json pins ${a.pinned} from the npm registry as a devDependency; to install it from a tarball or a git URL instead, run "npm install --save-dev <tarball|git URL>" in the project (or init with --from).`,
  },
  gitignoreKept: {
    id: (a: { lines: readonly string[] }) => `.gitignore sudah ada dan tidak diubah; tambahkan baris berikut: ${a.lines.join(' ')}`,
    en: (a: { lines: readonly string[] }) => `.gitignore already exists and was kept; add these lines to it: ${a.lines.join(' ')}`,
  },
  nextHeading: { id: 'Berikutnya:', en: 'Next:' },
  nextInstall: {
    id: '  npm install    memasang masterplan dan menulis package-lock.json; commit keduanya, CI menjalankan "npm ci" darinya',
    en: '  npm install    installs masterplan and writes package-lock.json; commit both, CI runs "npm ci" from them',
  },
  nextEdit: {
    id: '  lalu sunting masterplan.yaml, tambah OPD dengan "npx masterplan new opd <id>" dan jalankan "npx masterplan validate".',
    en: '  then edit masterplan.yaml, add OPDs with "npx masterplan new opd <id>" and run "npx masterplan validate".',
  },
  fileCreated: {
    id: (a: { path: string }) => `Dibuat ${a.path}`,
    en: (a: { path: string }) => `Created ${a.path}`,
  },
  finalRefused: {
    id: (a: { count: number; stage: number }) =>
      `Buku final tidak dibuat: ${a.count} butir belum ada atau salah. Buat draf dengan --stage ${a.stage} atau --draft.`,
    en: (a: { count: number; stage: number }) =>
      `Final build refused: ${a.count} ${a.count === 1 ? 'item is' : 'items are'} missing or wrong. Build a draft with --stage ${a.stage} or --draft.`,
  },
  done: {
    id: (a: { time: string; out: string }) => `Selesai dalam ${a.time} → ${a.out}`,
    en: (a: { time: string; out: string }) => `Done in ${a.time} → ${a.out}`,
  },
  nextStage: {
    id: (a: { stage: number }) => `--stage next: tahap ${a.stage} (bimtek berikutnya menurut masterplan.yaml, atau tahap 4 bila tidak ada lagi).`,
    en: (a: { stage: number }) => `--stage next: stage ${a.stage} (the next bimtek in masterplan.yaml, or 4 when none is left).`,
  },
  outputLocked: {
    id: (a: { file: string }) =>
      `${a.file} tidak dapat diganti karena sedang dibuka di program lain (misalnya Word). Tutup berkas itu lalu jalankan build lagi; berkas lainnya sudah ditulis.`,
    en: (a: { file: string }) =>
      `${a.file} cannot be replaced because it is open in another program (Word, for example). Close it and run the build again; the other files were written.`,
  },
  changesNotInFinal: {
    id: 'Catatan Perubahan tidak ditambahkan ke buku final; buat draf (--stage/--draft), atau tambahkan --changes-in-final.',
    en: 'The Catatan Perubahan is not added to final books; build drafts (--stage/--draft), or add --changes-in-final.',
  },
  snapshotFailed: {
    id: (a: { reason: string }) => `Peringatan: cuplikan data di .masterplan/snapshot/ tidak dapat disimpan (${a.reason}); buku tetap tersusun.`,
    en: (a: { reason: string }) => `Warning: the data snapshot in .masterplan/snapshot/ could not be kept (${a.reason}); the books were built.`,
  },
  bookUnchanged: {
    id: (a: { file: string }) => `  ${a.file}  tidak berubah`,
    en: (a: { file: string }) => `  ${a.file}  unchanged`,
  },
} satisfies Record<string, Text<never>>);
