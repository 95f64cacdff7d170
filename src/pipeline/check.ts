/**
 * The check phase of the pipeline: load → validate, with the files the configuration points at and,
 * on request, the filled forms in forms/. Reads as numbered phases.
 */
import path from 'node:path';
import { diagnostic } from '../diagnostics/catalogue.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { checkImage } from '../load/assets.js';
import { loadProject, locate, resolvesInside, staysInside, type FileSource, type LoadedProject, type SourceFile } from '../load/index.js';
import { checkShape, validateProject, type ShapeCheck, type Validation } from '../validate/index.js';
import { folderProblem } from '../write/folder.js';
import { scoringErrors } from './scoring.js';

export interface Checked extends Validation {
  readonly loaded: LoadedProject;
}

/**
 * Loads and validates a project folder.
 * @param root project folder
 * @param options `forms: false` skips the filled forms in forms/: the books, the ranking and the
 *   status come from the YAML files alone, so a returned form that is not imported yet neither
 *   blocks them nor costs the time of reading spreadsheets; `source` reads the files from elsewhere
 *   than the folder (an earlier version of the project held in memory), and then neither the forms
 *   nor the logo are read
 * @returns the loaded files, validated project and every diagnostic
 */
export async function loadAndValidate(root: string, options: { forms?: boolean; source?: FileSource } = {}): Promise<Checked> {
  // 1. Read and parse every input file, checking each one's shape as soon as it is read (while
  //    other threads may still be reading).
  const shapes: Array<ShapeCheck | undefined> = [];
  const onFile = (i: number, file: SourceFile): void => {
    if (file.data !== undefined) shapes[i] = checkShape(file);
  };
  const loaded = await loadProject(root, options.source, { onFile });
  // 2. Shapes and cross-file rules.
  const validation = validateProject(loaded, shapes);
  const diagnostics: Diagnostic[] = [...validation.diagnostics];
  // 3. Paths the configuration names: inside the project once links are followed, and the logo an image.
  const config = validation.project.config;
  let logoInside = true;
  // (Files held in memory, an earlier version of the project, have no links to follow.)
  if (config !== undefined && options.source === undefined) {
    for (const [at, value] of [[['keluaran', 'folder'], config.data.keluaran.folder], [['daerah', 'logo'], config.data.daerah.logo]] as const) {
      if (value === undefined || !staysInside(value) || (await resolvesInside(loaded.root, path.resolve(loaded.root, value)))) continue;
      if (at[1] === 'logo') logoInside = false;
      diagnostics.push(diagnostic('rule/path-outside', locate(config.file, at), { field: at.join('.'), path: value }, { path: at.join('.') }));
    }
  }
  // The output folder a build would write to must not be a file (nor lie below one).
  if (config !== undefined && options.source === undefined && staysInside(config.data.keluaran.folder)) {
    const problem = await folderProblem(path.resolve(loaded.root, config.data.keluaran.folder));
    if (problem !== undefined) {
      const file = path.relative(loaded.root, problem.file).split(path.sep).join('/');
      diagnostics.push(diagnostic('rule/output-not-folder', locate(config.file, ['keluaran', 'folder']), { path: config.data.keluaran.folder, file }, { path: 'keluaran.folder' }));
    }
  }
  const logo = config?.data.daerah.logo;
  if (config !== undefined && logo !== undefined && options.source === undefined && staysInside(logo) && logoInside) {
    const problem = await checkImage(loaded.root, logo);
    if (problem !== undefined) {
      diagnostics.push(diagnostic('rule/logo', locate(config.file, ['daerah', 'logo']), { path: logo, problem }, { path: 'daerah.logo' }));
    }
  }
  // 4. What the scoring would stop `score` and a build with (AHP consistency), reported here first.
  if (config !== undefined && !diagnostics.some((d) => d.severity === 'error' && d.file === config.file.path)) {
    diagnostics.push(...scoringErrors(validation.project));
  }
  // 5. Filled forms in forms/, checked as if imported (exceljs loads only when there are forms).
  if (options.forms !== false && options.source === undefined && loaded.forms.length > 0) {
    const { checkForms } = await import('../forms/check.js');
    diagnostics.push(...(await checkForms(loaded.root, loaded.forms, validation.project, validation.diagnostics)));
  }
  return { loaded, project: validation.project, diagnostics: diagnostics.sort(compareDiagnostics) };
}
