/** Temporary project folders for tests: a copy of the example, or a small inline project. */
import { cp, mkdtemp, mkdir, rm, writeFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLE = path.join(REPO_ROOT, 'examples', 'kota-tegal');

/**
 * Creates a temp folder removed when the test finishes.
 * @returns its absolute path
 */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-test-'));
  onTestFinished(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return dir;
}

/**
 * Copies the Kota Tegal example into a temp folder, without the snapshots that builds of the example
 * itself leave in its `.masterplan/`.
 * @returns the copy's path
 */
export async function copyExample(): Promise<string> {
  const dir = await tempDir();
  await cp(EXAMPLE, dir, { recursive: true, filter: (src) => path.relative(EXAMPLE, src).split(path.sep)[0] !== '.masterplan' });
  return dir;
}

/**
 * Writes files (relative path → content) into a folder.
 * @param root folder
 * @param files contents by relative path
 */
export async function writeFiles(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, content);
  }
}

/**
 * Replaces text in a file of a project (the test fails if the text is not there).
 * @param root folder
 * @param rel relative path
 * @param from text to find
 * @param to replacement
 */
export async function editFile(root: string, rel: string, from: string | RegExp, to: string): Promise<void> {
  const abs = path.join(root, rel);
  const text = await readFile(abs, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${rel}: pattern not found: ${String(from)}`);
  await writeFile(abs, next);
}

/** A minimal valid project: config, two OPDs, one isu, one scored quick win, one program. */
export const MINIMAL: Record<string, string> = {
  'masterplan.yaml': `daerah:
  nama: Kota Uji
  jenis: kota
  provinsi: Jawa Tengah
periode:
  mulai: 2025
  selesai: 2034
tim:
  pelaksana:
    - nama: Ketua
      jabatan: Kepala Bappeda
      peran: ketua
      opd: bappeda
penilaian:
  kriteria:
    - { id: dampak, nama: Dampak, jenis: benefit, bobot: 3 }
    - { id: kemudahan, nama: Kemudahan, jenis: benefit, bobot: 2 }
    - { id: anggaran, nama: Anggaran, jenis: cost, bobot: 1, dari: anggaran }
`,
  'data/opd/bappeda.yaml': `nama: Badan Perencanaan Pembangunan Daerah
singkatan: Bappeda
sdm: { asn: 40, non_asn: 5, tik: 3 }
aplikasi: []
`,
  'data/opd/diskominfo.yaml': `nama: Dinas Komunikasi dan Informatika
singkatan: Diskominfo
sdm:
  asn: 30
  non_asn: 10
  tik: 12
anggaran:
  - tahun: 2024
    pagu: 1000000000
    realisasi: 900000000
    tik: 400000000
aplikasi:
  - nama: Portal
    status: aktif
`,
  'data/isu/layanan.yaml': `judul: Pelayanan publik
deskripsi: Layanan masih tatap muka.
dimensi: [governance]
opd: [diskominfo]
`,
  'data/quickwin/portal.yaml': `nama: Portal Layanan
opd: diskominfo
dimensi: governance
elemen: pelayanan
isu: [layanan]
anggaran: { nilai: 100000000, sumber: APBD }
durasi_bulan: 6
mulai: "2025-03"
skor: { dampak: 4, kemudahan: 3 }
`,
  'data/program/integrasi.yaml': `nama: Integrasi Layanan
dimensi: governance
elemen: pelayanan
opd: diskominfo
kategori: aplikasi
jangka: menengah
tahun: { mulai: 2025, selesai: 2029 }
quickwin: portal
`,
};

/**
 * Writes the minimal project with some files replaced or added.
 * @param overrides files to replace (a value of null deletes the file)
 * @returns the project folder
 */
export async function minimalProject(overrides: Record<string, string | null> = {}): Promise<string> {
  const dir = await tempDir();
  const merged: Record<string, string | null> = { ...MINIMAL, ...overrides };
  const files = Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => e[1] !== null));
  await writeFiles(dir, files);
  return dir;
}

/** A copy of the example without kesiapan.yaml, and Dinas Sosial without `sdm` and `aplikasi`. */
export async function incompleteExample(): Promise<string> {
  const dir = await copyExample();
  await rm(path.join(dir, 'data/kesiapan.yaml'));
  await editFile(dir, 'data/opd/dinsos.yaml', /^sdm:\n( {2}.*\n)+/m, '');
  await editFile(dir, 'data/opd/dinsos.yaml', /^aplikasi:\n(( {2}|- ).*\n)+/m, '');
  return dir;
}

