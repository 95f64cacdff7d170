/** The loader reads a project held in memory exactly as it reads the folder on disk. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE } from '../../test/support/project.js';
import { memorySource, type MemoryFile } from './file-source.js';
import { loadProject, MAX_FILE_BYTES } from './index.js';

async function filesOf(root: string): Promise<Map<string, MemoryFile>> {
  const out = new Map<string, MemoryFile>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const abs = path.join(entry.parentPath, entry.name);
    out.set(path.relative(root, abs).split(path.sep).join('/'), { bytes: new Uint8Array(await readFile(abs)) });
  }
  return out;
}

const strip = (files: Awaited<ReturnType<typeof loadProject>>['files']) =>
  files.map((f) => ({ kind: f.kind, id: f.id, path: f.path, absolutePath: f.absolutePath, text: f.text, data: f.data }));

describe('file sources', () => {
  it('loads the example from memory as from the disk: same files, data and diagnostics', async () => {
    const disk = await loadProject(EXAMPLE);
    const memory = await loadProject(EXAMPLE, memorySource(await filesOf(EXAMPLE)));
    expect(disk.files.length).toBeGreaterThan(50);
    expect(strip(memory.files)).toEqual(strip(disk.files));
    expect(memory.diagnostics).toEqual(disk.diagnostics);
    expect(memory.hasConfig).toBe(true);
  });

  it('notes misplaced files, refuses oversized and binary ones, as on disk', async () => {
    const files = new Map<string, MemoryFile>([
      ['masterplan.yaml', { bytes: new TextEncoder().encode('daerah: {}\n') }],
      ['data/opd/Dinas Sosial.yaml', { bytes: new TextEncoder().encode('nama: x\n') }],
      ['data/opd/dinkes.yml', { bytes: new TextEncoder().encode('nama: x\n') }],
      ['data/opd/besar.yaml', { size: MAX_FILE_BYTES + 1 }],
      ['data/opd/biner.yaml', { bytes: new Uint8Array([0x6e, 0x00, 0x01]) }],
      ['data/catatan/x.yaml', { bytes: new TextEncoder().encode('a: 1\n') }],
    ]);
    const loaded = await loadProject('/proyek', memorySource(files));
    expect(loaded.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['load/unknown-file', 'data/catatan'],
      ['load/bad-file-name', 'data/opd/Dinas Sosial.yaml'],
      ['load/wrong-extension', 'data/opd/dinkes.yml'],
      ['load/too-large', 'data/opd/besar.yaml'],
      ['load/binary', 'data/opd/biner.yaml'],
    ]);
    expect(loaded.files.map((f) => f.path)).toEqual(['masterplan.yaml', 'data/opd/besar.yaml', 'data/opd/biner.yaml']);
  });
});
