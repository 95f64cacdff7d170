/** Schema of `data/program/<id>.yaml` (docs/input.md). */
import { z } from 'zod';
import { DimensiSchema, EkstraSchema, ElemenSchema, IndikatorProgramSchema, IntSchema, RefSchema, RupiahSchema, SumberDanaSchema, TahunSchema, TextSchema } from './common.js';

/** One activity of a program in a year (docs/input.md). */
export const KegiatanSchema = z.strictObject({
  nama: TextSchema.describe('Nama kegiatan.'),
  tahun: TahunSchema.describe('Tahun pelaksanaan, di dalam tahun program.'),
  target: TextSchema.optional().describe('Target keluaran, mis. "20 kelurahan terhubung".'),
  anggaran: RupiahSchema.optional().describe('Anggaran kegiatan dalam rupiah utuh.'),
});

export const ProgramSchema = z.strictObject({
  nama: TextSchema.describe('Nama program.'),
  dimensi: DimensiSchema.describe('Dimensi smart city.'),
  elemen: ElemenSchema.describe('Elemen; harus bagian dari dimensi.'),
  opd: RefSchema.describe('OPD penanggung jawab.'),
  isu: z.array(RefSchema).optional().describe('Isu strategis terkait.'),
  kategori: z.enum(['kebijakan', 'infrastruktur', 'aplikasi', 'literasi']).describe('Blok rencana aksi: kebijakan dan kelembagaan, infrastruktur pendukung, aplikasi, literasi.'),
  jangka: z.enum(['pendek', 'menengah', 'panjang']).describe('Jangka waktu: pendek (1 tahun), menengah (5 tahun), panjang (10 tahun).'),
  tahun: z.strictObject({ mulai: IntSchema.min(1900).max(2200), selesai: IntSchema.min(1900).max(2200) }).describe('Tahun mulai dan selesai, di dalam periode masterplan.'),
  anggaran_indikatif: RupiahSchema.optional().describe('Anggaran indikatif dalam rupiah utuh.'),
  sumber_dana: SumberDanaSchema.optional().describe('Sumber dana.'),
  indikator: z.array(IndikatorProgramSchema).optional().describe('Indikator program.'),
  quickwin: RefSchema.optional().describe('Quick win yang dilanjutkan program ini.'),
  kegiatan: z
    .array(KegiatanSchema)
    .optional().describe('Kegiatan per tahun (rencana aksi); tahun di dalam tahun program.'),
  ekstra: EkstraSchema.optional().describe('Data tambahan bebas; tidak dibaca oleh masterplan.'),
});

export type ProgramInput = z.input<typeof ProgramSchema>;
export type ProgramData = z.output<typeof ProgramSchema>;
export type KegiatanData = z.output<typeof KegiatanSchema>;
