/** Schema of `data/program/<id>.yaml` (SPEC §3.5). */
import { z } from 'zod';
import { Dimensi, Ekstra, Elemen, IndikatorProgram, Int, Ref, Rupiah, SumberDana, Text } from './common.js';

export const Program = z.strictObject({
  nama: Text.describe('Nama program.'),
  dimensi: Dimensi.describe('Dimensi smart city.'),
  elemen: Elemen.describe('Elemen; harus bagian dari dimensi.'),
  opd: Ref.describe('OPD penanggung jawab.'),
  isu: z.array(Ref).optional().describe('Isu strategis terkait.'),
  kategori: z.enum(['kebijakan', 'infrastruktur', 'aplikasi', 'literasi']).describe('Blok rencana aksi: kebijakan dan kelembagaan, infrastruktur pendukung, aplikasi, literasi.'),
  jangka: z.enum(['pendek', 'menengah', 'panjang']).describe('Jangka waktu: pendek (1 tahun), menengah (5 tahun), panjang (10 tahun).'),
  tahun: z.strictObject({ mulai: Int.min(1900).max(2200), selesai: Int.min(1900).max(2200) }).describe('Tahun mulai dan selesai, di dalam periode masterplan.'),
  anggaran_indikatif: Rupiah.optional().describe('Anggaran indikatif dalam rupiah utuh.'),
  sumber_dana: SumberDana.optional().describe('Sumber dana.'),
  indikator: z.array(IndikatorProgram).optional().describe('Indikator program.'),
  quickwin: Ref.optional().describe('Quick win yang dilanjutkan program ini.'),
  ekstra: Ekstra.optional().describe('Data tambahan bebas; tidak dibaca oleh masterplan.'),
});

export type ProgramInput = z.input<typeof Program>;
export type ProgramData = z.output<typeof Program>;
