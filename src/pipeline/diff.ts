/**
 * The diff: the project now, checked and analysed → the version to compare with, found in git (a
 * revision, the last commit before a date or a bimtek) or among the snapshots `build` keeps →
 * that version read into memory and run through the same load, validation, model and scoring →
 * the two compared → the change notes in words. Never checks anything out over the work tree.
 */
import { diagnostic } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compareProjects, type DiffSide, type ProjectDiff, type SideFile } from '../diff/index.js';
import { UserError } from '../errors.js';
import { fileStart, memorySource, type MemoryFile } from '../load/index.js';
import { firstCommit, gitRepoOf, lastCommitBefore, projectFilesAt, renamesSince, resolveRevision, type Commit, type GitRepo } from '../load/git.js';
import { listSnapshots, readSnapshot, type SnapshotRef } from '../load/snapshot.js';
import { catatanPerubahan, type CatatanPerubahanVM, type SinceView } from '../report/perubahan/index.js';
import { defaultStage, stagesOf, statusReport } from '../status/index.js';
import type { ProjectData } from '../validate/index.js';
import { checkAndAnalyse, type Analysed } from './analyse.js';

/** What `--since` asks for. */
export type SinceSpec =
  | { readonly kind: 'revision'; readonly rev: string }
  | { readonly kind: 'date'; readonly date: string }
  | { readonly kind: 'tahap'; readonly tahap: number };

/**
 * Reads a `--since` value: `tahap:N`, a date `YYYY-MM-DD`, else a git revision.
 * @param value the flag's text
 * @returns what it asks for
 * @throws UserError (`diff/bad-since`) for an impossible date, a stage outside 1–4 or an empty value
 */
