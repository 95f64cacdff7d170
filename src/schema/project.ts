/** Schema of `masterplan.yaml` (docs/input.md). */
import { z } from 'zod';
import { EkstraSchema, IntSchema, RefSchema, RupiahSchema, TanggalSchema, TextSchema, UnsurSchema } from './common.js';

export const KriteriaSchema = z.strictObject({
  id: RefSchema,
  nama: TextSchema,
  jenis: z.enum(['benefit', 'cost']),
  bobot: z.number().positive().optional(),
  dari: z.enum(['anggaran', 'durasi_bulan']).optional(),
});

/** One AHP judgement `[a, b, nilai]`: criterion a is `nilai` times as important as b. */
export const PerbandinganSchema = z.tuple([RefSchema, RefSchema, z.number().positive()]);

export const PenilaianSchema = z.strictObject({
  metode: z.enum(['saw', 'wp', 'topsis']).default('saw'),
  skala: z
    .strictObject({ min: z.number(), max: z.number() })
    .default({ min: 1, max: 5 }),
  kriteria: z.array(KriteriaSchema).min(2),
  perbandingan: z.array(PerbandinganSchema).optional(),
  syarat: z
    .strictObject({
      durasi_bulan_maks: IntSchema.min(1).default(12),
      anggaran_maks: RupiahSchema.optional(),
      isu_wajib: z.boolean().default(true),
    })
    .default({ durasi_bulan_maks: 12, isu_wajib: true }),
  pilihan: z.strictObject({ per_dimensi: IntSchema.min(0).default(1) }).default({ per_dimensi: 1 }),
});

/** Requirement codes of the bimtek stage model (data/tahap.yaml). */
export const SYARAT_IDS = [
  'daerah', 'periode', 'opd', 'opd.sdm', 'opd.aplikasi', 'opd.anggaran', 'isu', 'isu.deskripsi', 'kesiapan', 'swot',
  'visi', 'misi', 'program', 'strategi', 'quickwin', 'quickwin.skor', 'tim.pelaksana', 'quickwin.terpilih',
] as const;

/** One bimtek stage: the books due and the data required (cumulative with earlier stages). */
export const TahapSchema = z.strictObject({
  tahap: IntSchema.min(1).max(4).describe('Model tahap bimtek (mengganti data/tahap.yaml bawaan).'),
  buku: z.array(IntSchema.min(1).max(4)).min(1),
  wajib: z.array(z.enum(SYARAT_IDS)),
});

/** A smart-city mission: plain text, or the text with the 1-based numbers of the RPJMD missions it serves. */
export const MisiSchema = z.union([
  TextSchema,
  z.strictObject({
    teks: TextSchema.describe('Teks misi smart city.'),
    rpjmd: z.array(IntSchema.min(1)).min(1).describe('Nomor misi RPJMD (mulai 1) yang didukung.'),
  }),
]);

/** The RPJMD the masterplan is aligned with (docs/input.md). */
export const RpjmdSchema = z.strictObject({
  periode: z.strictObject({
    mulai: IntSchema.min(1900).max(2200),
    selesai: IntSchema.min(1900).max(2200),
  }).describe('Tahun mulai dan selesai RPJMD.'),
  visi: TextSchema.describe('Visi RPJMD.'),
  misi: z.array(TextSchema).min(1).describe('Misi RPJMD, berurutan (nomor 1, 2, …).'),
});

export const ProjectSchema = z.strictObject({
  daerah: z.strictObject({
    nama: TextSchema,
    jenis: z.enum(['kota', 'kabupaten', 'provinsi']),
    provinsi: TextSchema.optional(),
    kepala_daerah: TextSchema.optional(),
    logo: TextSchema.optional(),
  }).describe('Identitas daerah: nama, jenis, provinsi, kepala daerah, logo.'),
  periode: z.strictObject({
    mulai: IntSchema.min(1900).max(2200),
    selesai: IntSchema.min(1900).max(2200),
  }).describe('Tahun mulai dan selesai masterplan (lazimnya 10 tahun, paling lama 20).'),
  visi: TextSchema.optional().describe('Visi smart city.'),
  misi: z.array(MisiSchema).optional().describe('Misi smart city: teks, atau {teks, rpjmd: [nomor misi RPJMD]}.'),
  rpjmd: RpjmdSchema.optional().describe('RPJMD yang diselaraskan: periode, visi, dan misi.'),
  kementerian: TextSchema.optional().describe('Kementerian yang disebut dalam buku; bawaan menurut tanggal bimtek tahap 1.'),
  tim: z
    .strictObject({
      dewan: z.array(z.strictObject({ nama: TextSchema, jabatan: TextSchema, unsur: UnsurSchema })).optional(),
      pelaksana: z
        .array(
          z.strictObject({
            nama: TextSchema,
            jabatan: TextSchema,
            peran: z.enum(['ketua', 'sekretaris', 'anggota']),
            opd: RefSchema.optional(),
          }),
        )
        .optional(),
    })
    .optional().describe('Dewan Smart City dan Tim Pelaksana.'),
  bimtek: z
    .array(
      z.strictObject({
        tahap: IntSchema.min(1).max(4),
        tanggal: TanggalSchema,
        tempat: TextSchema.optional(),
      }),
    )
    .optional().describe('Jadwal bimbingan teknis tahap 1–4.'),
  dasar_hukum: z.array(TextSchema).optional().describe('Dasar hukum; bila kosong dipakai daftar bawaan.'),
  penilaian: PenilaianSchema.describe('Penilaian quick win: metode, skala, kriteria, bobot atau perbandingan AHP, syarat, pilihan.'),
  tahap: z.array(TahapSchema).optional(),
  keluaran: z
    .strictObject({
      folder: TextSchema.default('keluaran'),
      kertas: z.enum(['A4', 'F4']).default('A4'),
      bahasa: z.enum(['id', 'en']).default('id'),
    })
    .default({ folder: 'keluaran', kertas: 'A4', bahasa: 'id' }).describe('Folder keluaran, ukuran kertas (A4 atau F4), dan bahasa pesan.'),
  ekstra: EkstraSchema.optional().describe('Data tambahan bebas; tidak dibaca oleh masterplan.'),
});

export type ProjectInput = z.input<typeof ProjectSchema>;
export type ProjectConfig = z.output<typeof ProjectSchema>;
export type Criterion = z.output<typeof KriteriaSchema>;
export type TahapData = z.output<typeof TahapSchema>;
export type MisiData = z.output<typeof MisiSchema>;
export type RpjmdData = z.output<typeof RpjmdSchema>;
export type SyaratId = (typeof SYARAT_IDS)[number];
