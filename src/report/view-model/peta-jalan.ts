/** The roadmap (peta jalan): programs and the selected quick wins laid out over the years of the plan period. */
import type { QuickWin } from '../../model/index.js';
import type { Ctx } from './context.js';
import { JANGKA, labelOf } from '../labels.js';
import { kosongDraf, type Kosong } from './options.js';
import { sortedProgram } from './program.js';

/** The mark in a roadmap cell for a year in which the item runs. */
export const TANDA_TAHUN = '■';

/** One roadmap row. */
export interface PetaJalanBarisVM {
  readonly nomor: number;
  readonly nama: string;
  readonly opd: string;
  /** "Quick win", "Jangka Pendek" … */
  readonly jenis: string;
  /** One cell per year of the period. */
  readonly sel: ReadonlyArray<{ readonly isi: string }>;
}

/** The roadmap rows of one dimension. */
export interface PetaJalanKelompokVM {
  readonly dimensi: string;
  readonly baris: readonly PetaJalanBarisVM[];
}

/** One bar of the roadmap chart: start and end as fractional years (end exclusive). */
export interface PetaJalanBatangVM {
  readonly label: string;
  readonly dimensi: string;
  readonly jenis: string;
  readonly mulai: number;
  readonly selesai: number;
  /** "2024–2027" or "Feb–Nov 2023": the span printed on the bar. */
  readonly rentang: string;
}

/** One roadmap chart: a landscape page holds about {@link BARIS_PER_GAMBAR} rows, so a long roadmap is split. */
export interface PetaJalanGambarVM {
  /** The asset key of the chart: "peta-jalan", or "peta-jalan-2" … for the later parts. */
  readonly kunci: string;
  /** "" for a single chart, else "bagian 1 dari 2". */
  readonly bagian: string;
  readonly batang: readonly PetaJalanBatangVM[];
}

/** Rows of one roadmap chart: at 15 px a row, about 12 cm high on a landscape page 22 cm wide. */
export const BARIS_PER_GAMBAR = 28;

/**
 * The most bars the roadmap charts draw one by one (three pages of charts); a longer roadmap is drawn
 * with one bar per dimension and kind (quick wins, each term of programs), its table still listing
 * every row.
 */
export const BATANG_MAKS = 3 * BARIS_PER_GAMBAR;

/** The roadmap. */
export interface PetaJalanVM {
  readonly ada: boolean;
  readonly kosong: Kosong | null;
  readonly tahun: ReadonlyArray<{ readonly tahun: number }>;
  readonly kelompok: readonly PetaJalanKelompokVM[];
  readonly jumlah: number;
  /** Chart data, in table order. */
  readonly batang: readonly PetaJalanBatangVM[];
  /** The charts the roadmap is drawn in, each filled before the next starts. */
  readonly gambar: readonly PetaJalanGambarVM[];
  /** The charts draw one bar per dimension and kind: the roadmap has more than {@link BATANG_MAKS} rows. */
  readonly ringkas: boolean;
  /** How many quick wins and programs of each dimension run in each year: the overview of an executive summary. */
  readonly perDimensi: ReadonlyArray<{
    readonly dimensi: string;
    readonly tahun: ReadonlyArray<{ readonly jumlah: number }>;
    readonly jumlah: number;
  }>;
  /** How many quick wins and programs run in each year. */
  readonly perTahun: ReadonlyArray<{ readonly tahun: number; readonly quickwin: number; readonly program: number; readonly jumlah: number }>;
  readonly periode: { readonly mulai: number; readonly selesai: number };
}

const BULAN_SINGKAT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** Start and end of a quick win in months since year 0; start defaults to January of the first plan year. */
function quickwinSpan(q: QuickWin, firstYear: number): { start: number; end: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(q.data.mulai ?? '');
  const start = m ? Number(m[1]) * 12 + Number(m[2]) - 1 : firstYear * 12;
  return { start, end: start + q.data.durasi_bulan };
}

function monthLabel(months: number): string {
  return `${BULAN_SINGKAT[months % 12] ?? ''} ${Math.floor(months / 12)}`;
}

/**
 * Splits the bars into charts of {@link BARIS_PER_GAMBAR} rows, each filled before the next starts (a
 * dimension that does not fit continues on the next chart, under its name again), so no chart holds
 * only the few rows left of a dimension.
 * @param batang all bars, in table order
 * @returns the charts (one when everything fits)
 */
export function bagiGambar(batang: readonly PetaJalanBatangVM[]): PetaJalanGambarVM[] {
  const parts: PetaJalanBatangVM[][] = [];
  for (let i = 0; i < batang.length; i += BARIS_PER_GAMBAR) parts.push(batang.slice(i, i + BARIS_PER_GAMBAR));
  return parts.map((p, i) => ({
    kunci: i === 0 ? 'peta-jalan' : `peta-jalan-${i + 1}`,
    bagian: parts.length === 1 ? '' : `bagian ${i + 1} dari ${parts.length}`,
    batang: p,
  }));
}

