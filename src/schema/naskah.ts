/**
 * Authored text (docs/naskah.md): the front matter of `naskah/<buku>/<slot>.md`, and the shape of the
 * shipped slot list `data/naskah.yaml` (slots, and the keys of the generated tables and figures).
 */
import { z } from 'zod';
import { EkstraSchema, ID_PATTERN, IntSchema, RefSchema, TextSchema } from './common.js';

/** The optional YAML front matter of a naskah file. */
export const NaskahFrontMatterSchema = z.strictObject({
  penulis: RefSchema.optional().describe('OPD yang menulis naskah ini (id berkas data/opd/<id>.yaml); status dan tanda tempat draf menyebutnya.'),
  catatan: TextSchema.optional().describe('Catatan penyunting; tidak pernah dicetak.'),
  ekstra: EkstraSchema.optional().describe('Data tambahan bebas; tidak dibaca oleh masterplan.'),
});

export type NaskahFrontMatter = z.output<typeof NaskahFrontMatterSchema>;

/** A slot id: `buku-<n>/<slug>`. */
export const SLOT_ID_PATTERN = /^buku-[1-4]\/[a-z0-9]+(-[a-z0-9]+)*$/;

/** The key of a numbered table or figure, as written after `{#` and in `[@tabel:…]`. */
export const KEY_PATTERN = ID_PATTERN;

/** The two kinds of numbered captions a naskah can refer to. */
export const REFERENCE_KINDS = ['tabel', 'gambar'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export const NaskahSlotSchema = z.strictObject({
  id: z.string().regex(SLOT_ID_PATTERN),
  buku: IntSchema.min(1).max(4),
  bagian: TextSchema,
  judul: TextSchema,
  tingkat: IntSchema.min(1).max(3),
  tahap: IntSchema.min(1).max(4),
  wajib: z.boolean(),
  panduan: TextSchema,
});

export const GeneratedKeySchema = z.strictObject({
  /** The key; `<dim>` stands for each of the six dimension ids. */
  kunci: z.string().regex(/^[a-z0-9]+(-([a-z0-9]+|<dim>))*$/),
  jenis: z.enum(REFERENCE_KINDS),
  buku: z.array(IntSchema.min(1).max(4)).min(1),
  isi: TextSchema,
});

export const NaskahCatalogueSchema = z.strictObject({
  slot: z.array(NaskahSlotSchema).min(1),
  kunci: z.array(GeneratedKeySchema),
});

export type NaskahSlot = z.output<typeof NaskahSlotSchema>;
export type GeneratedKey = z.output<typeof GeneratedKeySchema>;
export type NaskahCatalogueData = z.output<typeof NaskahCatalogueSchema>;
