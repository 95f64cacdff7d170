/**
 * Reference data shipped in the package's `data/` folder: dimensions and elements, readiness
 * pillars and aspects, default legal basis, default criteria, the indicator catalogue of the region's
 * profile and the shipped abbreviations. Read once, on first use.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseYamlValue } from '../load/yaml-lib.js';
import { DimensiSchema, ElemenSchema, KriteriaSchema, NaskahCatalogueSchema, RefSchema, TextSchema } from '../schema/index.js';
import { naskahCatalogue, type NaskahCatalogue } from './naskah.js';
import { SHIPPED, type ShippedFile } from './shipped-data.js';

export { expandKey, type NaskahCatalogue } from './naskah.js';

/**
 * The package root: the nearest folder above this module whose package.json is masterplan's. It is
 * found rather than assumed, so it is the same from `src/` under the tests and from the bundled
 * `dist/`, wherever in `dist/` this code lands.
 */
export const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(from: string): string {
  for (let dir = from; ; ) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown };
      if (manifest.name === 'masterplan') return dir;
    } catch {
      // No package.json here (or not one that parses): keep going up.
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`the package root of masterplan was not found above ${from}`);
    dir = parent;
  }
}

const DimensiFileSchema = z.array(
  z.strictObject({
    id: DimensiSchema,
    nama: TextSchema,
    sasaran: TextSchema,
    elemen: z.array(z.strictObject({ id: ElemenSchema, nama: TextSchema, deskripsi: TextSchema })).length(3),
  }),
).length(6);

const PilarFileSchema = z.array(
  z.strictObject({
    id: z.enum(['struktur', 'infrastruktur', 'suprastruktur']),
    nama: TextSchema,
    deskripsi: TextSchema,
    aspek: z.array(z.strictObject({ id: z.string(), nama: TextSchema, deskripsi: TextSchema })).length(3),
  }),
).length(3);

const IndikatorFileSchema = z.array(
  z.strictObject({ id: RefSchema, nama: TextSchema, satuan: TextSchema, naik_baik: z.boolean().optional() }),
).min(1);

const IstilahFileSchema = z.array(z.strictObject({ singkatan: TextSchema, kepanjangan: TextSchema })).min(1);

/** An indicator of the shipped catalogue (`data/indikator.yaml`): its name, unit and whether a higher value is better. */
export type IndikatorInfo = z.output<typeof IndikatorFileSchema>[number];
/** A shipped abbreviation (`data/istilah.yaml`). */
export type IstilahInfo = z.output<typeof IstilahFileSchema>[number];

export type DimensiInfo = z.output<typeof DimensiFileSchema>[number];
export type PilarInfo = z.output<typeof PilarFileSchema>[number];

export interface Taxonomy {
  readonly dimensi: readonly DimensiInfo[];
  readonly pilar: readonly PilarInfo[];
  readonly dasarHukum: readonly string[];
  readonly kriteria: ReadonlyArray<z.output<typeof KriteriaSchema>>;
  /** Element id → its dimension id. */
  readonly dimensiOfElemen: ReadonlyMap<string, string>;
  /** The indicator catalogue of the region's profile, by id. */
  readonly indikator: ReadonlyMap<string, IndikatorInfo>;
  /** Abbreviations the books use, for the list of abbreviations. */
  readonly istilah: readonly IstilahInfo[];
  /** The slots of authored text and the keys of generated tables and figures (data/naskah.yaml). */
  readonly naskah: NaskahCatalogue;
}

let cached: Taxonomy | undefined;

/** The shipped files read by this process, with what their schema gave (what the bundle keeps: ./ship.ts). */
export const SHIPPED_READ = new Map<string, ShippedFile>();

/**
 * A shipped data file (`data/<name>`), checked against its schema: as the bundle holds it while the
 * file is unchanged (read and checked when the program was bundled), else parsed and checked now.
 * @param name the file's name
 * @param schema its schema
 * @param bundled the files the bundle holds (by default the program's)
 * @returns its data
 */
export function readShipped<T>(name: string, schema: z.ZodType<T>, bundled: Readonly<Record<string, ShippedFile>> | undefined = SHIPPED): T {
  const text = readFileSync(path.join(PACKAGE_ROOT, 'data', name), 'utf8');
  const sha1 = createHash('sha1').update(text).digest('hex');
  const kept = bundled?.[name];
  if (kept?.sha1 === sha1) return kept.data as T;
  const data = schema.parse(parseYamlValue(text));
  SHIPPED_READ.set(name, { sha1, data });
  return data;
}

/**
 * The shipped reference data.
 * @returns the taxonomy (cached after the first call)
 */
export function taxonomy(): Taxonomy {
  if (cached !== undefined) return cached;
  const dimensi = readShipped('dimensi.yaml', DimensiFileSchema);
  const dimensiOfElemen = new Map<string, string>();
  for (const d of dimensi) for (const e of d.elemen) dimensiOfElemen.set(e.id, d.id);
  cached = {
    dimensi,
    pilar: readShipped('kesiapan.yaml', PilarFileSchema),
    dasarHukum: readShipped('dasar-hukum.yaml', z.array(TextSchema).min(1)),
    kriteria: readShipped('kriteria.yaml', z.array(KriteriaSchema).min(2)),
    dimensiOfElemen,
    indikator: new Map(readShipped('indikator.yaml', IndikatorFileSchema).map((i) => [i.id, i])),
    istilah: readShipped('istilah.yaml', IstilahFileSchema),
    naskah: naskahCatalogue(readShipped('naskah.yaml', NaskahCatalogueSchema)),
  };
  return cached;
}
