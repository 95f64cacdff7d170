/**
 * The files `init` and `new` write: the shipped templates of `data/scaffold/`, with the parts that
 * come from the reference data (which elements belong to which dimension) filled in, so a template
 * never points at a file the user's project does not have.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ItemKind } from '../schema/index.js';
import { PACKAGE_ROOT, taxonomy } from '../taxonomy/index.js';
import { makeFolder } from '../write/folder.js';

/**
 * The comment lines listing the elements of each dimension, as `new quickwin` and `new program` show them.
 * @returns one comment line per dimension, aligned with the template
 */
export function elementLines(): string {
  return taxonomy().dimensi.map((d) => `#   ${`${d.id}:`.padEnd(13)} ${d.elemen.map((e) => e.id).join(', ')}`).join('\n');
}

/**
 * The text of a new item file.
 * @param kind the item kind
 * @param id the new id
 * @returns the file's text: every field commented or left empty, none answered
 */
export async function newItemText(kind: ItemKind, id: string): Promise<string> {
  const template = await readFile(path.join(PACKAGE_ROOT, 'data', 'scaffold', 'new', `${kind}.yaml`), 'utf8');
  return template.replaceAll('__ID__', id).replace('__ELEMEN__', elementLines());
}

/**
 * Makes a folder for `init` or `new`, one level at a time.
 * @param dir absolute folder
 * @throws UserError when the folder, or a folder above it, is a file
 */
export async function prepareFolder(dir: string): Promise<void> {
  await makeFolder(dir);
}
