/**
 * The example's `# yaml-language-server: $schema=…` lines keep working wherever the folder is
 * copied: like a project `init` writes, they point at the example's own `schema/` folder, and that
 * folder holds exactly what `masterplan schema` writes (a drift test).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/memory-env.js';
import { copyExample, EXAMPLE, tempDir } from './support/project.js';

/**
 * @param dir a folder
 * @returns every file below it, as paths relative to it with forward slashes
 */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();
}

/**
 * The input kind of a project file, from its place in the folder.
 * @param rel path relative to the project
 * @returns the kind whose schema the file should name
 */
function kindOf(rel: string): string {
  if (rel === 'masterplan.yaml') return 'masterplan';
  const parts = rel.split('/');
  return parts.length === 2 ? path.basename(rel, '.yaml') : (parts[1] ?? '');
}

describe('examples/kota-tegal $schema lines', () => {
  it('name, in every YAML file, the schema of its kind inside the example, also after the folder is copied', async () => {
    const copy = await copyExample();
    const yaml = (await filesUnder(copy)).filter((f) => f.endsWith('.yaml'));
    expect(yaml.length).toBeGreaterThan(60);
    for (const rel of yaml) {
      const first = (await readFile(path.join(copy, rel), 'utf8')).split('\n')[0] ?? '';
      const target = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)?.[1];
      expect(target, rel).toBeDefined();
      const resolved = path.resolve(path.dirname(path.join(copy, rel)), target ?? '');
      expect(path.relative(copy, resolved).split(path.sep).join('/'), rel).toBe(`schema/${kindOf(rel)}.schema.json`);
      expect((await stat(resolved)).isFile(), rel).toBe(true);
    }
  });

  it('point at schema files equal to what "masterplan schema" writes', async () => {
    const fresh = await tempDir();
    expect((await runCli(['schema', '--out', fresh])).code).toBe(0);
    const committed = path.join(EXAMPLE, 'schema');
    expect(await filesUnder(committed)).toEqual(await filesUnder(fresh));
    for (const file of await filesUnder(fresh)) {
      const hint = `examples/kota-tegal/schema/${file} is out of date: run "node bin/masterplan.js schema --out examples/kota-tegal/schema"`;
      expect(await readFile(path.join(committed, file), 'utf8'), hint).toBe(await readFile(path.join(fresh, file), 'utf8'));
    }
  });
});
