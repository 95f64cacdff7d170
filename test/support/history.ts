/** The Kota Tegal example with a git history of several commits, for the tests of `diff` and `build --changes-since`. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { commitAll, git } from './git.js';
import { copyExample, editFile, writeFiles } from './project.js';

/** A new quick win, added in the third commit. */
export const SAPA_WARGA = `nama: Sapa Warga
opd: diskominfo
dimensi: governance
elemen: pelayanan
isu: [tata-kelola]
anggaran: { nilai: 150000000, sumber: APBD }
durasi_bulan: 6
mulai: "2023-03"
skor: { dampak: 5, urgensi: 5, kemudahan: 5, inovasi: 5 }
`;

/**
 * The example's history: v1 (1 June 2022, without bimtek 4 and without Dinsos' applications), then
 * Dinsos' ICT staff 2 → 12 (1 July), then a lower score for E-Kelurahan, a new quick win, a removed
 * program, a renamed program and Dinsos' applications back (1 August); in the work tree, uncommitted,
 * a new staff figure for Dinkes.
 */
export async function history(): Promise<{ dir: string; v1: string; c2: string; c3: string }> {
  const dir = await copyExample();
  const dinsos = await readFile(path.join(dir, 'data/opd/dinsos.yaml'), 'utf8');
  git(dir, ['init', '-q']);
  await editFile(dir, 'masterplan.yaml', / {2}- tahap: 4\n( {4}.*\n)+/, '');
  await editFile(dir, 'data/opd/dinsos.yaml', /^aplikasi:\n(( {2}|- ).*\n)+/m, '');
  const v1 = commitAll(dir, 'data bimtek 1', '2022-06-01T20:00:00+07:00');
  git(dir, ['tag', 'v1']);
  await editFile(dir, 'data/opd/dinsos.yaml', /^ {2}tik: 2$/m, '  tik: 12');
  const c2 = commitAll(dir, 'SDM TIK Dinsos', '2022-07-01T20:00:00+07:00');
  await editFile(dir, 'data/quickwin/e-kelurahan.yaml', /^ {2}dampak: 5$/m, '  dampak: 2');
  await writeFiles(dir, { 'data/quickwin/sapa-warga.yaml': SAPA_WARGA, 'data/opd/dinsos.yaml': dinsos.replace(/^ {2}tik: 2$/m, '  tik: 12') });
  git(dir, ['rm', '-q', 'data/program/jaringan-air-minum.yaml']);
  git(dir, ['mv', 'data/program/pju-terpantau.yaml', 'data/program/pju-terpantau-kota.yaml']);
  const c3 = commitAll(dir, 'penilaian ulang', '2022-08-01T20:00:00+07:00');
  await editFile(dir, 'data/opd/dinkes.yaml', /^ {2}asn: 486$/m, '  asn: 490');
  return { dir, v1, c2, c3 };
}

