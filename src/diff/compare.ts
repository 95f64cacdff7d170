/**
 * Compares two versions of a project: the files added, removed, renamed and changed, field by field
 * on the validated data (a change of comments or layout is no change), and the effects on the
 * quick-win ranking, the completeness per OPD and the budget totals.
 */
import { diffValues, sameValue, wholeFile } from './data.js';
import type { CompletenessChange, DiffSide, FieldChange, FileDiff, ProjectDiff, RankChange, SideFile, Total, Totals } from './types.js';

/** How to compare. */
export interface CompareOptions {
  /** Files git reports as renamed: path now → path before. */
  readonly renames?: ReadonlyMap<string, string>;
}

type Rec = Record<string, unknown>;

/**
 * The OPD a file belongs to: the OPD of its own profile, the owner of a quick win or program, the
 * first OPD of a strategic issue (the one who answers for its description); none for city-wide files.
 * @param file the file
 * @returns the OPD id, or null
 */
export function ownerOf(file: SideFile): string | null {
  if (file.kind === 'opd') return file.id ?? null;
  const data = file.data as Rec | undefined;
  if (data === undefined) return null;
  if (file.kind === 'quickwin' || file.kind === 'program') return typeof data['opd'] === 'string' ? data['opd'] : null;
  if (file.kind === 'isu') {
    const list = data['opd'];
    return Array.isArray(list) && typeof list[0] === 'string' ? list[0] : null;
  }
  return null;
}

/**
 * Pairs removed and added files that are one file renamed: when git says so, or when the content is
 * the same (same text, or the same validated data).
 */
function pairRenames(removed: SideFile[], added: SideFile[], renames: ReadonlyMap<string, string>): Array<[SideFile, SideFile]> {
  const pairs: Array<[SideFile, SideFile]> = [];
  const take = (old: SideFile, now: SideFile) => {
    pairs.push([old, now]);
    removed.splice(removed.indexOf(old), 1);
    added.splice(added.indexOf(now), 1);
  };
  for (const now of [...added]) {
    const from = renames.get(now.path);
    const old = removed.find((f) => f.path === from && f.kind === now.kind);
    if (old !== undefined) take(old, now);
  }
  for (const now of [...added]) {
    const old = removed.find((f) => f.kind === now.kind && (f.text === now.text || (f.data !== undefined && now.data !== undefined && sameValue(f.data, now.data))));
    if (old !== undefined) take(old, now);
  }
  return pairs;
}

function changedFile(old: SideFile, now: SideFile): FileDiff | undefined {
  const renamed = old.path !== now.path;
  const base = {
    file: now.path,
    status: 'changed' as const,
    ...(renamed ? { oldFile: old.path } : {}),
    kind: now.kind,
    ...(now.id !== undefined ? { id: now.id } : {}),
    ...(renamed && old.id !== undefined && old.id !== now.id ? { oldId: old.id } : {}),
    opd: ownerOf(now) ?? ownerOf(old),
  };
  if (old.data === undefined || now.data === undefined) {
    if (!renamed && old.text === now.text) return undefined;
    const invalid = old.data === undefined && now.data === undefined ? 'both' : old.data === undefined ? 'old' : 'new';
    return { ...base, changes: [], invalid };
  }
  const changes: FieldChange[] = diffValues(old.data, now.data);
  if (changes.length === 0 && !renamed) return undefined;
  return { ...base, changes };
}

function wholeFileDiff(file: SideFile, status: 'added' | 'removed'): FileDiff {
  return {
    file: file.path,
    status,
    kind: file.kind,
    ...(file.id !== undefined ? { id: file.id } : {}),
    opd: ownerOf(file),
    changes: file.data !== undefined ? wholeFile(file.data, status === 'added' ? 'new' : 'old') : [],
    ...(file.data === undefined ? { invalid: status === 'added' ? ('new' as const) : ('old' as const) } : {}),
  };
}

/**
 * Compares two versions of a project.
 * @param old the version compared with
 * @param now the present version
 * @param options the renames git reports
 * @returns the changed files, and the effects when both versions could be analysed (a version
 *   without any file counts as empty)
 */
