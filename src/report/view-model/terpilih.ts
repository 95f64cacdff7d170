/** The selected quick wins with their total budget, the sensitivity of the ranking, and the priority-matrix data. */
import { angka, bulan } from '../format/index.js';
import type { Ctx } from './context.js';
import { METODE, SUMBER_DANA } from '../labels.js';
import { kosongDraf, type Kosong } from './options.js';
import { statusUsulan } from './peringkat.js';

/** One selected quick win. */
export interface TerpilihBarisVM {
  readonly nomor: number;
  readonly id: string;
  readonly nama: string;
  readonly dimensi: string;
  readonly elemen: string;
  readonly opd: string;
  readonly opdNama: string;
  readonly anggaran: number;
  readonly sumberDana: string;
  readonly durasi: number;
  /** "Februari 2023", or null when no start month is given. */
  readonly mulai: string | null;
  readonly skor: number;
  readonly peringkat: number;
}

/** The selected quick wins, in dimension order, and their budget. */
export interface TerpilihVM {
  readonly ada: boolean;
  readonly kosong: Kosong | null;
  readonly jumlah: number;
  readonly baris: readonly TerpilihBarisVM[];
  readonly totalAnggaran: number;
  /** Budget by funding source. */
  readonly perSumber: ReadonlyArray<{ readonly sumber: string; readonly jumlah: number; readonly anggaran: number }>;
}

/** Stability of one proposal under weight perturbation. */
export interface StabilitasBarisVM {
  readonly peringkat: number;
  readonly nama: string;
  readonly status: string;
  /** Share of draws keeping the rank. */
  readonly tetap: number;
  /** Share of draws in which it is selected. */
  readonly dipilih: number;
  /** "1–3", or "2" when it never moves. */
  readonly rentang: string;
}

/** The sensitivity analysis. */
export interface SensitivitasVM {
  readonly ada: boolean;
  readonly kosong: Kosong | null;
  readonly metode: string;
  readonly undian: number;
  /** ± share the weights moved by, e.g. 0.2. */
  readonly rentangBobot: number;
  readonly seed: number;
  readonly baris: readonly StabilitasBarisVM[];
  /** Kendall's τ-b between two methods, as printed ("0,87" or "–"), and its reading. */
  readonly kesepakatan: ReadonlyArray<{ readonly metode: string; readonly tau: string; readonly tafsir: string }>;
  /** How many selected quick wins stay selected in at least 90% of the draws. */
  readonly stabil: number;
  readonly jumlahTerpilih: number;
}

/** One point of the priority matrix. */
export interface TitikPrioritasVM {
  readonly nama: string;
  readonly peringkat: number;
  readonly skor: number;
  readonly anggaran: number;
  readonly status: string;
}

/**
 * The selected quick wins, in dimension order (framework order), then rank.
 * @param ctx view-model context
 * @returns the selected quick wins and their budget
 */
export function terpilihVM(ctx: Ctx): TerpilihVM {
  const dimOrder = new Map(ctx.model.dimensions.map((d, i) => [d.info.id as string, i]));
  const chosen = ctx.ranking.quickwins
    .filter((p) => p.selected)
    .sort((a, b) => (dimOrder.get(a.dimensi) ?? 0) - (dimOrder.get(b.dimensi) ?? 0) || a.rank - b.rank);
  const baris = chosen.flatMap((p, i): TerpilihBarisVM[] => {
    const q = ctx.model.quickwinById.get(p.id);
    if (q === undefined) return [];
    return [
      {
        nomor: i + 1,
        id: p.id,
        nama: q.data.nama,
        dimensi: ctx.dimensiNama(q.data.dimensi),
        elemen: ctx.elemenNama(q.data.elemen),
        opd: ctx.opdSingkatan(q.data.opd),
        opdNama: ctx.opdNama(q.data.opd),
        anggaran: q.data.anggaran.nilai,
        sumberDana: SUMBER_DANA[q.data.anggaran.sumber],
        durasi: q.data.durasi_bulan,
        mulai: q.data.mulai === undefined ? null : bulan(q.data.mulai),
        skor: p.score,
        peringkat: p.rank,
      },
    ];
  });
  const sources = [...new Set(baris.map((b) => b.sumberDana))];
  return {
    ada: baris.length > 0,
    kosong: baris.length > 0 ? null : kosongDraf('Quick win terpilih', 'Tim Pelaksana Smart City', ctx.options),
    jumlah: baris.length,
    baris,
    totalAnggaran: baris.reduce((t, b) => t + b.anggaran, 0),
    perSumber: sources.map((sumber) => {
      const rows = baris.filter((b) => b.sumberDana === sumber);
      return { sumber, jumlah: rows.length, anggaran: rows.reduce((t, b) => t + b.anggaran, 0) };
    }),
  };
}

