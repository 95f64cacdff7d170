/**
 * The check phase of the pipeline: load → validate, with the files the configuration points at and,
 * on request, the filled forms in forms/. Reads as numbered phases.
 */
import { diagnostic } from '../diagnostics/catalogue.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { checkImage } from '../load/assets.js';
import { loadProject, locate, type FileSource, type LoadedProject } from '../load/index.js';
import { validateProject, type Validation } from '../validate/index.js';

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
  // 1. Read and parse every input file.
  const loaded = await loadProject(root, options.source);
  // 2. Shapes and cross-file rules.
  const validation = validateProject(loaded);
  const diagnostics: Diagnostic[] = [...validation.diagnostics];
  // 3. Files the configuration points at.
  const config = validation.project.config;
  const logo = config?.data.daerah.logo;
  if (config !== undefined && logo !== undefined && options.source === undefined) {
    const problem = await checkImage(loaded.root, logo);
    if (problem !== undefined) {
      diagnostics.push(diagnostic('rule/logo', locate(config.file, ['daerah', 'logo']), { path: logo, problem }, { path: 'daerah.logo' }));
    }
  }
  // 4. Filled forms in forms/, checked as if imported (exceljs loads only when there are forms).
  if (options.forms !== false && options.source === undefined && loaded.forms.length > 0) {
    const { checkForms } = await import('../forms/check.js');
    diagnostics.push(...(await checkForms(loaded.root, loaded.forms, validation.project, validation.diagnostics)));
  }
  return { loaded, project: validation.project, diagnostics: diagnostics.sort(compareDiagnostics) };
}
