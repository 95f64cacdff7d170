/** The committed JSON Schema files must match what the zod schemas export (drift test). */
import { describe, expect, it } from 'vitest';
import { KINDS } from './index.js';
import { jsonSchema, schemaFileName } from './json-schema.js';

describe('committed JSON Schema', () => {
  it.each(KINDS)('schema/%s.schema.json matches the zod schema', async (kind) => {
    await expect(`${JSON.stringify(jsonSchema(kind), null, 2)}\n`).toMatchFileSnapshot(`../../schema/${schemaFileName(kind)}`);
  });

  it('rejects unknown keys and documents enums', () => {
    const opd = jsonSchema('opd') as { additionalProperties?: unknown; properties: Record<string, { enum?: string[] }> };
    expect(opd.additionalProperties).toBe(false);
    expect(opd.properties['jenis']?.enum).toContain('kecamatan');
  });
});
