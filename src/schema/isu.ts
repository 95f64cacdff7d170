/** Schema of `data/isu/<id>.yaml` (SPEC §3.3). */
import { z } from 'zod';
import { Dimensi, Ekstra, Ref, Tahun, Text } from './common.js';

const Titik = z.strictObject({ tahun: Tahun, nilai: z.union([z.number(), Text]) });

export const Isu = z.strictObject({
  judul: Text,
  deskripsi: Text.optional(),
  dimensi: z.array(Dimensi).min(1),
  opd: z.array(Ref).optional(),
  sumber: Text.optional(),
  indikator: z
    .array(
      z.strictObject({
        nama: Text,
        satuan: Text,
        baseline: Titik.optional(),
        target: Titik.optional(),
      }),
    )
    .optional(),
  ekstra: Ekstra.optional(),
});

export type IsuInput = z.input<typeof Isu>;
export type IsuData = z.output<typeof Isu>;