/**
 * One bar per dimension and kind for a roadmap too long to draw bar by bar: from the first start to
 * the last end of its items, labelled with how many there are.
 * @param batang all bars, in table order
 * @returns the summary bars, in the same order
 */
export function ringkasBatang(batang: readonly PetaJalanBatangVM[]): PetaJalanBatangVM[] {
  const groups = new Map<string, PetaJalanBatangVM[]>();
  for (const b of batang) {
    const key = `${b.dimensi}\u0000${b.jenis}`;
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  return [...groups.values()].map((g) => {
    const first = g[0] as PetaJalanBatangVM;
    const mulai = Math.min(...g.map((b) => b.mulai));
    const selesai = Math.max(...g.map((b) => b.selesai));
    const dari = Math.floor(mulai);
    const sampai = Math.ceil(selesai) - 1;
    const jenis = first.jenis === 'Quick win' ? 'quick win' : `program ${first.jenis.toLocaleLowerCase('id-ID')}`;
    return {
      label: `${g.length} ${jenis}`,
      dimensi: first.dimensi,
      jenis: first.jenis,
      mulai,
      selesai,
      rentang: dari === sampai ? String(dari) : `${dari}–${sampai}`,
    };
  });
}

/**
 * The roadmap: for each dimension, its selected quick wins and its programs, one cell per year.
 * @param ctx view-model context
 * @returns table and chart data
 */
export function petaJalanVM(ctx: Ctx): PetaJalanVM {
  const { mulai, selesai } = ctx.model.config.periode;
  const years = Array.from({ length: selesai - mulai + 1 }, (_, i) => mulai + i);
  const selected = new Set(ctx.ranking.quickwins.filter((p) => p.selected).map((p) => p.id));
  const programs = sortedProgram(ctx);
  let nomor = 0;
  const batang: PetaJalanBatangVM[] = [];
  const kelompok = ctx.model.dimensions.flatMap((d): PetaJalanKelompokVM[] => {
    const rows: PetaJalanBarisVM[] = [];
    for (const q of d.quickwin.filter((x) => selected.has(x.id))) {
      const { start, end } = quickwinSpan(q, mulai);
      const last = end - 1;
      rows.push({
        nomor: ++nomor,
        nama: q.data.nama,
        opd: ctx.opdSingkatan(q.data.opd),
        jenis: 'Quick win',
        sel: years.map((y) => ({ isi: y * 12 + 11 >= start && y * 12 <= last ? TANDA_TAHUN : '' })),
      });
      const rentang =
        Math.floor(start / 12) === Math.floor(last / 12)
          ? `${BULAN_SINGKAT[start % 12] ?? ''}–${monthLabel(last)}`
          : `${monthLabel(start)} – ${monthLabel(last)}`;
      batang.push({ label: q.data.nama, dimensi: d.info.nama, jenis: 'Quick win', mulai: start / 12, selesai: end / 12, rentang });
    }
    for (const p of programs.filter((x) => x.data.dimensi === d.info.id)) {
      const t = p.data.tahun;
      const jenis = labelOf(JANGKA, p.data.jangka);
      rows.push({
        nomor: ++nomor,
        nama: p.data.nama,
        opd: ctx.opdSingkatan(p.data.opd),
        jenis,
        sel: years.map((y) => ({ isi: y >= t.mulai && y <= t.selesai ? TANDA_TAHUN : '' })),
      });
      const rentang = t.mulai === t.selesai ? String(t.mulai) : `${t.mulai}–${t.selesai}`;
      batang.push({ label: p.data.nama, dimensi: d.info.nama, jenis, mulai: t.mulai, selesai: t.selesai + 1, rentang });
    }
    return rows.length === 0 ? [] : [{ dimensi: d.info.nama, baris: rows }];
  });
  const rows = kelompok.flatMap((k) => k.baris);
  const perTahun = years.map((tahun, i) => {
    const running = rows.filter((r) => r.sel[i]?.isi === TANDA_TAHUN);
    const quickwin = running.filter((r) => r.jenis === 'Quick win').length;
    return { tahun, quickwin, program: running.length - quickwin, jumlah: running.length };
  });
  const ringkas = batang.length > BATANG_MAKS;
  const perDimensi = kelompok.map((k) => ({
    dimensi: k.dimensi,
    tahun: years.map((_, i) => ({ jumlah: k.baris.filter((r) => r.sel[i]?.isi === TANDA_TAHUN).length })),
    jumlah: k.baris.length,
  }));
  return {
    ada: nomor > 0,
    kosong: nomor > 0 ? null : kosongDraf('Program pembangunan untuk peta jalan', 'Tim Pelaksana Smart City', ctx.options),
    tahun: years.map((tahun) => ({ tahun })),
    kelompok,
    jumlah: nomor,
    batang,
    gambar: bagiGambar(ringkas ? ringkasBatang(batang) : batang),
    ringkas,
    perDimensi,
    perTahun,
    periode: { mulai, selesai },
  };
}
