/** Selection (docs/scoring.md): the best `pilihan.per_dimensi` eligible proposals of each dimension. */
import { DIMENSI_IDS, type DimensiId } from '../schema/common.js';
import type { DimensionSelection } from './types.js';

/** What selection needs to know of a proposal. */
export interface Selectable {
  readonly id: string;
  readonly dimensi: DimensiId;
  readonly eligible: boolean;
}

/** The selection and the dimensions left without one. */
export interface SelectionResult {
  readonly selected: ReadonlySet<string>;
  readonly selection: DimensionSelection[];
  /** Dimensions with no selected proposal; empty when `perDimensi` is 0 (nothing was asked for). */
  readonly without: DimensiId[];
}

/**
 * Selects per dimension, walking the proposals in ranking order.
 * @param ordered proposals, best first
 * @param perDimensi how many to select in each dimension
 * @returns selected ids, per-dimension summary in DIMENSI_IDS order, dimensions without selection
 */
export function selectPerDimension(ordered: readonly Selectable[], perDimensi: number): SelectionResult {
  const selected = new Set<string>();
  const selection = DIMENSI_IDS.map((dimensi) => {
    const inDimension = ordered.filter((p) => p.dimensi === dimensi);
    const eligible = inDimension.filter((p) => p.eligible);
    const chosen = eligible.slice(0, Math.max(0, perDimensi)).map((p) => p.id);
    for (const id of chosen) selected.add(id);
    return { dimensi, quickwins: inDimension.length, eligible: eligible.length, selected: chosen };
  });
  const without = perDimensi > 0 ? selection.filter((s) => s.selected.length === 0).map((s) => s.dimensi) : [];
  return { selected, selection, without };
}
