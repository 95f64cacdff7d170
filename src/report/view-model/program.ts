/** Programs: grouped by horizon (jangka) and by action-plan block (kategori), and laid out over the years as a roadmap. */
import type { Program } from '../../model/index.js';
import { compareText, type Ctx } from './context.js';
import { nilaiTeks } from './isu.js';
import { JANGKA, JENIS_INDIKATOR, KATEGORI, SUMBER_DANA, labelOf } from '../labels.js';
import { kosongDraf, type Kosong } from './options.js';

/** An indicator of a program or quick win, as printed. */
export interface IndikatorVM {
  readonly nomor: number;
  readonly nama: string;
  readonly jenis: string;
  readonly satuan: string;
  readonly baseline: string;
  readonly target: string;
}

/** One program. */
export interface ProgramBarisVM {
  readonly nomor: number;
  readonly id: string;
  readonly nama: string;
  readonly dimensi: string;
  readonly elemen: string;
  readonly opd: string;
  readonly opdNama: string;
  readonly jangka: string;
  readonly kategori: string;
  /** "2024–2027", or "2023" for one year. */
  readonly tahun: string;
  readonly anggaran: number | null;
  readonly sumberDana: string | null;
  /** Titles of the issues answered, joined, or null. */
  readonly isu: string | null;
  /** Name of the quick win the program continues, or null. */
  readonly quickwin: string | null;
  readonly indikator: readonly IndikatorVM[];
}

/** One activity of a program in the action plan. */
export interface KegiatanBarisVM {
  readonly nomor: number;
  readonly tahun: number;
  readonly nama: string;
  readonly program: string;
  readonly opd: string;
  readonly target: string | null;
  readonly anggaran: number | null;
}

/** A group of programs (one horizon or one action-plan block) with its subtotal. */
export interface KelompokProgramVM {
  readonly nomor: number;
  readonly judul: string;
  readonly keterangan: string;
  readonly baris: readonly ProgramBarisVM[];
  readonly ada: boolean;
  /** In a draft, the placeholder of a group without programs; a final book leaves such a group out. */
  readonly kosong: Kosong | null;
  readonly jumlah: number;
  readonly totalAnggaran: number;
  /** The activities of the group's programs by year, then in program order. */
  readonly kegiatan: readonly KegiatanBarisVM[];
  readonly adaKegiatan: boolean;
  readonly totalKegiatan: number;
}

/** All programs with their groupings. */
export interface ProgramVM {
  readonly jumlah: number;
  readonly ada: boolean;
  readonly kosong: Kosong | null;
  readonly totalAnggaran: number;
  readonly perJangka: readonly KelompokProgramVM[];
  readonly perKategori: readonly KelompokProgramVM[];
  /** Every program in table order, numbered. */
  readonly semua: readonly ProgramBarisVM[];
}

/**
 * Indicators as printed (baseline "–" when absent).
 * @param list indicators of a program or quick win
 * @returns numbered rows
 */
export function indikatorVM(
  list: ReadonlyArray<{ nama: string; jenis: 'output' | 'outcome'; satuan: string; baseline?: number | string | undefined; target: number | string }>,
): IndikatorVM[] {
  return list.map((k, i) => ({
    nomor: i + 1,
    nama: k.nama,
    jenis: JENIS_INDIKATOR[k.jenis],
    satuan: k.satuan,
    baseline: k.baseline === undefined ? '–' : nilaiTeks(k.baseline),
    target: nilaiTeks(k.target),
  }));
}

/**
 * Programs in table order: dimension (framework order), start year, name, id.
 * @param ctx view-model context
 * @returns the programs
 */
export function sortedProgram(ctx: Ctx): Program[] {
  const dimOrder = new Map(ctx.model.dimensions.map((d, i) => [d.info.id as string, i]));
  return [...ctx.model.program].sort(
    (a, b) =>
      (dimOrder.get(a.data.dimensi) ?? 0) - (dimOrder.get(b.data.dimensi) ?? 0) ||
      a.data.tahun.mulai - b.data.tahun.mulai ||
      compareText(a.data.nama, b.data.nama) ||
      compareText(a.id, b.id),
  );
}

