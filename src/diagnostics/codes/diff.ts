/**
 * Codes of `masterplan diff` and of the snapshots `build` keeps: the diagnostics of a comparison
 * that could only be partly made, and the problems that stop it (`UserError`).
 */
import type { SnapshotProblem } from '../../load/snapshot.js';
import type { Text } from '../../text/index.js';
import { code, labelOf, textOf } from '../spec.js';

/** Why a snapshot file could not be read (the values of `SnapshotProblem`). */
export const SNAPSHOT_PROBLEMS: Readonly<Record<SnapshotProblem, Text>> = {
  unreadable: { id: 'tidak dapat dibaca', en: 'cannot be read' },
  'not-gzip': { id: 'bukan berkas gzip yang utuh', en: 'is not a complete gzip file' },
  'not-json': { id: 'isinya bukan JSON', en: 'does not hold JSON' },
  'not-a-snapshot': { id: 'isinya bukan cuplikan masterplan', en: 'does not hold a masterplan snapshot' },
  'too-large': { id: 'terlalu besar', en: 'is too large' },
};

export const diffCodes = {
  'diff/snapshot-unreadable': code<{ problem: SnapshotProblem }>('warning', {
    id: (a, f) => `Cuplikan ini ${f.text(labelOf(SNAPSHOT_PROBLEMS, a.problem))} dan dilewati; cuplikan sebelumnya dipakai bila ada.`,
    en: (a, f) => `This snapshot ${f.text(labelOf(SNAPSHOT_PROBLEMS, a.problem))} and is skipped; an earlier one is used when there is one.`,
  }),
  'diff/since-invalid': code<{ version: string; errors: number }>('warning', {
    id: (a) =>
      `Versi proyek pada ${a.version} tidak lolos validasi (${a.errors} galat, yang pertama di sini): berkas yang tidak sah tidak dibandingkan isinya, dan peringkat, kelengkapan, serta jumlah anggaran tidak dibandingkan.`,
    en: (a) =>
      `The project at ${a.version} does not validate (${a.errors} error(s), the first here): the contents of invalid files are not compared, nor are the ranking, the completeness and the budget totals.`,
  }),
  'diff/current-invalid': code<{ errors: number }>('error', {
    id: (a) =>
      `Proyek saat ini memiliki ${a.errors} galat (yang pertama di sini): peringkat, kelengkapan, dan jumlah anggaran tidak dibandingkan. Perbaiki galat tersebut ("masterplan validate").`,
    en: (a) =>
      `The project now has ${a.errors} error(s) (the first here): the ranking, the completeness and the budget totals are not compared. Fix them ("masterplan validate").`,
  }),
};

export const diffErrorTexts = {
  'diff/bad-since': textOf<{ value: string }>({
    id: (a) => `--since "${a.value}": berikan revisi git (mis. a1b2c3d, HEAD~3, v1.0), tanggal YYYY-MM-DD yang ada, atau tahap:N (N = 1–4).`,
    en: (a) => `--since "${a.value}": give a git revision (e.g. a1b2c3d, HEAD~3, v1.0), a real date YYYY-MM-DD, or tahap:N (N = 1–4).`,
  }),
  'diff/unknown-revision': textOf<{ rev: string }>({
    id: (a) => `Revisi git "${a.rev}" tidak ditemukan di repositori ini. Periksa dengan "git log --oneline".`,
    en: (a) => `The git revision "${a.rev}" does not exist in this repository. Check with "git log --oneline".`,
  }),
  'diff/revision-needs-git': textOf<{ rev: string; dir: string }>({
    id: (a) => `${a.dir} tidak berada dalam repositori git, sehingga revisi "${a.rev}" tidak dapat dibaca. Di luar git, berikan tanggal (YYYY-MM-DD) atau tahap:N; perbandingan memakai cuplikan yang disimpan setiap "masterplan build".`,
    en: (a) => `${a.dir} is not in a git repository, so the revision "${a.rev}" cannot be read. Outside git, give a date (YYYY-MM-DD) or tahap:N; the comparison uses the snapshots every "masterplan build" keeps.`,
  }),
  'diff/before-first-commit': textOf<{ date: string; first?: string }>({
    id: (a, f) =>
      `Tidak ada commit sebelum ${a.date}${f.opt(a.first, (d) => ` (commit pertama: ${d})`)} dan tidak ada cuplikan sebelum tanggal itu. Berikan tanggal yang lebih baru atau sebuah revisi.`,
    en: (a, f) =>
      `There is no commit before ${a.date}${f.opt(a.first, (d) => ` (the first commit: ${d})`)} and no snapshot before that date. Give a later date or a revision.`,
  }),
  'diff/no-snapshot-before': textOf<{ date: string; first: string }>({
    id: (a) => `Tidak ada cuplikan sebelum ${a.date}; cuplikan tertua dibuat ${a.first}. Berikan tanggal yang lebih baru.`,
    en: (a) => `There is no snapshot before ${a.date}; the oldest was taken on ${a.first}. Give a later date.`,
  }),
  'diff/no-history': textOf<{ dir: string }>({
    id: (a) =>
      `${a.dir} tidak berada dalam repositori git dan belum memiliki cuplikan (.masterplan/snapshot/), sehingga tidak ada versi untuk dibandingkan. Jalankan "masterplan build" (setiap build menyimpan cuplikan), atau simpan proyek dalam git.`,
    en: (a) =>
      `${a.dir} is not in a git repository and has no snapshot (.masterplan/snapshot/) yet, so there is no earlier version to compare with. Run "masterplan build" (every build keeps a snapshot), or keep the project in git.`,
  }),
  'diff/no-bimtek': textOf<{ tahap: number; known: readonly number[] }>({
    id: (a) =>
      `masterplan.yaml tidak mencantumkan bimtek tahap ${a.tahap}${a.known.length > 0 ? ` (yang tercantum: tahap ${a.known.join(', ')})` : ' (daftar bimtek kosong)'}. Tambahkan tanggalnya di "bimtek:", atau berikan tanggal YYYY-MM-DD.`,
    en: (a) =>
      `masterplan.yaml lists no bimtek stage ${a.tahap}${a.known.length > 0 ? ` (it lists stage ${a.known.join(', ')})` : ' (the bimtek list is empty)'}. Add its date under "bimtek:", or give a date YYYY-MM-DD.`,
  }),
  'diff/tahap-needs-config': {
    id: '--since tahap:N memerlukan tanggal bimtek dari masterplan.yaml yang sah; perbaiki masterplan.yaml ("masterplan validate") atau berikan tanggal YYYY-MM-DD.',
    en: '--since tahap:N needs the bimtek dates of a valid masterplan.yaml; fix masterplan.yaml ("masterplan validate") or give a date YYYY-MM-DD.',
  },
} satisfies Record<string, Text<never>>;
