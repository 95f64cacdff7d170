/** Shared field types of the input files (docs/input.md): text, int, rupiah, ym, ids, dimensions and elements. */
import { z } from 'zod';

/** An id: lowercase slug, at most 64 characters. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 64;

/** Non-empty text (whitespace alone does not count). */
export const TextSchema = z.string().regex(/\S/, { error: 'text-empty' });

/** An integer. */
export const IntSchema = z.number().int();

/** Whole rupiah, no separators: an integer ≥ 0. */
export const RupiahSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A year. */
export const TahunSchema = z.number().int().min(1900).max(2200);

/** A month, `"YYYY-MM"`. */
export const YearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'format-ym' });

/** A calendar date, `YYYY-MM-DD`. */
export const TanggalSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'format-date' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { error: 'format-date' });

/** A reference to another item by id. */
export const RefSchema = z.string().regex(ID_PATTERN, { error: 'format-id' }).max(ID_MAX_LENGTH);

/** The six dimension ids (docs/input.md); names and elements live in data/dimensi.yaml. */
export const DIMENSI_IDS = ['governance', 'branding', 'economy', 'living', 'society', 'environment'] as const;
export const DimensiSchema = z.enum(DIMENSI_IDS);
export type DimensiId = z.infer<typeof DimensiSchema>;

/** The 18 element ids (docs/input.md). Which dimension each belongs to is in data/dimensi.yaml. */
export const ELEMEN_IDS = [
  'pelayanan', 'birokrasi', 'kebijakan',
  'pariwisata', 'bisnis', 'wajah-kota',
  'industri', 'kesejahteraan', 'transaksi',
  'tata-ruang', 'transportasi', 'kesehatan',
  'komunitas', 'pembelajaran', 'keamanan',
  'perlindungan', 'sampah-limbah', 'energi',
] as const;
export const ElemenSchema = z.enum(ELEMEN_IDS);
export type ElemenId = z.infer<typeof ElemenSchema>;

/** Funding sources. */
export const SumberDanaSchema = z.enum(['APBD', 'APBN', 'DAK', 'CSR', 'swasta', 'hibah', 'lainnya']);

/** Pentahelix elements. */
export const UnsurSchema = z.enum(['pemerintah', 'akademisi', 'dunia-usaha', 'komunitas', 'media']);

/** A free map every kind accepts: anything the Tim wants to keep that the tool does not read. */
export const EkstraSchema = z.record(z.string(), z.unknown());

/** An indicator with optional baseline and a target (quick win and program). */
export const IndikatorProgramSchema = z.strictObject({
  nama: TextSchema,
  jenis: z.enum(['output', 'outcome']),
  satuan: TextSchema,
  baseline: z.union([z.number(), TextSchema]).optional(),
  target: z.union([z.number(), TextSchema]),
});
