/**
 * The shipped data files as the bundle holds them: every file a run reads, with what its schema gave
 * and the digest of its text; taken as it is while the file is unchanged, read again when it is not.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defaultStages } from '../status/stages.js';
import { PACKAGE_ROOT, readShipped, taxonomy } from './index.js';
import { shippedModule } from './ship.js';
import type { ShippedFile } from './shipped-data.js';

const sha1 = (name: string) => createHash('sha1').update(readFileSync(path.join(PACKAGE_ROOT, 'data', name), 'utf8')).digest('hex');

describe('the shipped data module', () => {
  it('holds every data file, with the digest of its text and what a run reads from it', async () => {
    const text = shippedModule();
    const { SHIPPED } = (await import(`data:text/javascript,${encodeURIComponent(text)}`)) as { SHIPPED: Record<string, ShippedFile> };
    const files = readdirSync(path.join(PACKAGE_ROOT, 'data')).filter((f) => f.endsWith('.yaml'));
    expect(Object.keys(SHIPPED).sort()).toEqual(files.sort());
    for (const name of files) expect(SHIPPED[name]?.sha1, name).toBe(sha1(name));
    expect(SHIPPED['tahap.yaml']?.data).toStrictEqual(defaultStages());
    expect(SHIPPED['dimensi.yaml']?.data).toStrictEqual(taxonomy().dimensi);
    expect(SHIPPED['istilah.yaml']?.data).toStrictEqual(taxonomy().istilah);
  });
});

describe('readShipped', () => {
  const schema = z.array(z.string()).min(1);

  it("takes the bundle's data while the file is unchanged", () => {
    const bundled = { 'dasar-hukum.yaml': { sha1: sha1('dasar-hukum.yaml'), data: ['dari bundel'] } };
    expect(readShipped('dasar-hukum.yaml', schema, bundled)).toEqual(['dari bundel']);
  });

  it('reads and checks a file that changed since the bundle, or one it does not hold', () => {
    const changed = { 'dasar-hukum.yaml': { sha1: '0'.repeat(40), data: ['dari bundel'] } };
    const read = readShipped('dasar-hukum.yaml', schema, changed);
    expect(read).toStrictEqual(taxonomy().dasarHukum);
    expect(readShipped('dasar-hukum.yaml', schema, {})).toStrictEqual(read);
    expect(() => readShipped('dasar-hukum.yaml', z.array(z.number()), changed)).toThrow();
  });
});
