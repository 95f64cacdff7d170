/** Schema of `data/strategi/<dim>.yaml` (docs/input.md): a dimension's goal, targets, TOWS strategies and the state and direction of its elements. */
import { z } from 'zod';
import { EkstraSchema, IntSchema, RefSchema, TextSchema } from './common.js';

/** The four TOWS strategies: strengths–opportunities, weaknesses–opportunities, strengths–threats, weaknesses–threats. */
export const TOWS_JENIS = ['so', 'wo', 'st', 'wt'] as const;

export const SasaranIndikatorSchema = z.strictObject({
  nama: TextSchema.describe('Nama indikator.'),
  satuan: TextSchema.describe('Satuan, mis. "%", "aplikasi", "indeks".'),
  baseline: z.strictObject({ tahun: IntSchema, nilai: z.number() }).optional().describe('Kondisi awal {tahun, nilai}.'),
  target: z.strictObject({
    pendek: z.number().optional().describe('Target jangka pendek (1 tahun).'),
    menengah: z.number().optional().describe('Target jangka menengah (5 tahun).'),
    panjang: z.number().optional().describe('Target jangka panjang (10 tahun).'),
  }).describe('Target pada 1, 5, dan 10 tahun (angka); paling sedikit satu.'),
});

export const StrategiSchema = z.strictObject({
  tujuan: TextSchema.describe('Tujuan smart city pada dimensi ini.'),
  sasaran: z
    .array(z.strictObject({
      nama: TextSchema.describe('Sasaran.'),
      indikator: z.array(SasaranIndikatorSchema).min(1).describe('Indikator sasaran dengan kondisi awal dan target.'),
    }))
    .optional().describe('Sasaran dengan indikator dan target 1, 5, dan 10 tahun.'),
  tows: z
    .array(z.strictObject({
      jenis: z.enum(TOWS_JENIS).describe('so | wo | st | wt'),
      uraian: TextSchema.describe('Strategi.'),
    }))
    .optional().describe('Strategi TOWS yang diturunkan dari analisis SWOT dimensi.'),
  elemen: z
    .record(RefSchema, z.strictObject({
      kondisi: TextSchema.optional().describe('Kondisi elemen saat ini.'),
      arah: TextSchema.describe('Arah strategi elemen.'),
    }))
    .optional().describe('Per elemen dimensi ini (id elemen): kondisi saat ini dan arah strategi.'),
  ekstra: EkstraSchema.optional().describe('Data tambahan bebas; tidak dibaca oleh masterplan.'),
});

export type StrategiInput = z.input<typeof StrategiSchema>;
export type StrategiData = z.output<typeof StrategiSchema>;
export type TowsJenis = (typeof TOWS_JENIS)[number];
