/**
 * The data-collection forms: load → validate → one pre-filled XLSX form per OPD, each written
 * atomically.
 */
import path from 'node:path';
import { isValidId, loadProject, resolvesInside, staysInside } from '../load/index.js';
import { validateProject } from '../validate/index.js';
import { suggest } from '../validate/suggest.js';
import { writeAtomic } from '../write/atomic.js';
import { folderProblem, makeFolder, type FolderProblem } from '../write/folder.js';

/** What to make. */
export interface FormsRequest {
  /** Project folder (absolute). */
  readonly root: string;
  /** The OPD ids, or every OPD of the project. */
  readonly opd: readonly string[] | 'all';
  /** Output folder (absolute); by default `<keluaran.folder>/formulir` in the project. */
  readonly out?: string;
  /** The date stamped into the forms. */
  readonly date: Date;
}

/** How making the forms ended. */
export type FormsResult =
  /** masterplan.yaml is missing or invalid. */
  | { readonly kind: 'no-config' }
  /** Not an id (nothing was written). */
  | { readonly kind: 'invalid-id'; readonly id: string }
  /** An OPD id the project does not have but names a known one closely (a typo; nothing was written). */
  | { readonly kind: 'unknown-opd'; readonly id: string; readonly hint: string }
  /** `keluaran.folder` points outside the project (and no --out was given); nothing was written. */
  | { readonly kind: 'output-outside'; readonly folder: string }
  /** The output folder is a file, or lies below one; nothing was written. */
  | { readonly kind: 'unusable-output'; readonly problem: FolderProblem }
  /** An OPD file that cannot be read; the forms before it were written. */
  | { readonly kind: 'unreadable'; readonly id: string }
  /** Every form was written. */
  | { readonly kind: 'written'; readonly files: readonly string[] };

/**
 * Writes `form-<opd>.xlsx` for the requested OPDs.
 * @param request the project, the OPDs, the output folder and the date
 * @param onWritten called with each form's path once it is written
 * @returns the files written, or why not
 */
export async function makeForms(request: FormsRequest, onWritten: (file: string) => void = () => undefined): Promise<FormsResult> {
  const { root } = request;
  // 1. Load and validate: the forms are pre-filled from the YAML files.
  const loaded = await loadProject(root);
  const { project } = validateProject(loaded);
  const config = project.config;
  if (config === undefined) return { kind: 'no-config' };
  // 2. Every requested OPD must exist before anything is written.
  // An id close to a known one is most likely a typo; any other new id gets a blank form.
  const known = loaded.files.filter((f) => f.kind === 'opd' && f.id !== undefined).map((f) => f.id as string);
  const wanted = request.opd === 'all' ? known : request.opd;
  for (const id of wanted) {
    if (known.includes(id)) continue;
    if (!isValidId(id)) return { kind: 'invalid-id', id };
    const hint = suggest(id, known);
    if (hint !== undefined) return { kind: 'unknown-opd', id, hint };
  }
  // 3. One form per OPD, each written atomically.
  // A folder from the configuration stays inside the project; --out may point anywhere.
  const configured = config.data.keluaran.folder;
  if (request.out === undefined && (!staysInside(configured) || !(await resolvesInside(root, path.join(root, configured))))) {
    return { kind: 'output-outside', folder: configured };
  }
  const outDir = request.out ?? path.join(root, configured, 'formulir');
  const unusable = await folderProblem(outDir);
  if (unusable !== undefined) return { kind: 'unusable-output', problem: unusable };
  await makeFolder(outDir);
  const { formInput } = await import('../forms/form-input.js');
  const { opdForm } = await import('../report/form/index.js');
  const { writeXlsx } = await import('../write/xlsx/index.js');
  const files: string[] = [];
  for (const id of wanted) {
    const input = formInput(project, id, { isNew: !known.includes(id) });
    if (input === undefined) return { kind: 'unreadable', id };
    const file = path.join(outDir, `form-${id}.xlsx`);
    await writeAtomic(file, await writeXlsx(opdForm(input, { date: request.date }), { date: request.date }));
    files.push(file);
    onWritten(file);
  }
  return { kind: 'written', files };
}
