/** Schema of `data/quickwin/<id>.yaml` (docs/input.md). */
import { z } from 'zod';
import { DimensiSchema, EkstraSchema, ElemenSchema, IndikatorProgramSchema, IntSchema, RefSchema, RupiahSchema, SumberDanaSchema, TextSchema, UnsurSchema, YearMonthSchema } from './common.js';

/** Scores per criterion id. Which keys are allowed depends on masterplan.yaml; checked by the rules. */
export const SkorSchema = z.record(RefSchema, z.number());

/** One scheduled activity of a quick win (docs/input.md). */
export const JadwalSchema = z.strictObject({
  kegiatan: TextSchema.describe('Nama kegiatan.'),
  // Bare, so the forms recognise the month type (a description would make a copy).
  mulai: YearMonthSchema,
  selesai: YearMonthSchema,
});

export const QuickWinSchema = z.strictObject({
  nama: TextSchema.describe('Nama quick win; boleh akronim, mis. "Asela Dijaketi".'),
  opd: RefSchema.describe('OPD pemilik quick win (id berkas di data/opd).'),
  opd_pendukung: z.array(RefSchema).optional().describe('OPD pendukung.'),
  dimensi: DimensiSchema.describe('Dimensi smart city.'),
  elemen: ElemenSchema.describe('Elemen; harus bagian dari dimensi.'),
  isu: z.array(RefSchema).optional().describe('Isu strategis yang dijawab; wajib minimal satu bila syarat.isu_wajib.'),
  latar_belakang: TextSchema.optional().describe('Latar belakang usulan.'),
  tujuan: TextSchema.optional().describe('Tujuan usulan.'),
  deskripsi: TextSchema.optional().describe('Uraian inovasi.'),
  penerima_manfaat: TextSchema.optional().describe('Penerima manfaat.'),
  anggaran: z.strictObject({ nilai: RupiahSchema, sumber: SumberDanaSchema }).describe('Anggaran: nilai dalam rupiah utuh dan sumber dana.'),
  durasi_bulan: IntSchema.min(1).max(120).describe('Durasi pelaksanaan dalam bulan (1–120); di atas syarat.durasi_bulan_maks tidak memenuhi syarat.'),
  mulai: YearMonthSchema.optional().describe('Bulan mulai "YYYY-MM", di dalam periode masterplan.'),
  indikator: z.array(IndikatorProgramSchema).optional().describe('Indikator output/outcome dengan satuan, baseline, dan target.'),
  kolaborator: z.array(z.strictObject({ nama: TextSchema, unsur: UnsurSchema })).optional().describe('Mitra pentahelix.'),
  skor: SkorSchema.optional().describe('Skor per kriteria (tanpa kriteria yang memakai "dari"), dalam skala penilaian.'),
  penilaian: z.array(z.strictObject({ penilai: TextSchema, skor: SkorSchema })).min(1).optional().describe('ATAU skor dari beberapa penilai; dirata-rata per kriteria.'),
  status: z.enum(['usulan', 'terpilih', 'berjalan', 'selesai']).default('usulan').describe('Status usulan.'),
  jadwal: z
    .array(JadwalSchema)
    .optional().describe('Jadwal kegiatan per bulan, di dalam bulan pelaksanaan quick win.'),
  kendala: z.array(TextSchema).optional().describe('Kendala yang dihadapi atau diperkirakan.'),
  kebutuhan: z.array(TextSchema).optional().describe('Kebutuhan: data, teknologi, SDM, regulasi.'),
  ekstra: EkstraSchema.optional().describe('Data tambahan bebas; tidak dibaca oleh masterplan.'),
});

export type QuickWinInput = z.input<typeof QuickWinSchema>;
export type QuickWinData = z.output<typeof QuickWinSchema>;
export type JadwalData = z.output<typeof JadwalSchema>;
