/** Evaluates the stage requirements against the model: which items are present and who owes the missing ones. */
import type { RequirementId } from '../diagnostics/codes/naskah.js';
import type { Model } from '../model/index.js';
import type { TahapData } from '../schema/index.js';
import { requirementsAt } from './stages.js';

/** One required item and whether it is there. */
export interface RequirementItem {
  /** A requirement of the stage model, or `naskah:<slot>`: the authored text of a slot due at the stage. */
  readonly syarat: RequirementId;
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
  /** Only the authored text of these books (default: all four). */
  readonly books?: readonly number[];
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
  const firstStage = new Map<RequirementId, number>();
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
  items.push(...naskahItems(model, stage, options.books));
  return items;
}

/**
 * The authored texts due at a stage (cumulatively, like the data): one item per required slot of the
 * books asked for, present when its file has text; owed by the file's `penulis`, else the Tim.
 * @param model the project model
 * @param stage stage number 1–4
 * @param books the books whose slots count (default all)
 * @returns the items, in the order of the slot list
 */
export function naskahItems(model: Model, stage: number, books?: readonly number[]): RequirementItem[] {
  const { catalogue, texts } = model.naskah;
  return catalogue.slots
    .filter((s) => s.wajib && s.tahap <= stage && (books === undefined || books.includes(s.buku)))
    .map((s) => {
      const text = texts.get(s.id);
      return {
        syarat: `naskah:${s.id}` as const,
        ok: text?.tree !== undefined,
        stage: s.tahap,
        detail: `Buku ${ROMAN[s.buku - 1] ?? String(s.buku)}, ${s.bagian}`,
        file: `naskah/${s.id}.md`,
        ...(text?.penulis !== undefined ? { opd: text.penulis } : {}),
      };
    });
}

const ROMAN = ['I', 'II', 'III', 'IV'];
