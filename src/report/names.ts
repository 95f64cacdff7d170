/** The names the views print for ids: of OPDs, dimensions, elements, strategic issues and quick wins. */
import type { Model } from '../model/index.js';

/** Lookups from an id to its name; each gives the id itself when unknown (which validation rules out). */
export interface Names {
  /** Full name of an OPD. */
  readonly opdNama: (id: string) => string;
  /** Abbreviation of an OPD. */
  readonly opdSingkatan: (id: string) => string;
  /** Dimension name, e.g. "Smart Governance". */
  readonly dimensiNama: (id: string) => string;
  /** Element name, e.g. "Pelayanan publik". */
  readonly elemenNama: (id: string) => string;
  /** Title of a strategic issue. */
  readonly isuJudul: (id: string) => string;
  /** Name of a quick win. */
  readonly quickwinNama: (id: string) => string;
}

/**
 * The name lookups of a model, built once.
 * @param model the project model
 * @returns the lookups
 */
export function namesOf(model: Model): Names {
  const elemen = new Map<string, string>();
  for (const d of model.dimensions) for (const e of d.info.elemen) elemen.set(e.id, e.nama);
  const dimensi = new Map<string, string>(model.dimensions.map((d) => [d.info.id, d.info.nama]));
  return {
    opdNama: (id) => model.opdById.get(id)?.data.nama ?? id,
    opdSingkatan: (id) => model.opdById.get(id)?.data.singkatan ?? id,
    dimensiNama: (id) => dimensi.get(id) ?? id,
    elemenNama: (id) => elemen.get(id) ?? id,
    isuJudul: (id) => model.isuById.get(id)?.data.judul ?? id,
    quickwinNama: (id) => model.quickwinById.get(id)?.data.nama ?? id,
  };
}