/**
 * One program as printed.
 * @param ctx view-model context
 * @param p the program
 * @param nomor its number in the table
 * @returns the row
 */
export function programBaris(ctx: Ctx, p: Program, nomor: number): ProgramBarisVM {
  const t = p.data.tahun;
  return {
    nomor,
    id: p.id,
    nama: p.data.nama,
    dimensi: ctx.dimensiNama(p.data.dimensi),
    elemen: ctx.elemenNama(p.data.elemen),
    opd: ctx.opdSingkatan(p.data.opd),
    opdNama: ctx.opdNama(p.data.opd),
    jangka: labelOf(JANGKA, p.data.jangka),
    kategori: labelOf(KATEGORI, p.data.kategori),
    tahun: t.mulai === t.selesai ? String(t.mulai) : `${t.mulai}–${t.selesai}`,
    anggaran: p.data.anggaran_indikatif ?? null,
    sumberDana: p.data.sumber_dana === undefined ? null : SUMBER_DANA[p.data.sumber_dana],
    isu: p.data.isu === undefined || p.data.isu.length === 0 ? null : p.data.isu.map((i) => ctx.isuJudul(i)).join('; '),
    quickwin: p.data.quickwin === undefined ? null : ctx.quickwinNama(p.data.quickwin),
    indikator: indikatorVM(p.data.indikator ?? []),
  };
}

function kelompok(ctx: Ctx, nomor: number, judul: string, keterangan: string, items: readonly Program[]): KelompokProgramVM {
  const baris = items.map((p, i) => programBaris(ctx, p, i + 1));
  const kegiatan = items
    .flatMap((p, order) => (p.data.kegiatan ?? []).map((k, i) => ({ p, k, order, i })))
    .sort((a, b) => a.k.tahun - b.k.tahun || a.order - b.order || a.i - b.i)
    .map(({ p, k }, n) => ({
      nomor: n + 1,
      tahun: k.tahun,
      nama: k.nama,
      program: p.data.nama,
      opd: ctx.opdSingkatan(p.data.opd),
      target: k.target ?? null,
      anggaran: k.anggaran ?? null,
    }));
  return {
    nomor,
    judul,
    keterangan,
    baris,
    ada: baris.length > 0,
    kosong: baris.length > 0 ? null : kosongDraf(`Program ${judul.toLowerCase()}`, 'Tim Pelaksana Smart City', ctx.options),
    jumlah: baris.length,
    totalAnggaran: baris.reduce((t, b) => t + (b.anggaran ?? 0), 0),
    kegiatan,
    adaKegiatan: kegiatan.length > 0,
    totalKegiatan: kegiatan.reduce((t, k) => t + (k.anggaran ?? 0), 0),
  };
}

/**
 * Programs by horizon and by action-plan block.
 * @param ctx view-model context
 * @returns the groupings and totals
 */
export function programVM(ctx: Ctx): ProgramVM {
  const sorted = sortedProgram(ctx);
  const semua = sorted.map((p, i) => programBaris(ctx, p, i + 1));
  return {
    jumlah: sorted.length,
    ada: sorted.length > 0,
    kosong: sorted.length > 0 ? null : kosongDraf('Program pembangunan', 'Tim Pelaksana Smart City', ctx.options),
    totalAnggaran: semua.reduce((t, b) => t + (b.anggaran ?? 0), 0),
    perJangka: JANGKA.map(([j, label, span], i) =>
      kelompok(ctx, i + 1, `${label} (${span})`, span, sorted.filter((p) => p.data.jangka === j)),
    ),
    perKategori: KATEGORI.map(([k, label, intro], i) => kelompok(ctx, i + 1, label, intro, sorted.filter((p) => p.data.kategori === k))),
    semua,
  };
}
