/** What the commands say on stderr besides diagnostics: progress, summaries and hints, in both languages. */
import type { Text } from '../text/index.js';

export const MESSAGES = {
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
    en: (a: { files: number; ms: number }) => `Checked ${a.files} files in ${a.ms} ms`,
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
  nextSteps: {
    id: 'Berikutnya: sunting masterplan.yaml, tambah OPD dengan "masterplan new opd <id>", lalu jalankan "masterplan validate".',
    en: 'Next: edit masterplan.yaml, add OPDs with "masterplan new opd <id>", then run "masterplan validate".',
  },
  fileCreated: {
    id: (a: { path: string }) => `Dibuat ${a.path}`,
    en: (a: { path: string }) => `Created ${a.path}`,
  },
  finalRefused: {
    id: (a: { count: number; stage: number }) =>
      `Buku final tidak dibuat: ${a.count} butir belum ada atau salah. Buat draf dengan --stage ${a.stage} atau --draft.`,
    en: (a: { count: number; stage: number }) =>
      `Final build refused: ${a.count} item(s) missing or wrong. Build a draft with --stage ${a.stage} or --draft.`,
  },
  done: {
    id: (a: { time: string; out: string }) => `Selesai dalam ${a.time} → ${a.out}`,
    en: (a: { time: string; out: string }) => `Done in ${a.time} → ${a.out}`,
  },
  bookUnchanged: {
    id: (a: { file: string }) => `  ${a.file}  tidak berubah`,
    en: (a: { file: string }) => `  ${a.file}  unchanged`,
  },
} satisfies Record<string, Text<never>>;
