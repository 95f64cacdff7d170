/**
 * Why a quick win is not eligible (`syarat`, docs/scoring.md): each reason's code, the type of its
 * arguments and its short text in both languages, as the ranking lists it. The scoring stage
 * makes reasons as data (`{ code, args }`); the edge renders them.
 */
import type { ArgsOfText, Text } from '../../text/index.js';
import { textOf } from '../spec.js';

export const reasonTexts = {
  'not-scored': { id: 'belum dinilai', en: 'not scored yet' },
  'incomplete-scores': textOf<{ criteria: readonly string[] }>({
    id: (a, f) => `skor belum lengkap (${f.list(a.criteria)})`,
    en: (a, f) => `incomplete scores (${f.list(a.criteria)})`,
  }),
  'duration-over': textOf<{ durasi: number; max: number }>({
    id: (a) => `durasi ${a.durasi} bulan melebihi batas ${a.max} bulan`,
    en: (a) => `duration ${a.durasi} months exceeds the ${a.max}-month limit`,
  }),
  'budget-over': textOf<{ anggaran: number; max: number }>({
    id: (a, f) => `anggaran ${f.rupiah(a.anggaran)} melebihi batas ${f.rupiah(a.max)}`,
    en: (a, f) => `budget ${f.rupiah(a.anggaran)} exceeds the ${f.rupiah(a.max)} limit`,
  }),
  'no-issue': { id: 'tidak menjawab isu strategis (isu wajib)', en: 'answers no strategic issue (required)' },
} satisfies Record<string, Text<never>>;

/** Why a proposal is not eligible. */
export type ReasonCode = keyof typeof reasonTexts;

/** One reason: its code and the figures behind it. */
export type Reason = {
  [C in ReasonCode]: { readonly code: C; readonly args: ArgsOfText<(typeof reasonTexts)[C]> };
}[ReasonCode];
