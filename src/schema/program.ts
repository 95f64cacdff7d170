/** Schema of `data/program/<id>.yaml` (SPEC §3.5). */
import { z } from 'zod';
import { Dimensi, Ekstra, Elemen, IndikatorProgram, Int, Ref, Rupiah, SumberDana, Text } from './common.js';

export const Program = z.strictObject({
  nama: Text,
  dimensi: Dimensi,
  elemen: Elemen,
  opd: Ref,
  isu: z.array(Ref).optional(),
  kategori: z.enum(['kebijakan', 'infrastruktur', 'aplikasi', 'literasi']),
  jangka: z.enum(['pendek', 'menengah', 'panjang']),
  tahun: z.strictObject({ mulai: Int.min(1900).max(2200), selesai: Int.min(1900).max(2200) }),
  anggaran_indikatif: Rupiah.optional(),
  sumber_dana: SumberDana.optional(),
  indikator: z.array(IndikatorProgram).optional(),
  quickwin: Ref.optional(),
  ekstra: Ekstra.optional(),
});

export type ProgramInput = z.input<typeof Program>;
export type ProgramData = z.output<typeof Program>;
