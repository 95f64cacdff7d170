/** Schema of `data/opd/<id>.yaml` (docs/input.md). */
import { z } from 'zod';
import { DimensiSchema, EkstraSchema, IntSchema, RupiahSchema, TahunSchema, TextSchema } from './common.js';

const Count = IntSchema.min(0);
const NonNegativeSchema = z.number().min(0);

export const OpdSchema = z.strictObject({
  nama: TextSchema.describe('Nama lengkap OPD, mis. "Dinas Komunikasi dan Informatika".'),
  singkatan: TextSchema.describe('Singkatan resmi, mis. "Diskominfo".'),
  jenis: z
    .enum(['sekretariat', 'dinas', 'badan', 'inspektorat', 'kecamatan', 'kelurahan', 'rsud', 'bumd', 'lainnya'])
    .optional().describe('Jenis perangkat daerah.'),
  kepala: z.strictObject({ nama: TextSchema, jabatan: TextSchema.optional() }).optional().describe('Kepala OPD: nama dan jabatan.'),
  tupoksi: TextSchema.optional().describe('Tugas pokok dan fungsi OPD.'),
  kontak: z
    .strictObject({
      email: z.email({ error: 'format-email' }).optional(),
      telepon: TextSchema.optional(),
      alamat: TextSchema.optional(),
    })
    .optional().describe('Kontak OPD; email harus alamat yang sah.'),
  sdm: z.strictObject({ asn: Count, non_asn: Count, tik: Count }).optional().describe('Jumlah pegawai ASN, non-ASN, dan SDM TIK (tik tidak melebihi asn + non_asn). Wajib untuk tahap 1.'),
  anggaran: z
    .array(
      z.strictObject({
        tahun: TahunSchema,
        pagu: RupiahSchema,
        realisasi: RupiahSchema.optional(),
        tik: RupiahSchema.optional(),
      }),
    )
    .optional().describe('Anggaran per tahun dalam rupiah utuh: pagu, realisasi, dan belanja TIK. Satu entri per tahun.'),
  aplikasi: z
    .array(
      z.strictObject({
        nama: TextSchema,
        fungsi: TextSchema.optional(),
        dimensi: DimensiSchema.optional(),
        status: z.enum(['aktif', 'pengembangan', 'tidak-aktif']),
        tahun: TahunSchema.optional(),
        tautan: z.url({ protocol: /^https?$/, error: 'format-url' }).optional(),
        terintegrasi: z.boolean().optional(),
        pengembang: z.enum(['internal', 'pihak-ketiga', 'pusat']).optional(),
      }),
    )
    .optional().describe('Aplikasi yang dimiliki OPD. Wajib untuk tahap 1; tulis [] bila tidak ada.'),
  infrastruktur: z
    .strictObject({
      bandwidth_mbps: NonNegativeSchema.optional(),
      server: Count.optional(),
      komputer: Count.optional(),
      cctv: Count.optional(),
      pusat_data: z.boolean().optional(),
    })
    .optional().describe('Infrastruktur TIK: bandwidth (Mbps), jumlah server, komputer, CCTV, dan pusat data.'),
  data_set: z
    .array(
      z.strictObject({
        nama: TextSchema,
        format: TextSchema.optional(),
        frekuensi: z.enum(['harian', 'mingguan', 'bulanan', 'tahunan', 'insidental']).optional(),
        satu_data: z.boolean().optional(),
      }),
    )
    .optional().describe('Data set yang dikelola OPD.'),
  layanan: z
    .array(z.strictObject({ nama: TextSchema, jenis: z.enum(['daring', 'luring', 'hibrid']).optional() }))
    .optional().describe('Layanan publik OPD.'),
  permasalahan: z.array(TextSchema).optional().describe('Permasalahan yang dihadapi OPD.'),
  swot: z
    .strictObject({
      kekuatan: z.array(TextSchema).optional(),
      kelemahan: z.array(TextSchema).optional(),
      peluang: z.array(TextSchema).optional(),
      ancaman: z.array(TextSchema).optional(),
    })
    .optional().describe('Analisis SWOT OPD.'),
  ekstra: EkstraSchema.optional().describe('Data tambahan bebas; tidak dibaca oleh masterplan.'),
});

export type OpdInput = z.input<typeof OpdSchema>;
export type OpdData = z.output<typeof OpdSchema>;
