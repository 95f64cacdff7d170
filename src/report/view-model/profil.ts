/** The profile of one selected quick win (Buku IV): identity, content, budget, schedule, indicators, score and stability. */
import type { QuickWin } from '../../model/index.js';
import type { RankedQuickWin } from '../../score/types.js';
import { angka, bulan, rupiah } from '../format/index.js';
import { daftarKata, type Ctx } from './context.js';
import { METODE, SUMBER_DANA, UNSUR } from '../labels.js';
import { isian, kosongDraf, type Isian, type Kosong } from './options.js';
import { indikatorVM, type IndikatorVM } from './program.js';

/** One criterion in a proposal's score breakdown. */
export interface RincianSkorVM {
  readonly kriteria: string;
  readonly bobot: number;
  /** The raw value as printed ("4", "4,33", "Rp275.000.000", "–"). */
  readonly nilai: string;
  readonly normal: number;
  readonly terbobot: number;
}

/** One column of a quick win's schedule: a month (or a quarter, for a long schedule). */
export interface JadwalKolomVM {
  /** "Feb" or "Tw I". */
  readonly label: string;
  readonly tahun: number;
}

/** A quick win's schedule, month by month. */
export interface JadwalBulananVM {
  readonly ada: boolean;
  readonly kolom: readonly JadwalKolomVM[];
  readonly baris: ReadonlyArray<{
    readonly nomor: number;
    readonly kegiatan: string;
    /** "Februari 2023 – April 2023". */
    readonly waktu: string;
    readonly sel: ReadonlyArray<{ readonly isi: string }>;
  }>;
  /** Columns are quarters, not months (a schedule longer than two years). */
  readonly triwulan: boolean;
  /** The table needs a landscape page (more than twelve columns). */
  readonly lanskap: boolean;
  /** Relative column widths: number, activity, then one per column. */
  readonly lebar: string;
}

/** A quick-win profile. */
export interface ProfilVM {
  readonly nomor: number;
  readonly id: string;
  readonly nama: string;
  readonly dimensi: string;
  readonly elemen: string;
  /** The element's direction as a phrase for running text (first letter lower case, no final stop): the Tim's, or in a draft the shipped wording; null in a final book without one. */
  readonly arahElemen: string | null;
  /** In a draft without the Tim's direction of the element: the placeholder beside the shipped wording. */
  readonly kosongArah: Kosong | null;
  /** Whether the description part has anything: the description or the element's direction. */
  readonly adaBagianDeskripsi: boolean;
  readonly opd: string;
  readonly kepalaOpd: string | null;
  readonly pendukung: string | null;
  readonly isu: ReadonlyArray<{ readonly judul: string }>;
  readonly adaIsu: boolean;
  readonly kosongIsu: Kosong | null;
  readonly latarBelakang: Isian;
  readonly tujuan: Isian;
  readonly deskripsi: Isian;
  readonly penerimaManfaat: Isian;
  readonly anggaran: number;
  readonly sumberDana: string;
  readonly durasi: number;
  /** "Februari 2023 sampai November 2023", or a placeholder (draft) without a start month. */
  readonly jadwal: Isian;
  readonly indikator: readonly IndikatorVM[];
  readonly adaIndikator: boolean;
  readonly kosongIndikator: Kosong | null;
  readonly kolaborator: ReadonlyArray<{ readonly nama: string; readonly unsur: string }>;
  readonly adaKolaborator: boolean;
  readonly jadwalBulanan: JadwalBulananVM;
  readonly kendala: readonly string[];
  readonly adaKendala: boolean;
  readonly kebutuhan: readonly string[];
  readonly adaKebutuhan: boolean;
  /** Programs of the masterplan that continue this quick win. */
  readonly lanjutan: string | null;
  readonly skor: {
    readonly nilai: number;
    readonly peringkat: number;
    readonly dari: number;
    readonly metode: string;
    readonly rincian: readonly RincianSkorVM[];
    /** Assessors, when several scored the proposal (scores averaged). */
    readonly penilai: string | null;
  };
  readonly stabilitas: {
    readonly ada: boolean;
    readonly tetap: number;
    readonly dipilih: number;
    readonly rentang: string;
  };
}

