/**
 * Data completeness of an OPD profile: which optional parts of the profile (docs/input.md) it has answered. The one
 * definition the status report, its checklist and the workbook all count with.
 */
import { z } from 'zod';
import { OpdSchema, type OpdData } from '../schema/index.js';

/**
 * The optional parts of an OPD profile, in schema order, taken from the zod schema: every key that
 * is not required, except the free `ekstra` map.
 */
export const COMPLETENESS_FIELDS: readonly ProfileSection[] = Object.entries(OpdSchema.shape)
  .filter(([key, schema]) => key !== 'ekstra' && schema instanceof z.ZodOptional)
  .map(([key]) => key as ProfileSection);

/** An optional section of an OPD profile. */
export type ProfileSection = Exclude<keyof OpdData, 'nama' | 'singkatan' | 'ekstra'>;

export interface Completeness {
  /** One entry per field of {@link COMPLETENESS_FIELDS}. */
  readonly fields: ReadonlyArray<{ readonly field: ProfileSection; readonly filled: boolean }>;
  readonly filled: number;
  readonly total: number;
  /** filled / total, 0..1. */
  readonly share: number;
}

/**
 * Which optional parts of a profile are filled. An explicit empty list counts as answered (the OPD
 * has said it has none), as docs/stages.md requires for `aplikasi`; an empty object does not (`kontak: {}`
 * says nothing), nor does an object whose parts are all empty lists (`swot: {kekuatan: []}`).
 * @param opd the OPD's data
 * @returns the per-field answers and the share filled
 */
export function opdCompleteness(opd: OpdData): Completeness {
  const fields = COMPLETENESS_FIELDS.map((field) => ({ field, filled: isAnswered(opd[field]) }));
  const filled = fields.filter((f) => f.filled).length;
  const total = fields.length;
  return { fields, filled, total, share: total === 0 ? 1 : filled / total };
}

function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return true;
  if (typeof value === 'object') return Object.values(value).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0));
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}
