/** Schema of `data/isu/<id>.yaml` (docs/input.md). */
import { z } from 'zod';
import { DimensiSchema, EkstraSchema, RefSchema, TahunSchema, TextSchema } from './common.js';

const TitikSchema = z.strictObject({ tahun: TahunSchema, nilai: z.union([z.number(), TextSchema]) });

export const IsuSchema = z.strictObject({
  judul: TextSchema.describe('Judul isu strategis, mis. "Pemenuhan air bersih".'),
  deskripsi: TextSchema.optional().describe('Uraian isu; wajib untuk buku final.'),
  dimensi: z.array(DimensiSchema).min(1).describe('Dimensi smart city yang terkait (paling sedikit satu).'),
  opd: z.array(RefSchema).optional().describe('OPD terkait (id berkas di data/opd). OPD pertama dianggap penanggung jawab deskripsi.'),
  sumber: TextSchema.optional().describe('Sumber isu, mis. "RPJMD 2019–2024".'),
  indikator: z
    .array(
      z.strictObject({
        nama: TextSchema,
        satuan: TextSchema,
        baseline: TitikSchema.optional(),
        target: TitikSchema.optional(),
      }),
    )
    .optional().describe('Indikator dengan baseline dan target {tahun, nilai}.'),
  ekstra: EkstraSchema.optional().describe('Data tambahan bebas; tidak dibaca oleh masterplan.'),
});

export type IsuInput = z.input<typeof IsuSchema>;
export type IsuData = z.output<typeof IsuSchema>;
