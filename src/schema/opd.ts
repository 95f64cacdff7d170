/** Schema of `data/opd/<id>.yaml` (SPEC §3.2). */
import { z } from 'zod';
import { Dimensi, Ekstra, Int, Rupiah, Tahun, Text } from './common.js';

const Count = Int.min(0);
const NonNegative = z.number().finite().min(0);

export const Opd = z.strictObject({
  nama: Text.describe('Nama lengkap OPD, mis. "Dinas Komunikasi dan Informatika".'),
  singkatan: Text.describe('Singkatan resmi, mis. "Diskominfo".'),
  jenis: z
    .enum(['sekretariat', 'dinas', 'badan', 'inspektorat', 'kecamatan', 'kelurahan', 'rsud', 'bumd', 'lainnya'])
    .optional().describe('Jenis perangkat daerah.'),
  kepala: z.strictObject({ nama: Text, jabatan: Text.optional() }).optional().describe('Kepala OPD: nama dan jabatan.'),
  tupoksi: Text.optional().describe('Tugas pokok dan fungsi OPD.'),
  kontak: z
    .strictObject({
      email: z.email({ error: 'format-email' }).optional(),
      telepon: Text.optional(),
      alamat: Text.optional(),
    })
    .optional().describe('Kontak OPD; email harus alamat yang sah.'),
  sdm: z.strictObject({ asn: Count, non_asn: Count, tik: Count }).optional().describe('Jumlah pegawai ASN, non-ASN, dan SDM TIK (tik tidak melebihi asn + non_asn). Wajib untuk tahap 1.'),
  anggaran: z
    .array(
      z.strictObject({
        tahun: Tahun,
        pagu: Rupiah,
        realisasi: Rupiah.optional(),
        tik: Rupiah.optional(),
      }),
    )
    .optional().describe('Anggaran per tahun dalam rupiah utuh: pagu, realisasi, dan belanja TIK. Satu entri per tahun.'),
  aplikasi: z
    .array(
      z.strictObject({
        nama: Text,
        fungsi: Text.optional(),
        dimensi: Dimensi.optional(),
        status: z.enum(['aktif', 'pengembangan', 'tidak-aktif']),
        tahun: Tahun.optional(),
        tautan: z.url({ protocol: /^https?$/, error: 'format-url' }).optional(),
        terintegrasi: z.boolean().optional(),
        pengembang: z.enum(['internal', 'pihak-ketiga', 'pusat']).optional(),
      }),
    )
    .optional().describe('Aplikasi yang dimiliki OPD. Wajib untuk tahap 1; tulis [] bila tidak ada.'),
  infrastruktur: z
    .strictObject({
      bandwidth_mbps: NonNegative.optional(),
      server: Count.optional(),
      komputer: Count.optional(),
      cctv: Count.optional(),
      pusat_data: z.boolean().optional(),
    })
    .optional().describe('Infrastruktur TIK: bandwidth (Mbps), jumlah server, komputer, CCTV, dan pusat data.'),
  data_set: z
    .array(
      z.strictObject({
        nama: Text,
        format: Text.optional(),
        frekuensi: z.enum(['harian', 'mingguan', 'bulanan', 'tahunan', 'insidental']).optional(),
        satu_data: z.boolean().optional(),
      }),
    )
    .optional().describe('Data set yang dikelola OPD.'),
  layanan: z
    .array(z.strictObject({ nama: Text, jenis: z.enum(['daring', 'luring', 'hibrid']).optional() }))
    .optional().describe('Layanan publik OPD.'),
  permasalahan: z.array(Text).optional().describe('Permasalahan yang dihadapi OPD.'),
  swot: z
    .strictObject({
      kekuatan: z.array(Text).optional(),
      kelemahan: z.array(Text).optional(),
      peluang: z.array(Text).optional(),
      ancaman: z.array(Text).optional(),
    })
    .optional().describe('Analisis SWOT OPD.'),
  ekstra: Ekstra.optional().describe('Data tambahan bebas; tidak dibaca oleh masterplan.'),
});

export type OpdInput = z.input<typeof Opd>;
export type OpdData = z.output<typeof Opd>;