export function compareProjects(old: DiffSide, now: DiffSide, options: CompareOptions = {}): ProjectDiff {
  const oldByPath = new Map(old.files.map((f) => [f.path, f]));
  const nowByPath = new Map(now.files.map((f) => [f.path, f]));
  const removed = old.files.filter((f) => !nowByPath.has(f.path));
  const added = now.files.filter((f) => !oldByPath.has(f.path));
  const pairs = pairRenames(removed, added, options.renames ?? new Map());
  const files: FileDiff[] = [];
  for (const f of now.files) {
    const before = oldByPath.get(f.path);
    if (before === undefined) continue;
    const d = changedFile(before, f);
    if (d !== undefined) files.push(d);
  }
  for (const [before, f] of pairs) {
    const d = changedFile(before, f);
    if (d !== undefined) files.push(d);
  }
  for (const f of added) files.push(wholeFileDiff(f, 'added'));
  for (const f of removed) files.push(wholeFileDiff(f, 'removed'));
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const analysable = (s: DiffSide) => s.analysis !== undefined || s.files.length === 0;
  if (!analysable(old) || !analysable(now)) return { files };
  // Items renamed: their id now → their id before.
  const renamedIds = new Map<string, string>();
  for (const [before, f] of pairs) if (before.id !== undefined && f.id !== undefined && before.id !== f.id) renamedIds.set(`${f.kind}/${f.id}`, before.id);
  return {
    files,
    effects: {
      ranking: rankChanges(old, now, renamedIds),
      completeness: completenessChanges(old, now, renamedIds),
      totals: totals(old, now),
    },
  };
}

function rankChanges(old: DiffSide, now: DiffSide, renamedIds: ReadonlyMap<string, string>): RankChange[] {
  const before = new Map((old.analysis?.ranking.quickwins ?? []).map((q) => [q.id, q]));
  const seen = new Set<string>();
  const out: RankChange[] = [];
  for (const q of now.analysis?.ranking.quickwins ?? []) {
    const oldId = renamedIds.get(`quickwin/${q.id}`) ?? q.id;
    const p = before.get(oldId);
    seen.add(oldId);
    if (p?.rank === q.rank && p.selected === q.selected) continue;
    out.push({
      id: q.id,
      ...(oldId !== q.id ? { oldId } : {}),
      opd: q.opd,
      oldRank: p?.rank ?? null,
      newRank: q.rank,
      oldSelected: p?.selected ?? null,
      newSelected: q.selected,
      oldScore: p?.score ?? null,
      newScore: q.score,
    });
  }
  for (const p of old.analysis?.ranking.quickwins ?? []) {
    if (seen.has(p.id)) continue;
    out.push({ id: p.id, opd: p.opd, oldRank: p.rank, newRank: null, oldSelected: p.selected, newSelected: null, oldScore: p.score, newScore: null });
  }
  return out;
}

function completenessChanges(old: DiffSide, now: DiffSide, renamedIds: ReadonlyMap<string, string>): CompletenessChange[] {
  const before = old.completeness ?? new Map<string, number>();
  const out: CompletenessChange[] = [];
  const seen = new Set<string>();
  for (const [id, value] of now.completeness ?? new Map<string, number>()) {
    const oldId = renamedIds.get(`opd/${id}`) ?? id;
    seen.add(oldId);
    const was = before.get(oldId);
    if (was !== undefined && Math.abs(was - value) < 1e-9) continue;
    out.push({ opd: id, old: was ?? null, new: value });
  }
  for (const [id, value] of before) if (!seen.has(id)) out.push({ opd: id, old: value, new: null });
  return out;
}

function totals(old: DiffSide, now: DiffSide): Totals {
  const sum = (s: DiffSide, pick: (a: NonNullable<DiffSide['analysis']>) => number[]): number => (s.analysis === undefined ? 0 : pick(s.analysis).reduce((a, b) => a + b, 0));
  const both = (pick: (a: NonNullable<DiffSide['analysis']>) => number[]): Total => ({ old: sum(old, pick), new: sum(now, pick) });
  return {
    quickwinAnggaran: both((a) => a.model.quickwin.map((q) => q.data.anggaran.nilai)),
    quickwinTerpilihAnggaran: both((a) => {
      const selected = new Set(a.ranking.quickwins.filter((q) => q.selected).map((q) => q.id));
      return a.model.quickwin.filter((q) => selected.has(q.id)).map((q) => q.data.anggaran.nilai);
    }),
    programAnggaranIndikatif: both((a) => a.model.program.map((p) => p.data.anggaran_indikatif ?? 0)),
  };
}
