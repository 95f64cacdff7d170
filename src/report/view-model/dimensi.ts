/** Per-dimension views: counts of issues, programs and quick wins, and the strategy of each dimension and element (Buku II). */
import type { StrategiData } from '../../schema/index.js';
import { daftarKata, type Ctx } from './context.js';
import { nilaiTeks } from './isu.js';
import { JANGKA, labelOf } from '../labels.js';
import { kosongDraf, type Kosong } from './options.js';
import { sortedProgram } from './program.js';

const TIM = 'Tim Pelaksana Smart City';

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

/** The TOWS matrix of a dimension: the strategies of each quadrant, "–" for an empty one. */
export interface TowsVM {
  readonly ada: boolean;
  readonly so: readonly string[];
  readonly wo: readonly string[];
  readonly st: readonly string[];
  readonly wt: readonly string[];
}

/** One indicator of a dimension's targets, as printed: values in Indonesian format, "–" where absent. */
export interface SasaranBarisVM {
  /** The target (sasaran); empty on its second and later indicators, like a merged cell. */
  readonly sasaran: string;
  readonly nomor: number | null;
  readonly indikator: string;
  readonly satuan: string;
  /** "72,5 (2022)" or "–". */
  readonly baseline: string;
  readonly pendek: string;
  readonly menengah: string;
  readonly panjang: string;
}

/** The years the three horizons end: the first year, the fifth, and the end of the period. */
export interface HorizonVM {
  readonly pendek: number;
  readonly menengah: number;
  readonly panjang: number;
}

/** One element of a dimension, with what is planned under it. */
export interface ElemenStrategiVM {
  readonly nomor: number;
  readonly nama: string;
  /** The shipped generic wording of the element (printed only in drafts, as a placeholder). */
  readonly deskripsi: string;
  /** The element's present state, as the Tim wrote it. */
  readonly kondisi: string | null;
  /** The element's direction, as the Tim wrote it. */
  readonly arah: string | null;
  /** In a draft without an authored direction: the placeholder shown with the generic wording. */
  readonly kosongArah: Kosong | null;
  readonly program: ReadonlyArray<{ readonly nama: string; readonly opd: string; readonly jangka: string; readonly tahun: string }>;
  readonly quickwin: ReadonlyArray<{ readonly nama: string; readonly opd: string; readonly status: string }>;
  readonly adaProgram: boolean;
  readonly adaQuickwin: boolean;
  /** In a draft, the placeholder of an element with neither a program nor a quick win. */
  readonly kosong: Kosong | null;
  /** Whether the element has anything to print (a final book leaves an empty element out). */
  readonly tampil: boolean;
}

/** The strategy of one dimension. */
export interface DimensiStrategiVM {
  readonly nomor: number;
  /** The dimension id (`governance` …), for the slot of its authored text. */
  readonly id: string;
  readonly nama: string;
  /** The framework's definition of the dimension (shipped). */
  readonly sasaran: string;
  /** The dimension's goal, as the Tim wrote it. */
  readonly tujuan: string | null;
  readonly kosongTujuan: Kosong | null;
  readonly target: readonly SasaranBarisVM[];
  readonly adaTarget: boolean;
  readonly tows: TowsVM;
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
      const authored = d.strategi?.elemen?.[e.id];
      return {
        nomor: j + 1,
        nama: e.nama,
        deskripsi: e.deskripsi,
        kondisi: authored?.kondisi ?? null,
        arah: authored?.arah ?? null,
        kosongArah: authored === undefined ? kosongDraf(`Kondisi dan arah strategi elemen ${e.nama}`, TIM, ctx.options) : null,
        program,
        quickwin,
        adaProgram: program.length > 0,
        adaQuickwin: quickwin.length > 0,
        kosong: program.length === 0 && quickwin.length === 0 ? kosongDraf(`Program atau quick win elemen ${e.nama}`, TIM, ctx.options) : null,
        tampil: ctx.options.draft || authored !== undefined || program.length > 0 || quickwin.length > 0,
      };
    });
    return {
      nomor: i + 1,
      id: d.info.id,
      nama: d.info.nama,
      sasaran: d.info.sasaran,
      tujuan: d.strategi?.tujuan ?? null,
      kosongTujuan: d.strategi === undefined ? kosongDraf(`Tujuan dan strategi ${d.info.nama}`, TIM, ctx.options) : null,
      target: targetVM(d.strategi),
      adaTarget: (d.strategi?.sasaran?.length ?? 0) > 0,
      tows: towsVM(d.strategi),
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

/**
 * The years the horizons end: pendek the first year of the period, menengah the fifth, panjang the last.
 * @param ctx view-model context
 * @returns the three years
 */
export function horizonVM(ctx: Ctx): HorizonVM {
  const p = ctx.model.config.periode;
  return { pendek: p.mulai, menengah: Math.min(p.mulai + 4, p.selesai), panjang: p.selesai };
}

/**
 * A dimension's targets, one row per indicator, numbered per target.
 * @param s the strategy file
 * @returns the rows
 */
export function targetVM(s: StrategiData | undefined): SasaranBarisVM[] {
  const v = (x: number | undefined) => (x === undefined ? '–' : nilaiTeks(x));
  return (s?.sasaran ?? []).flatMap((sas, i) =>
    sas.indikator.map((ind, j) => ({
      sasaran: j === 0 ? sas.nama : '',
      nomor: j === 0 ? i + 1 : null,
      indikator: ind.nama,
      satuan: ind.satuan,
      baseline: ind.baseline === undefined ? '–' : `${nilaiTeks(ind.baseline.nilai)} (${ind.baseline.tahun})`,
      pendek: v(ind.target.pendek),
      menengah: v(ind.target.menengah),
      panjang: v(ind.target.panjang),
    })),
  );
}

/**
 * The TOWS matrix of a dimension.
 * @param s the strategy file
 * @returns the four quadrants
 */
export function towsVM(s: StrategiData | undefined): TowsVM {
  const of = (jenis: string) => {
    const list = (s?.tows ?? []).filter((t) => t.jenis === jenis).map((t) => t.uraian);
    return list.length > 0 ? list : ['–'];
  };
  return { ada: (s?.tows?.length ?? 0) > 0, so: of('so'), wo: of('wo'), st: of('st'), wt: of('wt') };
}
