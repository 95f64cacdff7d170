/** Schema of `data/daerah.yaml` (docs/input.md): the region's area, administrative units, geography and indicators by year. */
import { z } from 'zod';
import { EkstraSchema, IntSchema, RefSchema, TextSchema } from './common.js';

/** One value of an indicator series. The year's plausibility is a rule (it depends on the period). */
export const TitikIndikatorSchema = z.strictObject({
  tahun: IntSchema.describe('Tahun data.'),
  nilai: z.number().describe('Nilai pada tahun itu (angka, tanpa satuan).'),
});

/** One indicator of the region's profile: an id from the shipped catalogue (or a new id with its name and unit). */
export const IndikatorDaerahSchema = z.strictObject({
  id: RefSchema.describe('Id indikator dari katalog bawaan (penduduk, kepadatan, ipm, pdrb, pdrb-per-kapita, pertumbuhan-ekonomi, kemiskinan, tpt, akses-internet …) atau id baru.'),
  nama: TextSchema.optional().describe('Nama indikator; wajib untuk id di luar katalog.'),
  satuan: TextSchema.optional().describe('Satuan, mis. "jiwa", "%", "juta rupiah"; wajib untuk id di luar katalog.'),
  data: z.array(TitikIndikatorSchema).min(1).describe('Nilai per tahun: [{tahun, nilai}], paling sedikit satu.'),
  sumber: TextSchema.describe('Sumber data, mis. "BPS Kota Tegal, Kota Tegal Dalam Angka 2023".'),
});

export const DaerahSchema = z.strictObject({
  luas_km2: z.number().positive().describe('Luas wilayah dalam km² (lebih dari 0).'),
  wilayah: z.strictObject({
    kecamatan: IntSchema.min(1).describe('Jumlah kecamatan (paling sedikit 1).'),
    kelurahan: IntSchema.min(0).optional().describe('Jumlah kelurahan.'),
    desa: IntSchema.min(0).optional().describe('Jumlah desa.'),
  }).describe('Satuan wilayah administrasi.'),
  geografi: TextSchema.optional().describe('Letak, batas wilayah, dan topografi.'),
  indikator: z.array(IndikatorDaerahSchema).min(1).describe('Indikator daerah per tahun dengan sumbernya.'),
  ekstra: EkstraSchema.optional().describe('Data tambahan bebas; tidak dibaca oleh masterplan.'),
});

export type DaerahInput = z.input<typeof DaerahSchema>;
export type DaerahData = z.output<typeof DaerahSchema>;
export type IndikatorDaerahData = z.output<typeof IndikatorDaerahSchema>;
