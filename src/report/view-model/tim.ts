/** Governance: the Dewan Smart City, the Tim Pelaksana, and the indicators the team monitors. */
import type { Ctx } from './context.js';
import { PERAN, UNSUR } from '../labels.js';
import { kosongDraf, type Kosong } from './options.js';
import { sortedProgram } from './program.js';
import { nilaiTeks } from './isu.js';

/** The two bodies set up by decree of the head of the region. */
export interface TimVM {
  readonly dewan: ReadonlyArray<{ readonly nomor: number; readonly nama: string; readonly jabatan: string; readonly unsur: string }>;
  readonly adaDewan: boolean;
  readonly kosongDewan: Kosong | null;
  /** Members per pentahelix element, in element order, non-zero only. */
  readonly unsurDewan: ReadonlyArray<{ readonly unsur: string; readonly jumlah: number }>;
  readonly pelaksana: ReadonlyArray<{
    readonly nomor: number;
    readonly nama: string;
    readonly jabatan: string;
    readonly peran: string;
    readonly opd: string;
  }>;
  readonly adaPelaksana: boolean;
  readonly kosongPelaksana: Kosong | null;
  /** "Resti Drijo Prihanto (Kepala …)" or null. */
  readonly ketua: string | null;
}

/** One indicator to monitor. */
export interface MonevBarisVM {
  readonly nomor: number;
  /** The program or quick win; empty on its second and later indicators. */
  readonly kegiatan: string;
  readonly indikator: string;
  readonly satuan: string;
  readonly baseline: string;
  readonly target: string;
  readonly opd: string;
}

/**
 * The Dewan and the Tim Pelaksana; the team listed ketua, sekretaris, then members.
 * @param ctx view-model context
 * @returns both bodies
 */
export function timVM(ctx: Ctx): TimVM {
  const dewan = ctx.model.config.tim?.dewan ?? [];
  const pelaksana = [...(ctx.model.config.tim?.pelaksana ?? [])]
    .map((p, i) => ({ p, i }))
    .sort((a, b) => PERAN.findIndex(([r]) => r === a.p.peran) - PERAN.findIndex(([r]) => r === b.p.peran) || a.i - b.i)
    .map((x) => x.p);
  const ketua = pelaksana.find((p) => p.peran === 'ketua');
  return {
    dewan: dewan.map((d, i) => ({ nomor: i + 1, nama: d.nama, jabatan: d.jabatan, unsur: UNSUR[d.unsur] })),
    adaDewan: dewan.length > 0,
    kosongDewan: dewan.length > 0 ? null : kosongDraf('Susunan Dewan Smart City', 'Tim Pelaksana Smart City', ctx.options),
    unsurDewan: (Object.keys(UNSUR) as (keyof typeof UNSUR)[])
      .map((u) => ({ unsur: UNSUR[u], jumlah: dewan.filter((d) => d.unsur === u).length }))
      .filter((x) => x.jumlah > 0),
    pelaksana: pelaksana.map((p, i) => ({
      nomor: i + 1,
      nama: p.nama,
      jabatan: p.jabatan,
      peran: PERAN.find(([r]) => r === p.peran)?.[1] ?? p.peran,
      opd: p.opd === undefined ? '–' : ctx.opdSingkatan(p.opd),
    })),
    adaPelaksana: pelaksana.length > 0,
    kosongPelaksana:
      pelaksana.length > 0 ? null : kosongDraf('Susunan Tim Pelaksana Smart City', 'Bappeda', ctx.options),
    ketua: ketua === undefined ? null : `${ketua.nama} (${ketua.jabatan})`,
  };
}

/**
 * The indicators of the selected quick wins and of the programs, for monitoring and evaluation.
 * @param ctx view-model context
 * @returns numbered rows: quick wins first, then programs in table order
 */
export function monevVM(ctx: Ctx): MonevBarisVM[] {
  const selected = new Set(ctx.ranking.quickwins.filter((p) => p.selected).map((p) => p.id));
  const dims = new Map(ctx.model.dimensions.map((d, i) => [d.info.id as string, i]));
  const qws = ctx.model.quickwin
    .filter((q) => selected.has(q.id))
    .sort((a, b) => (dims.get(a.data.dimensi) ?? 0) - (dims.get(b.data.dimensi) ?? 0));
  const items = [
    ...qws.map((q) => ({ kegiatan: `Quick win ${q.data.nama}`, opd: q.data.opd, indikator: q.data.indikator ?? [] })),
    ...sortedProgram(ctx).map((p) => ({ kegiatan: p.data.nama, opd: p.data.opd, indikator: p.data.indikator ?? [] })),
  ];
  let nomor = 0;
  // The name of a program or quick win is printed on its first indicator only, like a merged cell.
  return items.flatMap((it) =>
    it.indikator.map((k, i) => ({
      nomor: ++nomor,
      kegiatan: i === 0 ? it.kegiatan : '',
      indikator: k.nama,
      satuan: k.satuan,
      baseline: k.baseline === undefined ? '–' : nilaiTeks(k.baseline),
      target: nilaiTeks(k.target),
      opd: ctx.opdSingkatan(it.opd),
    })),
  );
}
