/** The status report: per OPD what is submitted and missing for a stage, city-wide items, coverage gaps. */
import type { RequirementId } from '../diagnostics/codes/naskah.js';
import type { CoverageKind } from '../diagnostics/codes/stage.js';
import { opdCompleteness, type Model } from '../model/index.js';
import type { TahapData } from '../schema/index.js';
import { evaluateStage, type RequirementItem } from './evaluate.js';
import { booksAt } from './stages.js';

export interface StatusItem {
  /** The requirement, or `naskah:<slot>` (its name is rendered at the edge, `requirementLabel`). */
  readonly syarat: RequirementId;
  readonly detail?: string;
  readonly ok: boolean;
  readonly file: string;
}

export interface OpdStatus {
  readonly id: string;
  readonly nama: string;
  readonly singkatan: string;
  readonly file: string;
  /** Required items for the stage owed by this OPD. */
  readonly required: number;
  readonly submitted: number;
  /** Share of required items submitted, 0–1 (1 when nothing is required). */
  readonly completeness: number;
  readonly missing: readonly StatusItem[];
  /** Answered optional profile sections (see `opdCompleteness`), out of profileTotal. */
  readonly profileFilled: number;
  readonly profileTotal: number;
  /** Quick wins this OPD owns. */
  readonly quickwins: number;
  /** When its file last changed (ISO date-time), when known. */
  readonly lastChanged?: string;
}

export type CoverageGap =
  | { readonly kind: 'dimension'; readonly dimensi: string; readonly nama: string; readonly without: CoverageKind }
  | { readonly kind: 'opd-without-proposal'; readonly opd: string; readonly nama: string };

export interface StatusReport {
  readonly stage: number;
  readonly books: readonly number[];
  readonly opd: readonly OpdStatus[];
  readonly cityWide: readonly StatusItem[];
  readonly coverage: readonly CoverageGap[];
  readonly summary: { readonly required: number; readonly submitted: number; readonly completeness: number; readonly missing: number };
  /** Every requirement item, for the build's placeholders and diagnostics. */
  readonly items: readonly RequirementItem[];
}

/**
 * Builds the status report for a stage.
 * @param model the project model
 * @param stages the stage model
 * @param stage stage number 1–4
 * @param options selection count and file change times
 * @returns the report, OPDs owing most first
 */
export function statusReport(
  model: Model,
  stages: readonly TahapData[],
  stage: number,
  options: { selected: number; lastChanged?: ReadonlyMap<string, string> },
): StatusReport {
  const items = evaluateStage(model, stages, stage, { selected: options.selected });
  const toStatus = (i: RequirementItem): StatusItem => ({
    syarat: i.syarat,
    ...(i.detail !== undefined ? { detail: i.detail } : {}),
    ok: i.ok,
    file: i.file,
  });
  const opd: OpdStatus[] = model.opd.map((o) => {
    const own = items.filter((i) => i.opd === o.id);
    const submitted = own.filter((i) => i.ok).length;
    const profile = opdCompleteness(o.data);
    const lastChanged = options.lastChanged?.get(o.file);
    return {
      id: o.id,
      nama: o.data.nama,
      singkatan: o.data.singkatan,
      file: o.file,
      required: own.length,
      submitted,
      completeness: own.length === 0 ? 1 : submitted / own.length,
      missing: own.filter((i) => !i.ok).map(toStatus),
      profileFilled: profile.filled,
      profileTotal: profile.total,
      quickwins: model.quickwin.filter((q) => q.data.opd === o.id).length,
      ...(lastChanged !== undefined ? { lastChanged } : {}),
    };
  });
  opd.sort((a, b) => b.missing.length - a.missing.length || a.completeness - b.completeness || (a.id < b.id ? -1 : 1));
  const cityWide = items.filter((i) => i.opd === undefined).map(toStatus);
  const coverage: CoverageGap[] = [];
  for (const d of model.dimensions) {
    const base = { kind: 'dimension' as const, dimensi: d.info.id, nama: d.info.nama };
    if (d.isu.length === 0) coverage.push({ ...base, without: 'isu' });
    if (d.program.length === 0) coverage.push({ ...base, without: 'program' });
    if (d.quickwin.length === 0) coverage.push({ ...base, without: 'quickwin' });
    if (d.swot === undefined) coverage.push({ ...base, without: 'swot' });
  }
  for (const o of model.opd) {
    if (!model.quickwin.some((q) => q.data.opd === o.id)) coverage.push({ kind: 'opd-without-proposal', opd: o.id, nama: o.data.nama });
  }
  const submitted = items.filter((i) => i.ok).length;
  return {
    stage,
    books: booksAt(stages, stage),
    opd,
    cityWide,
    coverage,
    summary: { required: items.length, submitted, completeness: items.length === 0 ? 1 : submitted / items.length, missing: items.length - submitted },
    items,
  };
}
