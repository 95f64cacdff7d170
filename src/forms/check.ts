/** Checks the filled forms of a project (its `forms/` folder, or files given to `import`) as if each were imported. */
import path from 'node:path';
import { diagnostic } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { openRegularFile, readProblemDiagnostic } from '../load/index.js';
import type { ProjectData } from '../validate/index.js';
import { evaluateForm, findingKey, type FormOutcome } from './evaluate.js';
import { readForm } from './read-form.js';
import { ZIP_LIMITS } from './zip-guard.js';

/** One form file to check. */
export interface FormFile {
  /** Absolute path. */
  readonly absolutePath: string;
  /** Path shown in diagnostics (relative to the project, forward slashes). */
  readonly display: string;
}

export interface CheckedForm {
  readonly file: FormFile;
  /** Present when the form could be read and belongs to an OPD of this project. */
  readonly outcome?: FormOutcome;
  readonly diagnostics: Diagnostic[];
}

async function readBounded(abs: string, display: string): Promise<Uint8Array | { size: number } | { error: Diagnostic }> {
  // A named pipe or a folder is refused before it is opened, so reading never waits.
  const opened = await openRegularFile(abs);
  if (!opened.ok) return { error: readProblemDiagnostic(display, opened.problem) };
  const { handle, size } = opened;
  try {
    if (size > ZIP_LIMITS.fileBytes) return { size };
    const buf = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(buf, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buf.subarray(0, read);
  } finally {
    await handle.close();
  }
}

function formNameOpd(display: string): string | undefined {
  const m = /^form-([a-z0-9]+(?:-[a-z0-9]+)*)\.xlsx$/i.exec(path.posix.basename(display));
  return m ? (m[1] as string).toLowerCase() : undefined;
}

/**
 * Reads and evaluates each form against the project. Forms for the same OPD are reported.
 * @param project the validated project
 * @param files the forms
 * @param known diagnostics already reported on the project's files (not repeated on the forms)
 * @returns one result per form, in the order given
 */
export async function checkFormFiles(project: ProjectData, files: readonly FormFile[], known: readonly Diagnostic[] = []): Promise<CheckedForm[]> {
  const knownKeys = new Set(known.map(findingKey));
  const results: CheckedForm[] = [];
  const byOpd = new Map<string, string>();
  for (const file of files) {
    const start = { file: file.display, line: 1, column: 1 };
    const bytes = await readBounded(file.absolutePath, file.display);
    if ('error' in bytes) {
      results.push({ file, diagnostics: [bytes.error] });
      continue;
    }
    if ('size' in bytes) {
      results.push({ file, diagnostics: [diagnostic('xlsx/too-large', start, { size: bytes.size, limit: ZIP_LIMITS.fileBytes })] });
      continue;
    }
    const form = await readForm(bytes, file.display);
    const diagnostics = [...form.diagnostics];
    if (form.fatal || form.opdId === undefined) {
      results.push({ file, diagnostics });
      continue;
    }
    const opdId = form.opdId;
    const expected = project.config?.data.daerah.nama;
    if (expected !== undefined && form.daerah !== undefined && form.daerah !== '' && form.daerah !== expected) {
      diagnostics.push(diagnostic('xlsx/form-other-project', start, { found: form.daerah, expected }));
      results.push({ file, diagnostics });
      continue;
    }
    // A blank form for a new OPD creates its file; any other form must be for an OPD of the project.
    if (form.isNew !== true && !project.files.some((f) => f.kind === 'opd' && f.id === opdId)) {
      diagnostics.push(diagnostic('xlsx/form-unknown-opd', start, { opd: opdId }));
      results.push({ file, diagnostics });
      continue;
    }
    // A form returned under another OPD's name is not read: the two may have been swapped.
    const named = formNameOpd(file.display);
    if (named !== undefined && named !== opdId) {
      diagnostics.push(diagnostic('xlsx/form-name-mismatch', start, { named, opd: opdId }));
      results.push({ file, diagnostics });
      continue;
    }
    const extra: Diagnostic[] = [];
    const other = byOpd.get(opdId);
    if (other !== undefined) extra.push(diagnostic('xlsx/duplicate-form', start, { opd: opdId, other }));
    byOpd.set(opdId, file.display);
    // The outcome's diagnostics include the form's own (read) diagnostics.
    const outcome = evaluateForm(project, form, file.display, knownKeys);
    results.push({ file, outcome, diagnostics: [...extra, ...outcome.diagnostics] });
  }
  return results;
}

/**
 * The forms phase of validation: every form in the project's `forms/` folder, as if imported.
 * @param root absolute project folder
 * @param forms relative paths of the forms (from the loader)
 * @param project the validated project
 * @param known diagnostics already reported on the project's YAML files (not repeated on the forms)
 * @returns the diagnostics of all forms
 */
export async function checkForms(root: string, forms: readonly string[], project: ProjectData, known: readonly Diagnostic[] = []): Promise<Diagnostic[]> {
  const files = forms.map((rel) => ({ absolutePath: path.join(root, rel), display: rel }));
  return (await checkFormFiles(project, files, known)).flatMap((r) => r.diagnostics);
}
