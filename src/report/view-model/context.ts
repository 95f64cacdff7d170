/** What every part of a view model reads: the model, the ranking, the build options and name lookups. */
import type { Model } from '../../model/index.js';
import type { Ranking } from '../../score/types.js';
import type { ViewModelOptions } from './options.js';

/** The inputs of the view models, with lookups resolved once. */
export interface Ctx {
  readonly model: Model;
  readonly ranking: Ranking;
  readonly options: ViewModelOptions;
  /** Full name of an OPD (the id itself when unknown, which validation rules out). */
  opdNama(id: string): string;
  /** Abbreviation of an OPD. */
  opdSingkatan(id: string): string;
  /** Dimension name, e.g. "Smart Governance". */
  dimensiNama(id: string): string;
  /** Element name, e.g. "Pelayanan publik". */
  elemenNama(id: string): string;
  /** Title of a strategic issue. */
  isuJudul(id: string): string;
  /** Name of a quick win. */
  quickwinNama(id: string): string;
}

/**
 * Builds the shared context of the view models.
 * @param model the project model
 * @param ranking the quick-win ranking
 * @param options build options
 * @returns the context
 */
export function createCtx(model: Model, ranking: Ranking, options: ViewModelOptions): Ctx {
  const elemen = new Map<string, string>();
  for (const d of model.dimensions) for (const e of d.info.elemen) elemen.set(e.id, e.nama);
  const dimensi = new Map<string, string>(model.dimensions.map((d) => [d.info.id, d.info.nama]));
  return {
    model,
    ranking,
    options,
    opdNama: (id) => model.opdById.get(id)?.data.nama ?? id,
    opdSingkatan: (id) => model.opdById.get(id)?.data.singkatan ?? id,
    dimensiNama: (id) => dimensi.get(id) ?? id,
    elemenNama: (id) => elemen.get(id) ?? id,
    isuJudul: (id) => model.isuById.get(id)?.data.judul ?? id,
    quickwinNama: (id) => model.quickwinById.get(id)?.data.nama ?? id,
  };
}

/**
 * Compares two strings the same way on every machine (code units, not the locale).
 * @param a first
 * @param b second
 * @returns negative, zero or positive
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Joins names the Indonesian way: "A", "A dan B", "A, B, dan C".
 * @param items the names
 * @returns the phrase ("" for none)
 */
export function daftarKata(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} dan ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, dan ${items[items.length - 1]}`;
}

/**
 * A share as a fraction, 0 when the whole is 0 (never NaN).
 * @param part the part
 * @param whole the whole
 * @returns part / whole, or 0
 */
export function bagian(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}
