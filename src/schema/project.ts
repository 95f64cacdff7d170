/** Schema of `masterplan.yaml` (SPEC §3.1). */
import { z } from 'zod';
import { Ekstra, Int, Ref, Rupiah, Tanggal, Text, Unsur } from './common.js';

export const Kriteria = z.strictObject({
  id: Ref,
  nama: Text,
  jenis: z.enum(['benefit', 'cost']),
  bobot: z.number().positive().finite().optional(),
  dari: z.enum(['anggaran', 'durasi_bulan']).optional(),
});

/** One AHP judgement `[a, b, nilai]`: criterion a is `nilai` times as important as b. */
export const Perbandingan = z.tuple([Ref, Ref, z.number().positive().finite()]);

export const Penilaian = z.strictObject({
  metode: z.enum(['saw', 'wp', 'topsis']).default('saw'),
  skala: z
    .strictObject({ min: z.number().finite(), max: z.number().finite() })
    .default({ min: 1, max: 5 }),
  kriteria: z.array(Kriteria).min(2),
  perbandingan: z.array(Perbandingan).optional(),
  syarat: z
    .strictObject({
      durasi_bulan_maks: Int.min(1).default(12),
      anggaran_maks: Rupiah.optional(),
      isu_wajib: z.boolean().default(true),
    })
    .default({ durasi_bulan_maks: 12, isu_wajib: true }),
  pilihan: z.strictObject({ per_dimensi: Int.min(0).default(1) }).default({ per_dimensi: 1 }),
});

/** Requirement codes of the bimtek stage model (data/tahap.yaml). */
export const SYARAT_IDS = [
  'daerah', 'periode', 'opd', 'opd.sdm', 'opd.aplikasi', 'opd.anggaran', 'isu', 'isu.deskripsi', 'kesiapan', 'swot',
  'visi', 'misi', 'program', 'quickwin', 'quickwin.skor', 'tim.pelaksana', 'quickwin.terpilih',
] as const;

/** One bimtek stage: the books due and the data required (cumulative with earlier stages). */
export const Tahap = z.strictObject({
  tahap: Int.min(1).max(4).describe('Model tahap bimtek (mengganti data/tahap.yaml bawaan).'),
  buku: z.array(Int.min(1).max(4)).min(1),
  wajib: z.array(z.enum(SYARAT_IDS)),
});

export const Project = z.strictObject({
  daerah: z.strictObject({
    nama: Text,
    jenis: z.enum(['kota', 'kabupaten', 'provinsi']),
    provinsi: Text.optional(),
    kepala_daerah: Text.optional(),
    logo: Text.optional(),
  }).describe('Identitas daerah: nama, jenis, provinsi, kepala daerah, logo.'),
  periode: z.strictObject({
    mulai: Int.min(1900).max(2200),
    selesai: Int.min(1900).max(2200),
  }).describe('Tahun mulai dan selesai masterplan (lazimnya 10 tahun, paling lama 20).'),
  visi: Text.optional().describe('Visi smart city.'),
  misi: z.array(Text).optional().describe('Misi smart city.'),
  tim: z
    .strictObject({
      dewan: z.array(z.strictObject({ nama: Text, jabatan: Text, unsur: Unsur })).optional(),
      pelaksana: z
        .array(
          z.strictObject({
            nama: Text,
            jabatan: Text,
            peran: z.enum(['ketua', 'sekretaris', 'anggota']),
            opd: Ref.optional(),
          }),
        )
        .optional(),
    })
    .optional().describe('Dewan Smart City dan Tim Pelaksana.'),
  bimtek: z
    .array(
      z.strictObject({
        tahap: Int.min(1).max(4),
        tanggal: Tanggal,
        tempat: Text.optional(),
      }),
    )
    .optional().describe('Jadwal bimbingan teknis tahap 1–4.'),
  dasar_hukum: z.array(Text).optional().describe('Dasar hukum; bila kosong dipakai daftar bawaan.'),
  penilaian: Penilaian.describe('Penilaian quick win: metode, skala, kriteria, bobot atau perbandingan AHP, syarat, pilihan.'),
  tahap: z.array(Tahap).optional(),
  keluaran: z
    .strictObject({
      folder: Text.default('keluaran'),
      kertas: z.enum(['A4', 'F4']).default('A4'),
      bahasa: z.enum(['id', 'en']).default('id'),
    })
    .default({ folder: 'keluaran', kertas: 'A4', bahasa: 'id' }).describe('Folder keluaran, ukuran kertas (A4 atau F4), dan bahasa pesan.'),
  ekstra: Ekstra.optional().describe('Data tambahan bebas; tidak dibaca oleh masterplan.'),
});

export type ProjectInput = z.input<typeof Project>;
export type ProjectConfig = z.output<typeof Project>;
export type Criterion = z.output<typeof Kriteria>;
export type TahapData = z.output<typeof Tahap>;
export type SyaratId = (typeof SYARAT_IDS)[number];