/** A sentence turned into a phrase for running text: "Peningkatan …." → "peningkatan …". */
function phrase(sentence: string): string {
  const s = sentence.trim().replace(/[.]+$/, '');
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function tambahBulan(ym: string, months: number): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

const BULAN_SINGKAT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'] as const;
const TRIWULAN = ['Tw I', 'Tw II', 'Tw III', 'Tw IV'] as const;

/** Months a schedule may show one column each; longer schedules show quarters. */
export const BULAN_MAKS = 24;

/** Columns a schedule table holds on a portrait page. */
export const KOLOM_POTRET = 12;

const index = (ym: string): number => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
};

/**
 * A quick win's schedule as a month-by-month table: its months (from `mulai` for `durasi_bulan`
 * months, widened to every scheduled month), one row per activity with a mark in its months.
 * @param q the quick win
 * @returns the table
 */
export function jadwalBulananVM(q: QuickWin): JadwalBulananVM {
  const jadwal = q.data.jadwal ?? [];
  const empty = { ada: false, kolom: [], baris: [], triwulan: false, lanskap: false, lebar: '' };
  if (jadwal.length === 0) return empty;
  const starts = jadwal.map((j) => index(j.mulai));
  const ends = jadwal.map((j) => index(j.selesai));
  const from = Math.min(...starts, ...(q.data.mulai !== undefined ? [index(q.data.mulai)] : []));
  const to = Math.max(...ends, ...(q.data.mulai !== undefined ? [index(q.data.mulai) + q.data.durasi_bulan - 1] : []));
  const triwulan = to - from + 1 > BULAN_MAKS;
  // A column is a month, or (a long schedule) a calendar quarter.
  const col = (i: number) => (triwulan ? Math.floor(i / 3) : i);
  const first = col(from);
  const kolom: JadwalKolomVM[] = [];
  for (let c = first; c <= col(to); c++) {
    kolom.push(triwulan
      ? { label: TRIWULAN[c % 4] as string, tahun: Math.floor(c / 4) }
      : { label: BULAN_SINGKAT[c % 12] as string, tahun: Math.floor(c / 12) });
  }
  const baris = jadwal.map((j, n) => {
    const a = col(index(j.mulai)) - first;
    const b = col(index(j.selesai)) - first;
    return {
      nomor: n + 1,
      kegiatan: j.kegiatan,
      waktu: j.mulai === j.selesai ? bulan(j.mulai) : `${bulan(j.mulai)} – ${bulan(j.selesai)}`,
      sel: kolom.map((_, k) => ({ isi: k >= a && k <= b ? '■' : '' })),
    };
  });
  return {
    ada: true,
    kolom,
    baris,
    triwulan,
    lanskap: kolom.length > KOLOM_POTRET,
    lebar: ['0.9', '4.6', ...kolom.map(() => '1')].join(' '),
  };
}

function nilaiKriteria(v: number | null, dari: 'anggaran' | 'durasi_bulan' | null): string {
  if (v === null) return '–';
  if (dari === 'anggaran') return rupiah(v);
  if (dari === 'durasi_bulan') return `${angka(v)} bulan`;
  return Number.isInteger(v) ? angka(v) : angka(v, 2);
}

/**
 * The profile of one quick win.
 * @param ctx view-model context
 * @param q the quick win
 * @param p its place in the ranking
 * @param nomor its number among the profiles
 * @returns the profile
 */
