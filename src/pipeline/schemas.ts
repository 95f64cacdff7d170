/** The JSON Schema of every input kind, derived from the zod schemas and written for editor completion. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { KINDS } from '../schema/index.js';
import { jsonSchema, schemaFileName } from '../schema/json-schema.js';
import { makeFolder } from '../write/folder.js';

/**
 * Writes `<kind>.schema.json` for every kind into a folder.
 * @param dir absolute folder
 * @returns the number of files written
 */
export async function writeSchemas(dir: string): Promise<number> {
  await makeFolder(dir);
  for (const kind of KINDS) {
    await writeFile(path.join(dir, schemaFileName(kind)), `${JSON.stringify(jsonSchema(kind), null, 2)}\n`);
  }
  return KINDS.length;
}