function tafsirTau(tau: number | null): string {
  if (tau === null) return 'tidak dapat dihitung';
  const a = Math.abs(tau);
  const strength = a >= 0.8 ? 'sangat kuat' : a >= 0.6 ? 'kuat' : a >= 0.4 ? 'sedang' : a >= 0.2 ? 'lemah' : 'sangat lemah';
  return tau < 0 ? `berlawanan, ${strength}` : strength;
}

/**
 * The sensitivity of the ranking to the weights.
 * @param ctx view-model context
 * @returns the summary, or a placeholder (draft) when the ranking carries none
 */
export function sensitivitasVM(ctx: Ctx): SensitivitasVM {
  const s = ctx.ranking.sensitivity;
  const byId = new Map(ctx.ranking.quickwins.map((p) => [p.id, p]));
  const jumlahTerpilih = ctx.ranking.quickwins.filter((p) => p.selected).length;
  if (s === undefined) {
    return {
      ada: false,
      kosong: kosongDraf('Analisis sensitivitas', 'Tim Pelaksana Smart City', ctx.options),
      metode: METODE[ctx.ranking.method].singkat,
      undian: 0,
      rentangBobot: 0,
      seed: 0,
      baris: [],
      kesepakatan: [],
      stabil: 0,
      jumlahTerpilih,
    };
  }
  const baris = s.quickwins.map((x) => {
    const p = byId.get(x.id);
    return {
      peringkat: x.rank,
      nama: p?.nama ?? x.id,
      status: p === undefined ? '' : statusUsulan(p).status,
      tetap: x.keepRank,
      dipilih: x.selectedShare,
      rentang: x.rankMin === x.rankMax ? String(x.rankMin) : `${x.rankMin}–${x.rankMax}`,
    };
  });
  return {
    ada: true,
    kosong: null,
    metode: METODE[s.method].singkat,
    undian: s.draws,
    rentangBobot: s.spread,
    seed: s.seed,
    baris,
    kesepakatan: s.agreement.map((a) => ({
      metode: `${METODE[a.a].singkat} dan ${METODE[a.b].singkat}`,
      tau: a.tau === null ? '–' : angka(a.tau, 2),
      tafsir: tafsirTau(a.tau),
    })),
    stabil: s.quickwins.filter((x) => byId.get(x.id)?.selected === true && x.selectedShare >= 0.9).length,
    jumlahTerpilih,
  };
}

/**
 * Points of the priority matrix: score against budget, by status.
 * @param ctx view-model context
 * @returns one point per scored proposal, in ranking order
 */
export function titikPrioritasVM(ctx: Ctx): TitikPrioritasVM[] {
  return ctx.ranking.quickwins
    .filter((p) => p.scored)
    .map((p) => ({
      nama: p.nama,
      peringkat: p.rank,
      skor: p.score,
      anggaran: ctx.model.quickwinById.get(p.id)?.data.anggaran.nilai ?? 0,
      status: statusUsulan(p).status,
    }));
}
