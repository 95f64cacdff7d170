/** Per-dimension views: counts of issues, programs and quick wins, and the strategy of each dimension and element (Buku II). */
import { daftarKata, type Ctx } from './context.js';
import { JANGKA, labelOf } from '../labels.js';
import { sortedProgram } from './program.js';

/** Counts of one dimension. */
export interface SebaranBarisVM {
  readonly dimensi: string;
  readonly singkat: string;
  readonly isu: number;
  readonly program: number;
  readonly quickwin: number;
  readonly terpilih: number;
}

/** Counts per dimension and their totals (an issue in two dimensions counts in both). */
export interface SebaranVM {
  readonly baris: readonly SebaranBarisVM[];
  readonly total: { readonly isu: number; readonly program: number; readonly quickwin: number; readonly terpilih: number };
}

/** One element of a dimension, with what is planned under it. */
export interface ElemenStrategiVM {
  readonly nomor: number;
  readonly nama: string;
  readonly deskripsi: string;
  readonly program: ReadonlyArray<{ readonly nama: string; readonly opd: string; readonly jangka: string; readonly tahun: string }>;
  readonly quickwin: ReadonlyArray<{ readonly nama: string; readonly opd: string; readonly status: string }>;
  readonly adaProgram: boolean;
  readonly adaQuickwin: boolean;
  /** Neither a program nor a quick win. */
  readonly kosong: boolean;
}

/** The strategy of one dimension. */
export interface DimensiStrategiVM {
  readonly nomor: number;
  /** The dimension id (`governance` …), for the slot of its authored text. */
  readonly id: string;
  readonly nama: string;
  readonly sasaran: string;
  readonly isu: ReadonlyArray<{ readonly judul: string }>;
  readonly adaIsu: boolean;
  readonly elemen: readonly ElemenStrategiVM[];
  readonly jumlahProgram: number;
  readonly jumlahQuickwin: number;
}

/**
 * Counts of issues, programs, quick-win proposals and selected quick wins per dimension.
 * @param ctx view-model context
 * @returns rows in framework order and totals
 */
export function sebaranVM(ctx: Ctx): SebaranVM {
  const selected = new Set(ctx.ranking.quickwins.filter((p) => p.selected).map((p) => p.id));
  const baris = ctx.model.dimensions.map((d) => ({
    dimensi: d.info.nama,
    singkat: d.info.nama.replace(/^Smart\s+/, ''),
    isu: d.isu.length,
    program: d.program.length,
    quickwin: d.quickwin.length,
    terpilih: d.quickwin.filter((q) => selected.has(q.id)).length,
  }));
  return {
    baris,
    total: {
      isu: ctx.model.isu.length,
      program: ctx.model.program.length,
      quickwin: ctx.model.quickwin.length,
      terpilih: selected.size,
    },
  };
}

/**
 * The strategy per dimension: its target, its issues, and per element the programs and quick wins.
 * @param ctx view-model context
 * @returns six dimensions in framework order
 */
export function strategiVM(ctx: Ctx): DimensiStrategiVM[] {
  const status = new Map(
    ctx.ranking.quickwins.map((p) => [
      p.id,
      p.selected ? `terpilih, peringkat ${p.rank}` : p.eligible ? `peringkat ${p.rank}` : `tidak memenuhi syarat, peringkat ${p.rank}`,
    ]),
  );
  const rank = new Map(ctx.ranking.quickwins.map((p) => [p.id, p.rank]));
  const programs = sortedProgram(ctx);
  return ctx.model.dimensions.map((d, i) => {
    const elemen = d.info.elemen.map((e, j): ElemenStrategiVM => {
      const program = programs
        .filter((p) => p.data.dimensi === d.info.id && p.data.elemen === e.id)
        .map((p) => ({
          nama: p.data.nama,
          opd: ctx.opdSingkatan(p.data.opd),
          jangka: labelOf(JANGKA, p.data.jangka).toLowerCase(),
          tahun: p.data.tahun.mulai === p.data.tahun.selesai ? String(p.data.tahun.mulai) : `${p.data.tahun.mulai}–${p.data.tahun.selesai}`,
        }));
      const quickwin = d.quickwin
        .filter((q) => q.data.elemen === e.id)
        .sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0))
        .map((q) => ({ nama: q.data.nama, opd: ctx.opdSingkatan(q.data.opd), status: status.get(q.id) ?? 'usulan' }));
      return {
        nomor: j + 1,
        nama: e.nama,
        deskripsi: e.deskripsi,
        program,
        quickwin,
        adaProgram: program.length > 0,
        adaQuickwin: quickwin.length > 0,
        kosong: program.length === 0 && quickwin.length === 0,
      };
    });
    return {
      nomor: i + 1,
      id: d.info.id,
      nama: d.info.nama,
      sasaran: d.info.sasaran,
      isu: d.isu.map((x) => ({ judul: x.data.judul })),
      adaIsu: d.isu.length > 0,
      elemen,
      jumlahProgram: d.program.length,
      jumlahQuickwin: d.quickwin.length,
    };
  });
}

/**
 * The six dimension names joined the Indonesian way, for running text.
 * @param ctx view-model context
 * @returns "Smart Governance, Smart Branding, …, dan Smart Environment"
 */
export function dimensiTerurut(ctx: Ctx): string {
  return daftarKata(ctx.model.dimensions.map((d) => d.info.nama));
}
