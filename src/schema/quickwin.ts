/** Schema of `data/quickwin/<id>.yaml` (SPEC §3.4). */
import { z } from 'zod';
import { Dimensi, Ekstra, Elemen, IndikatorProgram, Int, Ref, Rupiah, SumberDana, Text, Unsur, YearMonth } from './common.js';

/** Scores per criterion id. Which keys are allowed depends on masterplan.yaml; checked by the rules. */
export const Skor = z.record(Ref, z.number().finite());

export const QuickWin = z.strictObject({
  nama: Text,
  opd: Ref,
  opd_pendukung: z.array(Ref).optional(),
  dimensi: Dimensi,
  elemen: Elemen,
  isu: z.array(Ref).optional(),
  latar_belakang: Text.optional(),
  tujuan: Text.optional(),
  deskripsi: Text.optional(),
  penerima_manfaat: Text.optional(),
  anggaran: z.strictObject({ nilai: Rupiah, sumber: SumberDana }),
  durasi_bulan: Int.min(1).max(120),
  mulai: YearMonth.optional(),
  indikator: z.array(IndikatorProgram).optional(),
  kolaborator: z.array(z.strictObject({ nama: Text, unsur: Unsur })).optional(),
  skor: Skor.optional(),
  penilaian: z.array(z.strictObject({ penilai: Text, skor: Skor })).min(1).optional(),
  status: z.enum(['usulan', 'terpilih', 'berjalan', 'selesai']).default('usulan'),
  ekstra: Ekstra.optional(),
});

export type QuickWinInput = z.input<typeof QuickWin>;
export type QuickWinData = z.output<typeof QuickWin>;
