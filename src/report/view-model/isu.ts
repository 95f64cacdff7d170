/** Strategic issues: the list with descriptions and indicators, and the issue × dimension matrix. */
import type { Isu } from '../../model/index.js';
import { angka } from '../format/index.js';
import { daftarKata, type Ctx } from './context.js';
import { isian, type Isian } from './options.js';

/** An issue indicator with baseline and target as printed. */
export interface IsuIndikatorVM {
  readonly nama: string;
  readonly satuan: string;
  readonly baseline: string;
  readonly target: string;
}

/** One strategic issue. */
export interface IsuBarisVM {
  readonly nomor: number;
  readonly id: string;
  readonly judul: string;
  /** Dimension names joined: "Smart Living dan Smart Environment". */
  readonly dimensi: string;
  /** OPD abbreviations joined, or null. */
  readonly opd: string | null;
  readonly deskripsi: Isian;
  readonly sumber: string | null;
  readonly indikator: readonly IsuIndikatorVM[];
  /** One cell per dimension, in framework order: a tick when the issue belongs to it. */
  readonly matriks: ReadonlyArray<{ readonly tanda: string }>;
  /** Programs and quick wins that answer the issue. */
  readonly jumlahProgram: number;
  readonly quickwin: string | null;
}

/** The dimension columns of the matrix. */
export interface MatriksKolomVM {
  readonly nama: string;
  /** "Governance": the name without "Smart". */
  readonly singkat: string;
  /** A short code for a narrow column header, e.g. "Gov.". */
  readonly kode: string;
  readonly jumlah: number;
}

/** All issues and the matrix. */
export interface IsuVM {
  readonly jumlah: number;
  readonly baris: readonly IsuBarisVM[];
  readonly kolom: readonly MatriksKolomVM[];
  /** Issues that belong to more than one dimension. */
  readonly lintasDimensi: number;
  /** At least one issue has indicators. */
  readonly adaIndikator: boolean;
  /** What the column codes stand for: "Gov. = Smart Governance; …". */
  readonly keteranganKode: string;
}

/** Short codes of the dimensions for narrow column headers. */
const KODE_DIMENSI: Readonly<Record<string, string>> = {
  governance: 'Gov.',
  branding: 'Brand.',
  economy: 'Econ.',
  living: 'Living',
  society: 'Society',
  environment: 'Env.',
};

/** The tick used in matrices. */
export const TANDA = '√';

/**
 * A number or text value as printed: numbers in Indonesian format.
 * @param v the value
 * @returns the text
 */
export function nilaiTeks(v: number | string): string {
  return typeof v === 'number' ? angka(v) : v;
}

function titik(t: { tahun: number; nilai: number | string } | undefined, satuan: string): string {
  return t === undefined ? '–' : `${nilaiTeks(t.nilai)} ${satuan} (${t.tahun})`;
}

/**
 * The OPD that owes an issue's missing description: the first OPD concerned, else the team.
 * @param ctx view-model context
 * @param isu the issue
 * @returns the name
 */
export function pemilikIsu(ctx: Ctx, isu: Isu): string {
  const first = isu.data.opd?.[0];
  return first === undefined ? 'Tim Pelaksana Smart City' : ctx.opdNama(first);
}

/**
 * Issues in title order (numbered), with their matrix row.
 * @param ctx view-model context
 * @returns the issues and the matrix columns
 */
export function isuVM(ctx: Ctx): IsuVM {
  const dims = ctx.model.dimensions;
  const sorted = [...ctx.model.isu].sort((a, b) => (a.data.judul < b.data.judul ? -1 : a.data.judul > b.data.judul ? 1 : 0));
  const baris = sorted.map((i, n): IsuBarisVM => {
    const order = dims.filter((d) => (i.data.dimensi as readonly string[]).includes(d.info.id)).map((d) => d.info.nama);
    const programs = ctx.model.program.filter((p) => p.data.isu?.includes(i.id) === true);
    const qws = ctx.model.quickwin.filter((q) => q.data.isu?.includes(i.id) === true).map((q) => q.data.nama);
    return {
      nomor: n + 1,
      id: i.id,
      judul: i.data.judul,
      dimensi: daftarKata(order),
      opd: i.data.opd === undefined || i.data.opd.length === 0 ? null : i.data.opd.map((o) => ctx.opdSingkatan(o)).join(', '),
      deskripsi: isian(i.data.deskripsi, `Deskripsi isu ${i.data.judul}`, pemilikIsu(ctx, i), ctx.options),
      sumber: i.data.sumber ?? null,
      indikator: (i.data.indikator ?? []).map((k) => ({
        nama: k.nama,
        satuan: k.satuan,
        baseline: titik(k.baseline, k.satuan),
        target: titik(k.target, k.satuan),
      })),
      matriks: dims.map((d) => ({ tanda: (i.data.dimensi as readonly string[]).includes(d.info.id) ? TANDA : '' })),
      jumlahProgram: programs.length,
      quickwin: qws.length === 0 ? null : qws.join(', '),
    };
  });
  return {
    jumlah: baris.length,
    baris,
    kolom: dims.map((d) => ({
      nama: d.info.nama,
      singkat: d.info.nama.replace(/^Smart\s+/, ''),
      kode: KODE_DIMENSI[d.info.id] ?? d.info.nama.replace(/^Smart\s+/, '').slice(0, 5),
      jumlah: d.isu.length,
    })),
    lintasDimensi: sorted.filter((i) => i.data.dimensi.length > 1).length,
    adaIndikator: baris.some((b) => b.indikator.length > 0),
    keteranganKode: dims
      .map((d) => `${KODE_DIMENSI[d.info.id] ?? d.info.nama.replace(/^Smart\s+/, '').slice(0, 5)} = ${d.info.nama}`)
      .join('; '),
  };
}
