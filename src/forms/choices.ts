/**
 * The labels a form's dropdowns show for the closed lists of the input format, one per value, from
 * the same tables the books print (and, for dimensions and elements, the reference data). A form
 * shows "Smart Governance", never "governance"; reading it back maps the label to its value.
 */
import { FREKUENSI, JANGKA, JENIS_LAYANAN, JENIS_OPD, KATEGORI, PENGEMBANG, STATUS_APLIKASI, SUMBER_DANA } from '../report/labels.js';
import { taxonomy } from '../taxonomy/index.js';

/** Every labelled list, as value → label. */
function tables(): ReadonlyArray<ReadonlyMap<string, string>> {
  const t = taxonomy();
  return [
    new Map(t.dimensi.map((d) => [d.id, d.nama])),
    new Map(t.dimensi.flatMap((d) => d.elemen.map((e) => [e.id, e.nama] as const))),
    new Map(JENIS_OPD),
    new Map(STATUS_APLIKASI),
    new Map(Object.entries(PENGEMBANG)),
    new Map(Object.entries(FREKUENSI)),
    new Map(Object.entries(JENIS_LAYANAN)),
    new Map(Object.entries(SUMBER_DANA)),
    new Map(KATEGORI.map(([v, label]) => [v, label])),
    new Map(JANGKA.map(([v, label]) => [v, label])),
  ];
}

/**
 * The labels of a closed list, in the order of its values.
 * @param options the values, as the schema lists them
 * @returns one label per value (the value itself where no table names it)
 */
export function labelsOf(options: readonly string[]): string[] {
  const table = tables().find((t) => t.size === options.length && options.every((o) => t.has(o)));
  return options.map((o) => table?.get(o) ?? o);
}

/**
 * The elements of each dimension in the order of the reference data, with their labels: the
 * dependent dropdown of an element cell offers only the elements of the dimension chosen.
 * @returns per dimension, its label and its elements' labels
 */
export function elementsByDimension(): ReadonlyArray<{ readonly dimensi: string; readonly elemen: readonly string[] }> {
  return taxonomy().dimensi.map((d) => ({ dimensi: d.nama, elemen: d.elemen.map((e) => e.nama) }));
}
