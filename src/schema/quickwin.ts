/** Schema of `data/quickwin/<id>.yaml` (SPEC §3.4). */
import { z } from 'zod';
import { Dimensi, Ekstra, Elemen, IndikatorProgram, Int, Ref, Rupiah, SumberDana, Text, Unsur, YearMonth } from './common.js';

/** Scores per criterion id. Which keys are allowed depends on masterplan.yaml; checked by the rules. */
export const Skor = z.record(Ref, z.number().finite());

export const QuickWin = z.strictObject({
  nama: Text.describe('Nama quick win; boleh akronim, mis. "Asela Dijaketi".'),
  opd: Ref.describe('OPD pemilik quick win (id berkas di data/opd).'),
  opd_pendukung: z.array(Ref).optional().describe('OPD pendukung.'),
  dimensi: Dimensi.describe('Dimensi smart city.'),
  elemen: Elemen.describe('Elemen; harus bagian dari dimensi.'),
  isu: z.array(Ref).optional().describe('Isu strategis yang dijawab; wajib minimal satu bila syarat.isu_wajib.'),
  latar_belakang: Text.optional().describe('Latar belakang usulan.'),
  tujuan: Text.optional().describe('Tujuan usulan.'),
  deskripsi: Text.optional().describe('Uraian inovasi.'),
  penerima_manfaat: Text.optional().describe('Penerima manfaat.'),
  anggaran: z.strictObject({ nilai: Rupiah, sumber: SumberDana }).describe('Anggaran: nilai dalam rupiah utuh dan sumber dana.'),
  durasi_bulan: Int.min(1).max(120).describe('Durasi pelaksanaan dalam bulan (1–120); di atas syarat.durasi_bulan_maks tidak memenuhi syarat.'),
  mulai: YearMonth.optional().describe('Bulan mulai "YYYY-MM", di dalam periode masterplan.'),
  indikator: z.array(IndikatorProgram).optional().describe('Indikator output/outcome dengan satuan, baseline, dan target.'),
  kolaborator: z.array(z.strictObject({ nama: Text, unsur: Unsur })).optional().describe('Mitra pentahelix.'),
  skor: Skor.optional().describe('Skor per kriteria (tanpa kriteria yang memakai "dari"), dalam skala penilaian.'),
  penilaian: z.array(z.strictObject({ penilai: Text, skor: Skor })).min(1).optional().describe('ATAU skor dari beberapa penilai; dirata-rata per kriteria.'),
  status: z.enum(['usulan', 'terpilih', 'berjalan', 'selesai']).default('usulan').describe('Status usulan.'),
  ekstra: Ekstra.optional().describe('Data tambahan bebas; tidak dibaca oleh masterplan.'),
});

export type QuickWinInput = z.input<typeof QuickWin>;
export type QuickWinData = z.output<typeof QuickWin>;
