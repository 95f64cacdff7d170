/** Schema of `data/opd/<id>.yaml` (SPEC §3.2). */
import { z } from 'zod';
import { Dimensi, Ekstra, Int, Rupiah, Tahun, Text } from './common.js';

const Count = Int.min(0);
const NonNegative = z.number().finite().min(0);

export const Opd = z.strictObject({
  nama: Text,
  singkatan: Text,
  jenis: z
    .enum(['sekretariat', 'dinas', 'badan', 'inspektorat', 'kecamatan', 'kelurahan', 'rsud', 'bumd', 'lainnya'])
    .optional(),
  kepala: z.strictObject({ nama: Text, jabatan: Text.optional() }).optional(),
  tupoksi: Text.optional(),
  kontak: z
    .strictObject({
      email: z.email({ error: 'format-email' }).optional(),
      telepon: Text.optional(),
      alamat: Text.optional(),
    })
    .optional(),
  sdm: z.strictObject({ asn: Count, non_asn: Count, tik: Count }).optional(),
  anggaran: z
    .array(
      z.strictObject({
        tahun: Tahun,
        pagu: Rupiah,
        realisasi: Rupiah.optional(),
        tik: Rupiah.optional(),
      }),
    )
    .optional(),
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
    .optional(),
  infrastruktur: z
    .strictObject({
      bandwidth_mbps: NonNegative.optional(),
      server: Count.optional(),
      komputer: Count.optional(),
      cctv: Count.optional(),
      pusat_data: z.boolean().optional(),
    })
    .optional(),
  data_set: z
    .array(
      z.strictObject({
        nama: Text,
        format: Text.optional(),
        frekuensi: z.enum(['harian', 'mingguan', 'bulanan', 'tahunan', 'insidental']).optional(),
        satu_data: z.boolean().optional(),
      }),
    )
    .optional(),
  layanan: z
    .array(z.strictObject({ nama: Text, jenis: z.enum(['daring', 'luring', 'hibrid']).optional() }))
    .optional(),
  permasalahan: z.array(Text).optional(),
  swot: z
    .strictObject({
      kekuatan: z.array(Text).optional(),
      kelemahan: z.array(Text).optional(),
      peluang: z.array(Text).optional(),
      ancaman: z.array(Text).optional(),
    })
    .optional(),
  ekstra: Ekstra.optional(),
});

export type OpdInput = z.input<typeof Opd>;
export type OpdData = z.output<typeof Opd>;
