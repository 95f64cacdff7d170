/** Display labels for ids and flags in the workbook: dimension and element names, OPD short names, Ya/Tidak. */
import type { Model } from '../../../model/index.js';

/**
 * A readable label for an enum id: `tidak-aktif` → `Tidak aktif`, `pihak-ketiga` → `Pihak ketiga`.
 * @param id the enum value
 * @returns the label
 */
export function humanise(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.length === 0 ? '' : words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Ya / Tidak for a flag; empty when unknown.
 * @param b the flag
 * @returns the label or null
 */
export function yesNo(b: boolean | undefined): string | null {
  return b === undefined ? null : b ? 'Ya' : 'Tidak';
}

/** Lookups from ids to the names printed in the workbook. */
export interface Labels {
  dimensi(id: string): string;
  elemen(id: string): string;
  opd(id: string): string;
  isu(id: string): string;
}

/**
 * Builds the label lookups of a model.
 * @param model the project model
 * @returns lookups that fall back to the id for unknown ids
 */
export function labelsOf(model: Model): Labels {
  const dim = new Map<string, string>();
  const el = new Map<string, string>();
  for (const g of model.dimensions) {
    dim.set(g.info.id, g.info.nama);
    for (const e of g.info.elemen) el.set(e.id, e.nama);
  }
  return {
    dimensi: (id) => dim.get(id) ?? id,
    elemen: (id) => el.get(id) ?? id,
    opd: (id) => model.opdById.get(id)?.data.singkatan ?? id,
    isu: (id) => model.isuById.get(id)?.data.judul ?? id,
  };
}
