/** Schema of `data/kesiapan.yaml` and `data/swot.yaml` (SPEC §3.6). */
import { z } from 'zod';
import { Ekstra, Int, Text } from './common.js';

export const Aspek = z.strictObject({
  skor: Int.min(1).max(5),
  catatan: Text.optional(),
  bukti: z.array(Text).optional(),
});

/** Every aspect is optional in the shape so a partial assessment still loads; completeness is a stage rule. */
export const Kesiapan = z.strictObject({
  struktur: z.strictObject({ sdm: Aspek.optional(), birokrasi: Aspek.optional(), anggaran: Aspek.optional() }).optional(),
  infrastruktur: z.strictObject({ fisik: Aspek.optional(), digital: Aspek.optional(), sosial: Aspek.optional() }).optional(),
  suprastruktur: z
    .strictObject({ kebijakan: Aspek.optional(), kelembagaan: Aspek.optional(), pelaksanaan: Aspek.optional() })
    .optional(),
  ekstra: Ekstra.optional(),
});

export const SwotEntry = z.strictObject({
  kekuatan: z.array(Text).default([]),
  kelemahan: z.array(Text).default([]),
  peluang: z.array(Text).default([]),
  ancaman: z.array(Text).default([]),
});

export const Swot = z.strictObject({
  governance: SwotEntry.optional(),
  branding: SwotEntry.optional(),
  economy: SwotEntry.optional(),
  living: SwotEntry.optional(),
  society: SwotEntry.optional(),
  environment: SwotEntry.optional(),
  ekstra: Ekstra.optional(),
});

export type KesiapanData = z.output<typeof Kesiapan>;
export type SwotData = z.output<typeof Swot>;
export type AspekData = z.output<typeof Aspek>;

