/** Schema of `data/isu/<id>.yaml` (SPEC §3.3). */
import { z } from 'zod';
import { Dimensi, Ekstra, Ref, Tahun, Text } from './common.js';

const Titik = z.strictObject({ tahun: Tahun, nilai: z.union([z.number(), Text]) });

export const Isu = z.strictObject({
  judul: Text.describe('Judul isu strategis, mis. "Pemenuhan air bersih".'),
  deskripsi: Text.optional().describe('Uraian isu; wajib untuk buku final.'),
  dimensi: z.array(Dimensi).min(1).describe('Dimensi smart city yang terkait (paling sedikit satu).'),
  opd: z.array(Ref).optional().describe('OPD terkait (id berkas di data/opd). OPD pertama dianggap penanggung jawab deskripsi.'),
  sumber: Text.optional().describe('Sumber isu, mis. "RPJMD 2019–2024".'),
  indikator: z
    .array(
      z.strictObject({
        nama: Text,
        satuan: Text,
        baseline: Titik.optional(),
        target: Titik.optional(),
      }),
    )
    .optional().describe('Indikator dengan baseline dan target {tahun, nilai}.'),
  ekstra: Ekstra.optional().describe('Data tambahan bebas; tidak dibaca oleh masterplan.'),
});

export type IsuInput = z.input<typeof Isu>;
export type IsuData = z.output<typeof Isu>;
