/**
 * Where the loader reads a project's files from: the folder on disk, or files held in memory (the
 * project at an earlier git revision, or a snapshot kept by `build`). Both go through the same
 * discovery, size limit and decoding, so an earlier version is read exactly as the present one.
 */
import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { resolvesInside } from './paths.js';
import { decodeText, MAX_FILE_BYTES, readText, type ReadResult } from './read-text.js';

/** One entry of a folder. */
export interface SourceEntry {
  readonly name: string;
  readonly isDirectory: boolean;
  /** A symbolic link (only a folder on disk has them). */
  readonly isLink?: boolean;
}

/** The files of one project, addressed by paths relative to the project folder (forward slashes, '' is the folder itself). */
export interface FileSource {
  /**
   * The entries of a folder, sorted by name.
   * @param dir folder relative to the project
   * @returns the entries; none when the folder does not exist
   */
  list(dir: string): Promise<SourceEntry[]>;
  /**
   * Whether a path is a regular file.
   * @param file path relative to the project
   */
  isFile(file: string): Promise<boolean>;
  /**
   * Whether a path is a symbolic link.
   * @param file path relative to the project
   */
  isLink(file: string): Promise<boolean>;
  /**
   * Whether a path, once its links are followed, lies outside the project (then it is never read).
   * @param file path relative to the project
   */
  leavesProject(file: string): Promise<boolean>;
  /**
   * Reads a file as text, never more than the size limit.
   * @param file path relative to the project
   * @returns the text or the problem found
   */
  read(file: string): Promise<ReadResult>;
}

const byName = (a: SourceEntry, b: SourceEntry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The project folder on disk.
 * @param root absolute project folder
 * @returns the source
 */
export function diskSource(root: string): FileSource {
  const abs = (rel: string) => path.join(root, ...rel.split('/').filter(Boolean));
  return {
    async list(dir) {
      try {
        const entries = await readdir(abs(dir), { withFileTypes: true });
        return entries.map((e) => ({ name: e.name, isDirectory: e.isDirectory(), isLink: e.isSymbolicLink() })).sort(byName);
      } catch {
        return [];
      }
    },
    async isFile(file) {
      try {
        return (await stat(abs(file))).isFile();
      } catch {
        return false;
      }
    },
    async isLink(file) {
      try {
        return (await lstat(abs(file))).isSymbolicLink();
      } catch {
        return false;
      }
    },
    async leavesProject(file) {
      return !(await resolvesInside(root, abs(file)));
    },
    read: (file) => readText(abs(file)),
  };
}

/** A file held in memory: its bytes, or only its size when it is over the limit and was not fetched. */
export type MemoryFile = { readonly bytes: Uint8Array } | { readonly size: number };

/**
 * Files held in memory, keyed by their path relative to the project.
 * @param files contents by relative path (forward slashes)
 * @returns the source
 */
export function memorySource(files: ReadonlyMap<string, MemoryFile>): FileSource {
  return {
    list(dir) {
      const prefix = dir === '' ? '' : `${dir.replace(/\/+$/, '')}/`;
      const seen = new Map<string, boolean>();
      for (const key of files.keys()) {
        if (!key.startsWith(prefix)) continue;
        const rest = key.slice(prefix.length);
        const slash = rest.indexOf('/');
        const name = slash === -1 ? rest : rest.slice(0, slash);
        if (name !== '') seen.set(name, (seen.get(name) ?? false) || slash !== -1);
      }
      return Promise.resolve([...seen].map(([name, isDirectory]) => ({ name, isDirectory })).sort(byName));
    },
    isFile(file) {
      return Promise.resolve(files.has(file));
    },
    // Files held in memory have no links, and every one of them belongs to the project.
    isLink: () => Promise.resolve(false),
    leavesProject: () => Promise.resolve(false),
    read(file) {
      const entry = files.get(file);
      if (entry === undefined) return Promise.resolve({ ok: false, problem: { kind: 'read-failed', reason: 'ENOENT' } });
      if ('size' in entry) return Promise.resolve({ ok: false, problem: { kind: 'too-large', size: entry.size } });
      if (entry.bytes.length > MAX_FILE_BYTES) return Promise.resolve({ ok: false, problem: { kind: 'too-large', size: entry.bytes.length } });
      return Promise.resolve(decodeText(entry.bytes));
    },
  };
}
