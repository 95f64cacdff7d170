/**
 * The shipped slot list `data/naskah.yaml`: every slot of authored text in the books, and the keys of
 * the generated tables and figures that authored text may refer to, expanded per book.
 */
import { DIMENSI_IDS, type GeneratedKey, type NaskahCatalogueData, type NaskahSlot, type ReferenceKind } from '../schema/index.js';

/** The slot list, looked up. */
export interface NaskahCatalogue {
  /** Every slot, in the order of the list (book by book, in book order). */
  readonly slots: readonly NaskahSlot[];
  readonly slotById: ReadonlyMap<string, NaskahSlot>;
  /** The generated keys as listed (with `<dim>` patterns). */
  readonly keys: readonly GeneratedKey[];
  /**
   * The generated keys each book may print, with `<dim>` expanded: book → kind → key → what it is.
   * A key is one of a book's only when that book prints the table or figure.
   */
  readonly keysOfBook: ReadonlyMap<number, Readonly<Record<ReferenceKind, ReadonlyMap<string, string>>>>;
}

/**
 * A generated key with its `<dim>` pattern expanded.
 * @param key the key as listed
 * @returns the concrete keys
 */
export function expandKey(key: string): string[] {
  return key.includes('<dim>') ? DIMENSI_IDS.map((d) => key.replace('<dim>', d)) : [key];
}

/**
 * Looks the parsed slot list up.
 * @param data `data/naskah.yaml`, parsed
 * @returns the catalogue
 */
export function naskahCatalogue(data: NaskahCatalogueData): NaskahCatalogue {
  const slotById = new Map(data.slot.map((s) => [s.id, s]));
  const keysOfBook = new Map<number, Record<ReferenceKind, Map<string, string>>>();
  for (const no of [1, 2, 3, 4]) keysOfBook.set(no, { tabel: new Map(), gambar: new Map() });
  for (const k of data.kunci) {
    for (const no of k.buku) for (const key of expandKey(k.kunci)) keysOfBook.get(no)?.[k.jenis].set(key, k.isi);
  }
  return { slots: data.slot, slotById, keys: data.kunci, keysOfBook };
}
