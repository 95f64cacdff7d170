/** Evaluates the stage requirements against the model: which items are present and who owes the missing ones. */
import type { Model } from '../model/index.js';
import type { SyaratId, TahapData } from '../schema/index.js';
import { requirementsAt } from './stages.js';

/** One required item and whether it is there. */
export interface RequirementItem {
  readonly syarat: SyaratId;
  readonly ok: boolean;
  /** The stage at which the item first becomes required. */
  readonly stage: number;
  /** What exactly, e.g. the aspect, the title or the quick win's name. */
  readonly detail?: string;
  /** The OPD that owes it; undefined means the Tim Pelaksana (a city-wide item). */
  readonly opd?: string;
  /** The file where the data belongs, relative to the project. */
  readonly file: string;
}

export interface EvaluateOptions {
  /** Number of selected quick wins (from the ranking), for `quickwin.terpilih`. */
  readonly selected: number;
}

const ASPECTS = {
  struktur: ['sdm', 'birokrasi', 'anggaran'],
  infrastruktur: ['fisik', 'digital', 'sosial'],
  suprastruktur: ['kebijakan', 'kelembagaan', 'pelaksanaan'],
} as const;

/**
 * Lists every requirement item in force at a stage.
 * @param model the project model
 * @param stages the stage model
 * @param stage stage number 1–4
 * @param options figures from other stages (selection)
 * @returns the items, present and missing, in requirement order
 */
export function evaluateStage(model: Model, stages: readonly TahapData[], stage: number, options: EvaluateOptions): RequirementItem[] {
  const firstStage = new Map<SyaratId, number>();
  for (const s of [...stages].sort((a, b) => a.tahap - b.tahap)) {
    for (const w of s.wajib) if (!firstStage.has(w)) firstStage.set(w, s.tahap);
  }
  const items: RequirementItem[] = [];
  for (const syarat of requirementsAt(stages, stage)) {
    const at = firstStage.get(syarat) ?? stage;
    const push = (ok: boolean, file: string, extra: { detail?: string; opd?: string } = {}) =>
      items.push({ syarat, ok, stage: at, file, ...extra });
    switch (syarat) {
      case 'daerah':
        push(model.daerah !== undefined, 'data/daerah.yaml');
        break;
      case 'periode':
        push(true, 'masterplan.yaml');
        break;
      case 'opd':
        push(model.opd.length > 0, 'data/opd/');
        break;
      case 'opd.sdm':
        for (const o of model.opd) push(o.data.sdm !== undefined, o.file, { opd: o.id });
        break;
      case 'opd.aplikasi':
        for (const o of model.opd) push(o.data.aplikasi !== undefined, o.file, { opd: o.id });
        break;
      case 'opd.anggaran':
        for (const o of model.opd) push((o.data.anggaran?.length ?? 0) > 0, o.file, { opd: o.id });
        break;
      case 'isu':
        push(model.isu.length > 0, 'data/isu/');
        break;
      case 'isu.deskripsi':
        for (const i of model.isu) {
          const owner = i.data.opd?.[0];
          push(i.data.deskripsi !== undefined, i.file, { detail: i.data.judul, ...(owner !== undefined ? { opd: owner } : {}) });
        }
        break;
      case 'kesiapan': {
        const k = model.kesiapan;
        if (k === undefined) {
          push(false, 'data/kesiapan.yaml');
          break;
        }
        for (const [pilar, aspects] of Object.entries(ASPECTS) as Array<[keyof typeof ASPECTS, readonly string[]]>) {
          for (const aspek of aspects) {
            const group = k[pilar] as Record<string, unknown> | undefined;
            push(group?.[aspek] !== undefined, 'data/kesiapan.yaml', { detail: `${pilar}.${aspek}` });
          }
        }
        break;
      }
      case 'swot':
        for (const d of model.dimensions) push(d.swot !== undefined, 'data/swot.yaml', { detail: d.info.nama });
        break;
      case 'visi':
        push(model.config.visi !== undefined, 'masterplan.yaml');
        break;
      case 'misi':
        push((model.config.misi?.length ?? 0) > 0, 'masterplan.yaml');
        break;
      case 'program':
        push(model.program.length > 0, 'data/program/');
        break;
      case 'strategi':
        for (const d of model.dimensions) push(d.strategi !== undefined, `data/strategi/${d.info.id}.yaml`, { detail: d.info.nama });
        break;
      case 'quickwin':
        push(model.quickwin.length > 0, 'data/quickwin/');
        break;
      case 'quickwin.skor':
        for (const q of model.quickwin) push(q.data.skor !== undefined || q.data.penilaian !== undefined, q.file, { detail: q.data.nama });
        break;
      case 'tim.pelaksana':
        push((model.config.tim?.pelaksana?.length ?? 0) > 0, 'masterplan.yaml');
        break;
      case 'quickwin.terpilih':
        push(options.selected > 0, 'data/quickwin/');
        break;
    }
  }
  return items;
}