export function parseSince(value: string): SinceSpec {
  const text = value.trim();
  const tahap = /^tahap:(\d+)$/i.exec(text);
  if (tahap !== null) {
    const n = Number(tahap[1]);
    if (n < 1 || n > 4) throw new UserError('diff/bad-since', { value });
    return { kind: 'tahap', tahap: n };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const d = new Date(`${text}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text) throw new UserError('diff/bad-since', { value });
    return { kind: 'date', date: text };
  }
  if (text === '' || text.startsWith('-') || /\s/.test(text)) throw new UserError('diff/bad-since', { value });
  return { kind: 'revision', rev: text };
}

/** The version compared with, as found. */
export interface SinceResolved extends SinceView {
  /** The full commit id (git). */
  readonly sha?: string;
  /** The snapshot file, relative to the project (snapshot). */
  readonly snapshot?: string;
}

/** What to compare. */
export interface DiffRequest {
  readonly root: string;
  readonly since: SinceSpec;
  /** The stage whose requirements the completeness counts; by default the next bimtek, else 4. */
  readonly stage?: number;
  /** Today, for the default stage. */
  readonly today: Date;
}

/** A comparison made, whole or in part. */
export interface DiffReport {
  readonly since: SinceResolved;
  readonly diff: ProjectDiff;
  /** The files of the earlier and of the present version. */
  readonly old: readonly SideFile[];
  readonly now: readonly SideFile[];
  readonly stage: number;
  /** The name of the region (from the present configuration, else the earlier one). */
  readonly daerah: string;
  /** Errors of the present project (the comparison is then partial). */
  readonly errors: readonly Diagnostic[];
  /** What the comparison says about itself: unreadable snapshots, a version that does not validate. */
  readonly diagnostics: readonly Diagnostic[];
  /** Errors found in each version, when it does not validate. */
  readonly invalid: { readonly old?: number; readonly now?: number };
  /** Whether part of the comparison could not be made. */
  readonly partial: boolean;
  /** The comparison in the words of the books (the *Catatan Perubahan*). */
  readonly words: CatatanPerubahanVM;
}

/** How a diff request ended. */
export type DiffResult = { readonly kind: 'not-a-project' } | { readonly kind: 'report'; readonly report: DiffReport };

/** The earlier version, found: its files and where they came from. */
interface Found {
  readonly since: SinceResolved;
  readonly files: Map<string, MemoryFile>;
  readonly commit?: Commit;
  readonly diagnostics: Diagnostic[];
}

/** Local midnight at the start of a date: "before 16 July" means before that day begins where the Tim works. */
function startOfDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** A moment's local date, `YYYY-MM-DD`. */
function localDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The latest readable snapshot taken before a moment; unreadable ones are skipped with a warning. */
async function snapshotBefore(root: string, snapshots: readonly SnapshotRef[], before: Date, diagnostics: Diagnostic[]): Promise<{ ref: SnapshotRef; files: Map<string, MemoryFile> } | undefined> {
  for (const ref of [...snapshots].reverse()) {
    if (ref.created.getTime() >= before.getTime()) continue;
    const read = await readSnapshot(root, ref);
    if (read.ok) return { ref, files: read.files };
    diagnostics.push(diagnostic('diff/snapshot-unreadable', fileStart(ref.file), { problem: read.problem }));
  }
  return undefined;
}

function fromCommit(commit: Commit, spec: SinceSpec, asked: string | undefined): SinceResolved {
  return {
    source: 'git',
    ref: commit.short,
    sha: commit.sha,
    date: commit.date.slice(0, 10),
    ...(asked !== undefined ? { asked } : {}),
    ...(spec.kind === 'tahap' ? { tahap: spec.tahap } : {}),
  };
}

/** Finds the version a `--since` names. */
async function findSince(root: string, spec: SinceSpec, project: ProjectData): Promise<Found> {
  const diagnostics: Diagnostic[] = [];
  const repo: GitRepo | undefined = await gitRepoOf(root);
  if (spec.kind === 'revision') {
    if (repo === undefined) throw new UserError('diff/revision-needs-git', { rev: spec.rev, dir: root });
    const commit = await resolveRevision(repo, spec.rev);
    if (commit === undefined) throw new UserError('diff/unknown-revision', { rev: spec.rev });
    return { since: fromCommit(commit, spec, undefined), files: await projectFilesAt(repo, commit), commit, diagnostics };
  }
  let date: string;
  if (spec.kind === 'tahap') {
    const config = project.config?.data;
    if (config === undefined) throw new UserError('diff/tahap-needs-config');
    const bimtek = (config.bimtek ?? []).find((b) => b.tahap === spec.tahap);
    if (bimtek === undefined) throw new UserError('diff/no-bimtek', { tahap: spec.tahap, known: [...new Set((config.bimtek ?? []).map((b) => b.tahap))].sort() });
    date = bimtek.tanggal;
  } else date = spec.date;
  const before = startOfDay(date);
  const snapshotSince = (ref: SnapshotRef): SinceResolved => ({
    source: 'snapshot',
    snapshot: ref.file,
    date: localDate(ref.created),
    asked: date,
    ...(spec.kind === 'tahap' ? { tahap: spec.tahap } : {}),
  });
  if (repo !== undefined) {
    const commit = await lastCommitBefore(repo, before);
    if (commit !== undefined) return { since: fromCommit(commit, spec, date), files: await projectFilesAt(repo, commit), commit, diagnostics };
    // No commit is that old: a snapshot taken before the date serves, when there is one.
    const snap = await snapshotBefore(root, await listSnapshots(root), before, diagnostics);
    if (snap !== undefined) return { since: snapshotSince(snap.ref), files: snap.files, diagnostics };
    const first = await firstCommit(repo);
    throw new UserError('diff/before-first-commit', { date, ...(first !== undefined ? { first: first.date.slice(0, 10) } : {}) });
  }
  const snapshots = await listSnapshots(root);
  if (snapshots.length === 0) throw new UserError('diff/no-history', { dir: root });
  const snap = await snapshotBefore(root, snapshots, before, diagnostics);
  if (snap === undefined) {
    const oldest = snapshots[0] as SnapshotRef;
    throw new UserError('diff/no-snapshot-before', { date, first: localDate(oldest.created) });
  }
  return { since: snapshotSince(snap.ref), files: snap.files, diagnostics };
}

/** One version as the comparison needs it: its files with their validated data, its analysis and completeness. */
function sideOf(analysed: Analysed, stage: number): DiffSide {
  const { project, loaded } = analysed.checked;
  const data = new Map<string, unknown>();
  for (const single of [project.config, project.kesiapan, project.swot, project.daerah]) if (single !== undefined) data.set(single.file.path, single.data);
  for (const item of [...project.opd, ...project.isu, ...project.quickwin, ...project.program, ...project.strategi]) data.set(item.file.path, item.data);
  const files: SideFile[] = loaded.files.map((f) => ({
    path: f.path,
    kind: f.kind,
    ...(f.id !== undefined ? { id: f.id } : {}),
    text: f.text,
    ...(data.has(f.path) ? { data: data.get(f.path) } : {}),
  }));
  const { analysis } = analysed;
  if (analysis === undefined) return { files };
  const report = statusReport(analysis.model, stagesOf(analysis.model.config), stage, {
    selected: analysis.ranking.quickwins.filter((q) => q.selected).length,
  });
  return { files, analysis, completeness: new Map(report.opd.map((o) => [o.id, o.completeness])) };
}

/**
 * Compares the present project, already checked and analysed, with an earlier version.
 * @param current the present project
 * @param request what to compare with, and the stage of the completeness
 * @returns the comparison
 * @throws UserError when the earlier version cannot be found
 */
export async function compareWith(current: Analysed, request: DiffRequest): Promise<DiffReport> {
  const { root } = request;
  // 1. Find the earlier version and read it into memory.
  const found = await findSince(root, request.since, current.checked.project);
  // 2. The same load, validation, model and scoring as the present project.
  const earlier = await checkAndAnalyse(root, {}, memorySource(found.files));
  // 3. Compare, with the renames git reports.
  const config = current.analysis?.model.config ?? earlier.analysis?.model.config;
  const stage = request.stage ?? (config !== undefined ? defaultStage(config, request.today) : 4);
  const renames = found.commit !== undefined ? await renamesSince(root, found.commit) : new Map<string, string>();
  const oldSide = sideOf(earlier, stage);
  const nowSide = sideOf(current, stage);
  const diff = compareProjects(oldSide, nowSide, { renames });
  // 4. Say what could not be compared.
  const diagnostics: Diagnostic[] = [...found.diagnostics];
  const invalid: { old?: number; now?: number } = {};
  const version = found.since.ref ?? found.since.snapshot ?? '';
  const firstOld = earlier.errors[0];
  if (firstOld !== undefined) {
    invalid.old = earlier.errors.length;
    diagnostics.push(diagnostic('diff/since-invalid', firstOld, { version, errors: earlier.errors.length }));
  }
  const firstNow = current.errors[0];
  if (firstNow !== undefined) {
    invalid.now = current.errors.length;
    diagnostics.push(diagnostic('diff/current-invalid', firstNow, { errors: current.errors.length }));
  }
  const daerah = (current.checked.project.config ?? earlier.checked.project.config)?.data.daerah.nama ?? '';
  const words = catatanPerubahan({ diff, since: found.since, old: oldSide.files, now: nowSide.files, daerah, stage, invalid });
  return {
    words,
    since: found.since,
    diff,
    old: oldSide.files,
    now: nowSide.files,
    stage,
    daerah,
    errors: current.errors,
    diagnostics,
    invalid,
    partial: diff.effects === undefined || diff.files.some((f) => f.invalid !== undefined),
  };
}

/**
 * What changed in a project since an earlier version (`masterplan diff`).
 * @param request the project folder, the version to compare with, the stage of the completeness
 * @returns the comparison, or that the folder is not a project
 * @throws UserError when the earlier version cannot be found
 */
export async function projectDiff(request: DiffRequest): Promise<DiffResult> {
  const current = await checkAndAnalyse(request.root);
  if (!current.isProject) return { kind: 'not-a-project' };
  return { kind: 'report', report: await compareWith(current, request) };
}
