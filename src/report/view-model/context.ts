/** What every part of a view model reads: the model, the ranking, the build options and name lookups. */
import type { Model } from '../../model/index.js';
import type { Ranking } from '../../score/types.js';
import { namesOf, type Names } from '../names.js';
import type { ViewModelOptions } from './options.js';

/** The inputs of the view models, with the name lookups built once. */
export interface Ctx extends Names {
  readonly model: Model;
  readonly ranking: Ranking;
  readonly options: ViewModelOptions;
}

/**
 * Builds the shared context of the view models.
 * @param model the project model
 * @param ranking the quick-win ranking
 * @param options build options
 * @returns the context
 */
export function createCtx(model: Model, ranking: Ranking, options: ViewModelOptions): Ctx {
  return { model, ranking, options, ...namesOf(model) };
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
