/** Plans `masterplan import`: which YAML files the returned forms produce, and their new text. Writes nothing. */
import path from 'node:path';
import { countSeverities, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ProjectData } from '../validate/index.js';
import { recordChanges, type RecordChanges } from './changes.js';
import { checkFormFiles, type FormFile } from './check.js';
import { FORM_SHEETS } from './definition.js';
import { isRaw } from './form-input.js';
import { IMPORT_NOTE, newYaml, updateYaml } from './yaml-out.js';

/** One file the import would write. */
export interface PlannedWrite {
  /** Path relative to the project, e.g. `data/opd/dinkes.yaml`. */
  readonly rel: string;
  readonly text: string;
  /** The file's current text, when it exists. */
  readonly previous?: string;
  /** The form it comes from (as displayed). */
  readonly form: string;
  /** What the write changes: fields, and rows added, changed or removed. */
  readonly changes: RecordChanges;
}

/** The OPD's tables of rows (applications, budget years …), whose changes are told row by row. */
const TABLES = new Set(FORM_SHEETS.flatMap((s) => (s.kind === 'table' && s.target.kind === 'opd-list' ? [s.target.key] : [])));

export interface ImportPlan {
  /** Files whose text changes (new or different), in a stable order. */
  readonly writes: PlannedWrite[];
  /** Files the forms hold no change for. */
  readonly unchanged: string[];
  /** Every diagnostic of the forms; when one is an error, `writes` is empty. */
  readonly diagnostics: Diagnostic[];
}

/**
 * The schema comment line for a new file of a kind: copied from a sibling file when there is one
 * (it has the right relative path), else pointing at the project's `schema/` folder.
 * @param project the project
 * @param kind item kind
 * @returns the first line of the new file
 */
export function schemaLineFor(project: ProjectData, kind: string): string {
  for (const f of project.files) {
    if (f.kind !== kind) continue;
    const first = f.text.split('\n', 1)[0] ?? '';
    if (first.startsWith('# yaml-language-server: $schema=')) return first;
  }
  return `# yaml-language-server: $schema=../../schema/${kind}.schema.json`;
}

/**
 * Reads, checks and converts forms into the YAML files they stand for.
 * @param project the validated project the forms are imported into
 * @param files the forms
 * @returns the plan; it has no writes when any form has an error
 */
export async function planImport(project: ProjectData, files: readonly FormFile[]): Promise<ImportPlan> {
  const checked = await checkFormFiles(project, files);
  const diagnostics = checked.flatMap((c) => c.diagnostics);
  if (countSeverities(diagnostics).errors > 0 || checked.some((c) => c.outcome === undefined)) {
    return { writes: [], unchanged: [], diagnostics };
  }
  const writes: PlannedWrite[] = [];
  const unchanged: string[] = [];
  for (const c of checked) {
    const outcome = c.outcome;
    if (outcome === undefined) continue;
    const note = `${IMPORT_NOTE} ${path.basename(c.file.display)} (OPD ${outcome.opdId}).`;
    for (const r of outcome.records) {
      const rel = `data/${r.kind}/${r.id}.yaml`;
      const before = r.source !== undefined && isRaw(r.source.data) ? r.source.data : undefined;
      const changes = recordChanges(before, r.data, r.kind === 'opd' ? TABLES : new Set());
      if (r.source !== undefined && r.source.text !== '') {
        const text = updateYaml(r.source.text, r.data, note);
        if (text === r.source.text) unchanged.push(rel);
        else writes.push({ rel, text, previous: r.source.text, form: c.file.display, changes });
      } else {
        writes.push({ rel, text: newYaml(schemaLineFor(project, r.kind), r.data, note), form: c.file.display, changes });
      }
    }
  }
  return { writes, unchanged, diagnostics };
}
