/** The part every book's view model shares: number, title, cover, foreword, region, draft state and chapter list. */
import type { Ctx } from './context.js';
import { daerahVM, pengantarVM, sampulVM, sistematika, type BabVM, type DaerahVM, type PengantarVM, type SampulVM } from './front.js';

/** Common fields of the four book view models. */
export interface BukuUmumVM {
  readonly nomor: number;
  /** "I" … "IV". */
  readonly romawi: string;
  /** "Analisis Strategis". */
  readonly judul: string;
  readonly sampul: SampulVM;
  readonly pengantar: PengantarVM;
  readonly daerah: DaerahVM;
  readonly draf: boolean;
  /** The bimtek stage of a draft, or null. */
  readonly tahap: number | null;
  readonly sistematika: readonly BabVM[];
}

/**
 * The common part of a book's view model.
 * @param ctx view-model context
 * @param nomor book number 1–4
 * @param judul the book's title
 * @param bab chapter titles and what each holds, for the "sistematika penulisan"
 * @returns the common fields
 */
export function bukuUmum(ctx: Ctx, nomor: number, judul: string, bab: ReadonlyArray<readonly [string, string]>): BukuUmumVM {
  return {
    nomor,
    romawi: ['I', 'II', 'III', 'IV'][nomor - 1] ?? String(nomor),
    judul,
    sampul: sampulVM(ctx, nomor, judul, ctx.options.logo === true),
    pengantar: pengantarVM(ctx),
    daerah: daerahVM(ctx),
    draf: ctx.options.draft,
    tahap: ctx.options.stage ?? null,
    sistematika: sistematika(bab),
  };
}
