/**
 * The view models of the four books: pure functions of the model, the ranking and the build options
 * that do all sorting, grouping, counting and label choices, so the templates only print.
 */
import type { Model } from '../../model/index.js';
import type { Ranking } from '../../score/types.js';
import { buku1VM, type Buku1VM } from './buku-1.js';
import { buku2VM, type Buku2VM } from './buku-2.js';
import { buku3VM, type Buku3VM } from './buku-3.js';
import { buku4VM, type Buku4VM } from './buku-4.js';
import { createCtx } from './context.js';
import type { ViewModelOptions } from './options.js';

export type { Buku1VM } from './buku-1.js';
export type { Buku2VM } from './buku-2.js';
export type { Buku3VM } from './buku-3.js';
export type { Buku4VM } from './buku-4.js';
export type { BukuUmumVM } from './umum.js';
export type { KesiapanVM, PilarVM, AspekVM } from './kesiapan.js';
export type { SebaranVM } from './dimensi.js';
export type { PetaJalanVM, PetaJalanBatangVM, PetaJalanGambarVM } from './peta-jalan.js';
export type { TitikPrioritasVM } from './terpilih.js';
export type { Isian, Kosong, Stage, ViewModelOptions } from './options.js';
export { buku1VM, buku2VM, buku3VM, buku4VM, createCtx };

/** A book number. */
export type BookNo = 1 | 2 | 3 | 4;

/** The view model of each book by number. */
export interface BookViewModels {
  1: Buku1VM;
  2: Buku2VM;
  3: Buku3VM;
  4: Buku4VM;
}

/**
 * Builds the view model of one book.
 * @param model the project model
 * @param ranking the quick-win ranking (with a sensitivity analysis, for the books to show it)
 * @param bookNo which book
 * @param options draft or final, the bimtek stage, the build date, whether a logo is supplied
 * @returns a plain object the book's template prints
 */
export function buildViewModel<N extends BookNo>(model: Model, ranking: Ranking, bookNo: N, options: ViewModelOptions): BookViewModels[N] {
  const ctx = createCtx(model, ranking, options);
  const builders: { [K in BookNo]: () => BookViewModels[K] } = {
    1: () => buku1VM(ctx),
    2: () => buku2VM(ctx),
    3: () => buku3VM(ctx),
    4: () => buku4VM(ctx),
  };
  return builders[bookNo]();
}
