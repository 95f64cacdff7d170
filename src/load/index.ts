/** The load stage: project folder → parsed source files and load diagnostics. */
import path from 'node:path';
import { diagnostic } from '../diagnostics/catalogue.js';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
import { discover, type Discovery, type FoundFile } from './discover.js';
import { diskSource, type FileSource } from './file-source.js';
import { loadNaskah, type NaskahSource } from './naskah.js';
import { projectParseCache, type ParseCache } from './parse-cache.js';
import { readQuickFiles } from './parse-pool.js';
import { parsedYaml, parseYaml } from './parse-yaml.js';
import { readQuickFile, type QuickFile } from './quick-file.js';
import { MAX_FILE_BYTES, type ReadProblem } from './read-text.js';
import { fileStart, type SourceFile } from './source-file.js';

export { CONFIG_FILE, discover, isValidId } from './discover.js';
export { diskSource, memorySource, type FileSource, type MemoryFile } from './file-source.js';
export { MAX_FILE_BYTES, openRegularFile, readText, type ReadProblem } from './read-text.js';
export { parseYaml } from './parse-yaml.js';
export { MAX_IMAGE_BYTES, MAX_NASKAH_BYTES, NASKAH_DIR, type ImageProblem, type NaskahImage, type NaskahSource } from './naskah.js';
export { resolvesInside, staysInside } from './paths.js';
export { locate, fileStart, type SourceFile, type YamlFile } from './source-file.js';

export interface LoadedProject {
  /** Absolute project folder. */
  readonly root: string;
  /** Every discovered input file; `data` is set on those that parsed cleanly. */
  readonly files: SourceFile[];
  /** Relative paths of filled forms in `forms/`. */
  readonly forms: string[];
  /** The authored text in `naskah/`, sorted by path. */
  readonly naskah: NaskahSource[];
  readonly hasConfig: boolean;
  readonly diagnostics: Diagnostic[];
}

/**
 * Loads every input file of a project folder.
 * @param root project folder (absolute or relative to the process)
 * @param source where the files are read from: by default the folder on disk; files held in memory
 *   (an earlier version of the project) are read as if they were in `root`
 * @param options `onFile` is called with each input file (by its index in `files`) as soon as it is
 *   loaded, in no particular order, so that a caller can work on a file while others are read
 * @returns parsed files and diagnostics
 */
export async function loadProject(
  root: string,
  source?: FileSource,
  options: { readonly onFile?: (index: number, file: SourceFile) => void } = {},
): Promise<LoadedProject> {
  const absRoot = path.resolve(root);
  const from = source ?? diskSource(absRoot);
  const found: Discovery = await discover(absRoot, from);
  const diagnostics: Diagnostic[] = [];
  for (const note of found.notes) {
    const code = note.kind === 'bad-file-name' ? 'load/bad-file-name'
      : note.kind === 'wrong-extension' ? 'load/wrong-extension'
      : note.kind === 'outside-project' ? 'load/outside-project' : 'load/unknown-file';
    diagnostics.push(diagnostic(code, fileStart(note.path), { name: note.name }));
  }
  let files: Array<{ file: SourceFile; diagnostics: Diagnostic[] }>;
  let naskah: { sources: NaskahSource[]; diagnostics: Diagnostic[] };
  if (source === undefined) {
    // Files on disk are read and parsed on more than one thread when there are many; this thread
    // reads the authored text first, while the workers start on the files.
    // What parsing gave in earlier runs, for the files that have not changed since.
    const cache = projectParseCache(absRoot);
    const authored = loadNaskah(absRoot, cache);
    files = await readFilesFromDisk(found.files, authored, options.onFile, cache);
    naskah = await authored;
  } else {
    files = await Promise.all(found.files.map((f) => loadFile(f, from)));
    files.forEach((f, i) => options.onFile?.(i, f.file));
    // An earlier version held in memory is its data alone: no authored text.
    naskah = { sources: [], diagnostics: [] };
  }
  for (const f of files) diagnostics.push(...f.diagnostics);
  diagnostics.push(...naskah.diagnostics);
  return { root: absRoot, files: files.map((f) => f.file), forms: found.forms, naskah: naskah.sources, hasConfig: found.hasConfig, diagnostics };
}

/**
 * Reads and parses one input file.
 * @param found the discovered file
 * @param source where it is read from (by default the disk, at its absolute path)
 * @returns the source file and its diagnostics
 */
export async function loadFile(found: FoundFile, source?: FileSource): Promise<{ file: SourceFile; diagnostics: Diagnostic[] }> {
  if (source === undefined) return fromQuickFile(found, readQuickFile(found.absolutePath));
  const read = await source.read(found.path);
  if (!read.ok) return unreadFile(found, read.problem);
  return parseYaml(found, read.text);
}

async function readFilesFromDisk(
  found: readonly FoundFile[],
  first: Promise<unknown>,
  onFile: ((index: number, file: SourceFile) => void) | undefined,
  cache: ParseCache | undefined,
): Promise<Array<{ file: SourceFile; diagnostics: Diagnostic[] }>> {
  const loaded: Array<{ file: SourceFile; diagnostics: Diagnostic[] }> = [];
  await readQuickFiles(found.map((f) => f.absolutePath), {
    first,
    ...(cache !== undefined ? { cache } : {}),
    onFile: (i, quick) => {
      const one = fromQuickFile(found[i] as FoundFile, quick);
      loaded[i] = one;
      onFile?.(i, one.file);
    },
  });
  return loaded;
}

/** The source file and diagnostics of a file read on its own (on this thread or another). */
function fromQuickFile(found: FoundFile, quick: QuickFile): { file: SourceFile; diagnostics: Diagnostic[] } {
  return 'problem' in quick ? unreadFile(found, quick.problem) : parsedYaml(found, quick.text, quick.data);
}

function unreadFile(found: FoundFile, problem: ReadProblem): { file: SourceFile; diagnostics: Diagnostic[] } {
  const file: SourceFile = { ...found, text: '' };
  return { file, diagnostics: [readProblemDiagnostic(found.path, problem)] };
}

/**
 * The diagnostic of a file that could not be read as text.
 * @param file the path diagnostics show
 * @param problem what went wrong
 * @param limit the size limit the file was read with
 * @returns the diagnostic, at the start of the file
 */
export function readProblemDiagnostic(file: string, problem: ReadProblem, limit = MAX_FILE_BYTES): Diagnostic {
  const start: Position = fileStart(file);
  switch (problem.kind) {
    case 'read-failed':
      return diagnostic('load/read-failed', start, { reason: problem.reason });
    case 'not-a-file':
      return diagnostic('load/not-a-file', start, { type: problem.type });
    case 'too-large':
      return diagnostic('load/too-large', start, { size: problem.size, limit });
    case 'empty':
      return diagnostic('load/empty', start);
    case 'binary':
      return diagnostic('load/binary', { file, line: problem.line, column: problem.column }, { offset: problem.offset });
    case 'encoding':
      return diagnostic('load/encoding', { file, line: problem.line, column: problem.column }, { encoding: problem.encoding });
  }
}