export function profilVM(ctx: Ctx, q: QuickWin, p: RankedQuickWin, nomor: number): ProfilVM {
  const d = q.data;
  const owner = ctx.opdNama(d.opd);
  const o = ctx.options;
  const elemen = ctx.model.dimensions.flatMap((x) => x.info.elemen).find((e) => e.id === d.elemen);
  const arah = ctx.model.dimensions.find((x) => x.info.id === d.dimensi)?.strategi?.elemen?.[d.elemen]?.arah;
  const arahElemen = arah !== undefined ? phrase(arah) : o.draft ? phrase(elemen?.deskripsi ?? '') : null;
  const isu = (d.isu ?? []).map((i) => ({ judul: ctx.isuJudul(i) }));
  const indikator = indikatorVM(d.indikator ?? []);
  const kolaborator = (d.kolaborator ?? []).map((k) => ({ nama: k.nama, unsur: UNSUR[k.unsur] }));
  const lanjutan = ctx.model.program.filter((x) => x.data.quickwin === q.id).map((x) => x.data.nama);
  const stab = ctx.ranking.sensitivity?.quickwins.find((x) => x.id === q.id);
  const jadwal =
    d.mulai === undefined
      ? undefined
      : `${bulan(d.mulai)} sampai ${bulan(tambahBulan(d.mulai, d.durasi_bulan - 1))}`;
  return {
    nomor,
    id: q.id,
    nama: d.nama,
    dimensi: ctx.dimensiNama(d.dimensi),
    elemen: ctx.elemenNama(d.elemen),
    arahElemen,
    adaBagianDeskripsi: o.draft || d.deskripsi !== undefined || arahElemen !== null,
    kosongArah: arah === undefined ? kosongDraf(`Arah strategi elemen ${ctx.elemenNama(d.elemen)}`, 'Tim Pelaksana Smart City', o) : null,
    opd: owner,
    kepalaOpd: ctx.model.opdById.get(d.opd)?.data.kepala?.nama ?? null,
    pendukung: (d.opd_pendukung ?? []).length === 0 ? null : daftarKata((d.opd_pendukung ?? []).map((x) => ctx.opdNama(x))),
    isu,
    adaIsu: isu.length > 0,
    kosongIsu: isu.length > 0 ? null : kosongDraf('Isu strategis yang dijawab', owner, o),
    latarBelakang: isian(d.latar_belakang, 'Latar belakang', owner, o),
    tujuan: isian(d.tujuan, 'Tujuan', owner, o),
    deskripsi: isian(d.deskripsi, 'Deskripsi program', owner, o),
    penerimaManfaat: isian(d.penerima_manfaat, 'Penerima manfaat', owner, o),
    anggaran: d.anggaran.nilai,
    sumberDana: SUMBER_DANA[d.anggaran.sumber],
    durasi: d.durasi_bulan,
    jadwal: isian(jadwal, 'Bulan mulai pelaksanaan', owner, o),
    indikator,
    adaIndikator: indikator.length > 0,
    kosongIndikator: indikator.length > 0 ? null : kosongDraf('Indikator kinerja', owner, o),
    kolaborator,
    adaKolaborator: kolaborator.length > 0,
    jadwalBulanan: jadwalBulananVM(q),
    kendala: d.kendala ?? [],
    adaKendala: (d.kendala ?? []).length > 0,
    kebutuhan: d.kebutuhan ?? [],
    adaKebutuhan: (d.kebutuhan ?? []).length > 0,
    lanjutan: lanjutan.length === 0 ? null : lanjutan.join('; '),
    skor: {
      nilai: p.score,
      peringkat: p.rank,
      dari: ctx.ranking.quickwins.length,
      metode: METODE[ctx.ranking.method].singkat,
      rincian: p.criteria.map((c, i) => {
        const k = ctx.ranking.criteria[i];
        return {
          kriteria: k?.nama ?? c.criterion,
          bobot: k?.weight ?? 0,
          nilai: nilaiKriteria(c.value, k?.dari ?? null),
          normal: c.normalised,
          terbobot: c.weighted,
        };
      }),
      penilai: d.penilaian === undefined ? null : daftarKata(d.penilaian.map((x) => x.penilai)),
    },
    stabilitas: {
      ada: stab !== undefined,
      tetap: stab?.keepRank ?? 0,
      dipilih: stab?.selectedShare ?? 0,
      rentang: stab === undefined ? '–' : stab.rankMin === stab.rankMax ? String(stab.rankMin) : `${stab.rankMin}–${stab.rankMax}`,
    },
  };
}
