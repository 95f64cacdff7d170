/**
 * `new`: which file a kind and id stand for and its commented text, from the templates shipped in
 * `data/scaffold/new/`. Item kinds take an id (`data/<kind>/<id>.yaml`); `daerah` takes none
 * (`data/daerah.yaml`); `strategi` takes a dimension id (`data/strategi/<dim>.yaml`). Writes nothing.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isValidId } from '../load/index.js';
import { DIMENSI_IDS, ITEM_KINDS, type ItemKind } from '../schema/index.js';
import { PACKAGE_ROOT, taxonomy } from '../taxonomy/index.js';
import { newItemText } from './scaffold.js';

/** The kinds `new` writes. */
export const NEW_KINDS = [...ITEM_KINDS, 'daerah', 'strategi'] as const;

/** The region's profile has one fixed file. */
export const DAERAH_FILE = 'data/daerah.yaml';

/** The file to write, or why there is none. */
export type NewFilePlan =
  | { readonly kind: 'ok'; readonly rel: string; readonly text: string }
  | { readonly kind: 'unknown-kind'; readonly kinds: readonly string[] }
  | { readonly kind: 'missing-id' }
  | { readonly kind: 'no-id'; readonly path: string }
  | { readonly kind: 'invalid-id' }
  | { readonly kind: 'unknown-dimension'; readonly options: readonly string[] };

async function template(kind: string): Promise<string> {
  return readFile(path.join(PACKAGE_ROOT, 'data', 'scaffold', 'new', `${kind}.yaml`), 'utf8');
}

/**
 * The new file of a kind: its path relative to the project and its commented text.
 * @param kind opd | isu | quickwin | program | daerah | strategi
 * @param id the new id (a dimension id for strategi; none for daerah)
 * @returns the plan
 */
export async function planNewFile(kind: string, id: string | undefined): Promise<NewFilePlan> {
  if (!(NEW_KINDS as readonly string[]).includes(kind)) return { kind: 'unknown-kind', kinds: NEW_KINDS };
  if (kind === 'daerah') {
    if (id !== undefined) return { kind: 'no-id', path: DAERAH_FILE };
    return { kind: 'ok', rel: DAERAH_FILE, text: await template(kind) };
  }
  if (id === undefined) return { kind: 'missing-id' };
  if (kind === 'strategi') {
    const dim = taxonomy().dimensi.find((d) => d.id === id);
    if (dim === undefined) return { kind: 'unknown-dimension', options: DIMENSI_IDS };
    const elemen = dim.elemen
      .map((e) => `#   ${e.id}:${' '.repeat(Math.max(1, 33 - e.id.length))}# ${e.nama}\n#     kondisi: Kondisi saat ini.\n#     arah: Arah strategi.             # (wajib untuk setiap elemen yang ditulis)\n`)
      .join('');
    const text = (await template(kind)).replaceAll('__ID__', dim.id).replaceAll('__NAMA__', dim.nama).replace('__ELEMEN__', elemen);
    return { kind: 'ok', rel: `data/strategi/${dim.id}.yaml`, text };
  }
  if (!isValidId(id)) return { kind: 'invalid-id' };
  return { kind: 'ok', rel: `data/${kind}/${id}.yaml`, text: await newItemText(kind as ItemKind, id) };
}
