/**
 * The import of filled forms: load → validate → read and check each form against the project, as
 * `validate` does → the YAML files they stand for, written only when no form has an error. An
 * existing file is replaced only when asked, and then its previous content is kept under
 * `.masterplan/backup/<time>/<same path>`.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { countSeverities, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { RecordChanges } from '../forms/changes.js';
import type { FormFile } from '../forms/check.js';
import { loadProject } from '../load/index.js';
import { validateProject } from '../validate/index.js';
import { writeAtomic } from '../write/atomic.js';
import { makeFolder } from '../write/folder.js';

export type { RecordChanges, RowChange } from '../forms/changes.js';

/** Folder, inside the project, where files replaced by `import --force` are kept. */
export const BACKUP_DIR = '.masterplan/backup';

/** What to import. */
export interface ImportRequest {
  /** Project folder (absolute). */
  readonly root: string;
  /** The filled forms. */
  readonly forms: readonly FormFile[];
  /** Replace existing files (keeping a backup of each). */
  readonly force: boolean;
  /** The time that names the backup folder. */
  readonly now: Date;
}

/** Progress of an import, in the order it happens. */
export type ImportEvent =
  /** Every form was read and checked; nothing is written yet. */
  | { readonly type: 'checked'; readonly diagnostics: readonly Diagnostic[] }
  /** A file was written: `rel` relative to the project, `backup` where its previous content went, and what changed. */
  | { readonly type: 'written'; readonly rel: string; readonly existed: boolean; readonly backup?: string; readonly changes: RecordChanges };

/** A file an import would change. */
export interface FileChange {
  readonly rel: string;
  readonly changes: RecordChanges;
}

/** How an import ended. */
export type ImportResult =
  /** A form has an error (reported with the `checked` event); nothing was written. */
  | { readonly kind: 'invalid' }
  /** These files exist and would change (as told), and replacing them was not asked for; nothing was written. */
  | { readonly kind: 'would-overwrite'; readonly files: readonly FileChange[] }
  /** Every file was written; these files the forms hold no change for. */
  | { readonly kind: 'imported'; readonly unchanged: readonly string[] };

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Imports filled forms into a project.
 * @param request the project, the forms, whether to replace existing files, and the time
 * @param onProgress receives the findings of the check and every file written
 * @returns how the import ended
 */
export async function importForms(request: ImportRequest, onProgress: (event: ImportEvent) => void = () => undefined): Promise<ImportResult> {
  const { root } = request;
  // 1. Read and check every form against the project, exactly as `validate` does.
  const loaded = await loadProject(root);
  const { project } = validateProject(loaded);
  const { planImport } = await import('../forms/import.js');
  const plan = await planImport(project, request.forms);
  onProgress({ type: 'checked', diagnostics: plan.diagnostics });
  if (countSeverities(plan.diagnostics).errors > 0) return { kind: 'invalid' };

  // 2. Never overwrite silently.
  const targets = await Promise.all(plan.writes.map(async (w) => ({ ...w, abs: path.join(root, w.rel), exists: await exists(path.join(root, w.rel)) })));
  const existing = targets.filter((t) => t.exists);
  if (existing.length > 0 && !request.force) return { kind: 'would-overwrite', files: existing.map((t) => ({ rel: t.rel, changes: t.changes })) };

  // 3. Back up what is replaced, then write each file atomically.
  const stamp = request.now.toISOString().replace(/[:.]/g, '-');
  for (const t of targets) {
    await makeFolder(path.dirname(t.abs));
    let backup: string | undefined;
    if (t.exists) {
      const abs = path.join(root, BACKUP_DIR, stamp, t.rel);
      await makeFolder(path.dirname(abs));
      await writeAtomic(abs, await readFile(t.abs));
      backup = toPosix(path.relative(root, abs));
    }
    await writeAtomic(t.abs, t.text);
    onProgress({ type: 'written', rel: t.rel, existed: t.exists, changes: t.changes, ...(backup !== undefined ? { backup } : {}) });
  }
  return { kind: 'imported', unchanged: plan.unchanged };
}
