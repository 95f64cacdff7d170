/** Schema of `data/kesiapan.yaml` and `data/swot.yaml` (docs/input.md). */
import { z } from 'zod';
import { EkstraSchema, IntSchema, TextSchema } from './common.js';

export const AspekSchema = z.strictObject({
  skor: IntSchema.min(1).max(5),
  catatan: TextSchema.optional(),
  bukti: z.array(TextSchema).optional(),
});

/** Every aspect is optional in the shape so a partial assessment still loads; completeness is a stage rule. */
export const KesiapanSchema = z.strictObject({
  struktur: z.strictObject({ sdm: AspekSchema.optional(), birokrasi: AspekSchema.optional(), anggaran: AspekSchema.optional() }).optional(),
  infrastruktur: z.strictObject({ fisik: AspekSchema.optional(), digital: AspekSchema.optional(), sosial: AspekSchema.optional() }).optional(),
  suprastruktur: z
    .strictObject({ kebijakan: AspekSchema.optional(), kelembagaan: AspekSchema.optional(), pelaksanaan: AspekSchema.optional() })
    .optional(),
  ekstra: EkstraSchema.optional(),
});

export const SwotEntrySchema = z.strictObject({
  kekuatan: z.array(TextSchema).default([]),
  kelemahan: z.array(TextSchema).default([]),
  peluang: z.array(TextSchema).default([]),
  ancaman: z.array(TextSchema).default([]),
});

export const SwotSchema = z.strictObject({
  governance: SwotEntrySchema.optional(),
  branding: SwotEntrySchema.optional(),
  economy: SwotEntrySchema.optional(),
  living: SwotEntrySchema.optional(),
  society: SwotEntrySchema.optional(),
  environment: SwotEntrySchema.optional(),
  ekstra: EkstraSchema.optional(),
});

export type KesiapanData = z.output<typeof KesiapanSchema>;
export type SwotData = z.output<typeof SwotSchema>;
export type AspekData = z.output<typeof AspekSchema>;

