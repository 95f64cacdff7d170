/** Finds the input files of a project folder (docs/input.md) and notes files that are in the wrong place. */
import path from 'node:path';
import { CONFIG_FILE } from './config-file.js';
import { ID_MAX_LENGTH, ID_PATTERN, ITEM_KINDS, type Kind } from '../schema/index.js';
import { diskSource, type FileSource } from './file-source.js';

export interface FoundFile {
  readonly kind: Kind;
  readonly path: string;
  readonly absolutePath: string;
  readonly id?: string;
}

export type DiscoveryNote =
  | { kind: 'bad-file-name'; path: string; name: string }
  | { kind: 'wrong-extension'; path: string; name: string }
  | { kind: 'unknown-file'; path: string; name: string }
  | { kind: 'outside-project'; path: string; name: string };

export interface Discovery {
  readonly root: string;
  readonly files: FoundFile[];
  /** Filled XLSX forms in `forms/`. */
  readonly forms: string[];
  readonly notes: DiscoveryNote[];
  readonly hasConfig: boolean;
}

/** The folder of the strategy files, one per dimension (`data/strategi/<dim>.yaml`). */
export const STRATEGI_DIR = 'strategi';

export { CONFIG_FILE } from './config-file.js';

/**
 * Whether a string is a valid id.
 * @param id candidate
 * @returns true for a lowercase slug of at most 64 characters
 */
export function isValidId(id: string): boolean {
  return id.length <= ID_MAX_LENGTH && ID_PATTERN.test(id);
}

/**
 * Lists the project's input files in a stable order.
 * @param root absolute project folder
 * @param source where the files are read from (by default the folder on disk)
 * @returns the files by kind and notes about misplaced files
 */
export async function discover(root: string, source: FileSource = diskSource(root)): Promise<Discovery> {
  const files: FoundFile[] = [];
  const notes: DiscoveryNote[] = [];
  const rel = (abs: string) => path.relative(root, abs).split(path.sep).join('/');
  // A link to outside the project is never read: it is noted and left out.
  const blocked = new Set<string>();
  const outside = async (file: string): Promise<boolean> => {
    if (blocked.has(file)) return true;
    if (!(await source.leavesProject(file))) return false;
    blocked.add(file);
    notes.push({ kind: 'outside-project', path: file, name: file });
    return true;
  };
  const listInside = async (dir: string) => {
    if (blocked.has(dir)) return [];
    const kept = [];
    for (const e of await source.list(dir)) if (e.isLink !== true || !(await outside(`${dir}/${e.name}`))) kept.push(e);
    return kept;
  };
  const configPath = path.join(root, CONFIG_FILE);
  const hasConfig = (await source.isFile(CONFIG_FILE)) && !(await outside(CONFIG_FILE));
  if (hasConfig) files.push({ kind: 'masterplan', path: CONFIG_FILE, absolutePath: configPath });

  const dataDir = path.join(root, 'data');
  // The folders a project reads from; a linked folder that leaves the project is not read at all.
  for (const dir of ['data', 'forms', 'templates', ...ITEM_KINDS.map((k) => `data/${k}`), 'templates/partials', 'templates/workbook']) {
    if (await source.isLink(dir)) await outside(dir);
  }
  const dataEntries = await listInside('data');
  for (const entry of dataEntries) {
    const abs = path.join(dataDir, entry.name);
    if (entry.isDirectory) {
      if ((ITEM_KINDS as readonly string[]).includes(entry.name) || entry.name === STRATEGI_DIR) continue;
      notes.push({ kind: 'unknown-file', path: rel(abs), name: `${entry.name}/` });
      continue;
    }
    if (entry.name === 'kesiapan.yaml') files.push({ kind: 'kesiapan', path: rel(abs), absolutePath: abs });
    else if (entry.name === 'swot.yaml') files.push({ kind: 'swot', path: rel(abs), absolutePath: abs });
    else if (entry.name === 'daerah.yaml') files.push({ kind: 'daerah', path: rel(abs), absolutePath: abs });
    else if (entry.name === 'kesiapan.yml' || entry.name === 'swot.yml' || entry.name === 'daerah.yml') {
      notes.push({ kind: 'wrong-extension', path: rel(abs), name: entry.name });
    } else if (!entry.name.startsWith('.')) notes.push({ kind: 'unknown-file', path: rel(abs), name: entry.name });
  }
  for (const kind of [...ITEM_KINDS, STRATEGI_DIR] as const) {
    const dir = path.join(dataDir, kind);
    for (const entry of await listInside(`data/${kind}`)) {
      const abs = path.join(dir, entry.name);
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory) {
        notes.push({ kind: 'unknown-file', path: rel(abs), name: `${entry.name}/` });
        continue;
      }
      const ext = path.extname(entry.name);
      const base = entry.name.slice(0, entry.name.length - ext.length);
      if (ext === '.yml' || ext === '.YAML' || ext === '.YML') {
        notes.push({ kind: 'wrong-extension', path: rel(abs), name: entry.name });
        continue;
      }
      if (ext !== '.yaml') {
        notes.push({ kind: 'unknown-file', path: rel(abs), name: entry.name });
        continue;
      }
      if (!isValidId(base)) {
        notes.push({ kind: 'bad-file-name', path: rel(abs), name: entry.name });
        continue;
      }
      files.push({ kind, id: base, path: rel(abs), absolutePath: abs });
    }
  }
  // Templates are read by the build; a link among them that leaves the project is noted here.
  for (const dir of ['templates', 'templates/partials', 'templates/workbook']) await listInside(dir);
  const forms = (await listInside('forms'))
    .filter((e) => !e.isDirectory && e.name.toLowerCase().endsWith('.xlsx') && !e.name.startsWith('~$'))
    .map((e) => rel(path.join(root, 'forms', e.name)));
  return { root, files, forms, notes, hasConfig };
}
