/** The OPD part of the region's profile: agencies with their staff, budgets, infrastructure and applications. */
import type { Opd } from '../../model/index.js';
import { bagian, compareText, daftarKata, type Ctx } from './context.js';
import { JENIS_OPD, STATUS_APLIKASI, labelOf } from '../labels.js';
import { kosong, type Kosong } from './options.js';

/** Staff counts of one OPD. */
export interface SdmVM {
  readonly asn: number;
  readonly nonAsn: number;
  readonly jumlah: number;
  readonly tik: number;
}

/** One row of the OPD table. */
export interface OpdBarisVM {
  readonly nomor: number;
  readonly id: string;
  readonly nama: string;
  readonly singkatan: string;
  readonly jenis: string;
  readonly kepala: string | null;
  /** Null when the OPD has not reported its staff. */
  readonly sdm: SdmVM | null;
  /** In a draft, the placeholder for missing staff data. */
  readonly kosongSdm: Kosong | null;
}

/** The OPD table and its totals. */
export interface OpdVM {
  readonly jumlah: number;
  readonly perJenis: ReadonlyArray<{ readonly jenis: string; readonly jumlah: number }>;
  readonly baris: readonly OpdBarisVM[];
  /** Sums over the OPDs that reported staff. */
  readonly total: SdmVM;
  /** How many OPDs reported staff. */
  readonly melapor: number;
  readonly lengkap: boolean;
  /** Share of ICT staff in all staff. */
  readonly porsiTik: number;
}

/** One OPD's budget in its latest reported year. */
export interface AnggaranBarisVM {
  readonly nomor: number;
  readonly nama: string;
  readonly singkatan: string;
  readonly tahun: number;
  readonly pagu: number;
  readonly realisasi: number | null;
  readonly tik: number | null;
  readonly porsiTik: number | null;
}

/** Budgets per OPD and their totals (latest year of each OPD). */
export interface AnggaranVM {
  readonly ada: boolean;
  readonly baris: readonly AnggaranBarisVM[];
  readonly totalPagu: number;
  readonly totalTik: number;
  readonly porsiTik: number;
}

/** ICT infrastructure of one OPD. */
export interface InfrastrukturBarisVM {
  readonly nomor: number;
  readonly singkatan: string;
  readonly komputer: number | null;
  readonly server: number | null;
  readonly bandwidth: number | null;
  readonly cctv: number | null;
  readonly pusatData: string;
}

/** ICT infrastructure per OPD and totals. */
export interface InfrastrukturVM {
  readonly ada: boolean;
  readonly baris: readonly InfrastrukturBarisVM[];
  readonly totalKomputer: number;
  readonly totalServer: number;
  readonly totalCctv: number;
  readonly pusatData: number;
}

function rank(o: Opd): number {
  const i = JENIS_OPD.findIndex(([j]) => j === o.data.jenis);
  return i < 0 ? JENIS_OPD.length : i;
}

/**
 * OPDs in table order: by kind (sekretariat, inspektorat, badan, dinas, …), then by name.
 * @param ctx view-model context
 * @returns the OPDs
 */
export function sortedOpd(ctx: Ctx): Opd[] {
  return [...ctx.model.opd].sort((a, b) => rank(a) - rank(b) || compareText(a.data.nama, b.data.nama) || compareText(a.id, b.id));
}

/**
 * The OPD table with staff counts.
 * @param ctx view-model context
 * @returns rows and totals
 */
export function opdVM(ctx: Ctx): OpdVM {
  const opd = sortedOpd(ctx);
  const baris: OpdBarisVM[] = opd.map((o, i) => {
    const s = o.data.sdm;
    return {
      nomor: i + 1,
      id: o.id,
      nama: o.data.nama,
      singkatan: o.data.singkatan,
      jenis: o.data.jenis === undefined ? 'Tidak disebutkan' : labelOf(JENIS_OPD, o.data.jenis),
      kepala: o.data.kepala?.nama ?? null,
      sdm: s === undefined ? null : { asn: s.asn, nonAsn: s.non_asn, jumlah: s.asn + s.non_asn, tik: s.tik },
      kosongSdm: s === undefined && ctx.options.draft ? kosong('Data SDM', o.data.nama) : null,
    };
  });
  const reported = baris.flatMap((b) => (b.sdm === null ? [] : [b.sdm]));
  const sum = (f: (s: SdmVM) => number): number => reported.reduce((t, s) => t + f(s), 0);
  const total = { asn: sum((s) => s.asn), nonAsn: sum((s) => s.nonAsn), jumlah: sum((s) => s.jumlah), tik: sum((s) => s.tik) };
  const perJenis = [...JENIS_OPD.map(([j, label]) => [j, label] as const), [undefined, 'Tidak disebutkan'] as const]
    .map(([j, label]) => ({ jenis: label, jumlah: opd.filter((o) => o.data.jenis === j).length }))
    .filter((x) => x.jumlah > 0);
  return {
    jumlah: opd.length,
    perJenis,
    baris,
    total,
    melapor: reported.length,
    lengkap: reported.length === opd.length,
    porsiTik: bagian(total.tik, total.jumlah),
  };
}

/**
 * The budget of each OPD in its latest reported year.
 * @param ctx view-model context
 * @returns rows and totals
 */
export function anggaranVM(ctx: Ctx): AnggaranVM {
  const rows = sortedOpd(ctx).flatMap((o) => {
    const latest = [...(o.data.anggaran ?? [])].sort((a, b) => b.tahun - a.tahun)[0];
    return latest === undefined ? [] : [{ o, latest }];
  });
  const baris = rows.map(({ o, latest }, i) => ({
    nomor: i + 1,
    nama: o.data.nama,
    singkatan: o.data.singkatan,
    tahun: latest.tahun,
    pagu: latest.pagu,
    realisasi: latest.realisasi ?? null,
    tik: latest.tik ?? null,
    porsiTik: latest.tik === undefined ? null : bagian(latest.tik, latest.pagu),
  }));
  const totalPagu = baris.reduce((t, b) => t + b.pagu, 0);
  const totalTik = baris.reduce((t, b) => t + (b.tik ?? 0), 0);
  return { ada: baris.length > 0, baris, totalPagu, totalTik, porsiTik: bagian(totalTik, totalPagu) };
}

/**
 * ICT infrastructure of each OPD that reported it.
 * @param ctx view-model context
 * @returns rows and totals
 */
export function infrastrukturVM(ctx: Ctx): InfrastrukturVM {
  const rows = sortedOpd(ctx).filter((o) => o.data.infrastruktur !== undefined);
  const baris = rows.map((o, i) => {
    const inf = o.data.infrastruktur ?? {};
    return {
      nomor: i + 1,
      singkatan: o.data.singkatan,
      komputer: inf.komputer ?? null,
      server: inf.server ?? null,
      bandwidth: inf.bandwidth_mbps ?? null,
      cctv: inf.cctv ?? null,
      pusatData: inf.pusat_data === undefined ? '–' : inf.pusat_data ? 'Ada' : 'Tidak ada',
    };
  });
  return {
    ada: baris.length > 0,
    baris,
    totalKomputer: baris.reduce((t, b) => t + (b.komputer ?? 0), 0),
    totalServer: baris.reduce((t, b) => t + (b.server ?? 0), 0),
    totalCctv: baris.reduce((t, b) => t + (b.cctv ?? 0), 0),
    pusatData: rows.filter((o) => o.data.infrastruktur?.pusat_data === true).length,
  };
}

/** Counts of applications by status. */
export interface HitungStatusVM {
  readonly aktif: number;
  readonly pengembangan: number;
  readonly tidakAktif: number;
  readonly jumlah: number;
}

/** One application in the inventory. */
export interface AplikasiBarisVM {
  readonly nomor: number;
  readonly nama: string;
  readonly opd: string;
  readonly dimensi: string;
  readonly status: string;
  readonly tahun: number | null;
}

/** The inventory of existing applications. */
export interface AplikasiVM {
  readonly jumlah: number;
  readonly perStatus: ReadonlyArray<{ readonly status: string; readonly jumlah: number; readonly porsi: number }>;
  readonly perDimensi: ReadonlyArray<{ readonly dimensi: string } & HitungStatusVM>;
  readonly total: HitungStatusVM;
  readonly terintegrasi: number;
  readonly daftar: readonly AplikasiBarisVM[];
  /** OPDs that answered with an explicit empty list, joined ("A dan B"), or null. */
  readonly opdTanpaAplikasi: string | null;
  /** In a draft: one placeholder per OPD that has not answered. */
  readonly belum: readonly Kosong[];
}

function hitung(statuses: readonly string[]): HitungStatusVM {
  const n = (s: string): number => statuses.filter((x) => x === s).length;
  return { aktif: n('aktif'), pengembangan: n('pengembangan'), tidakAktif: n('tidak-aktif'), jumlah: statuses.length };
}

/**
 * The applications of all OPDs: counts per status and per dimension, and the full list.
 * @param ctx view-model context
 * @returns the inventory
 */
export function aplikasiVM(ctx: Ctx): AplikasiVM {
  const opd = sortedOpd(ctx);
  const apps = opd.flatMap((o) => (o.data.aplikasi ?? []).map((a) => ({ o, a })));
  const dims = [
    ...ctx.model.dimensions.map((d) => ({ id: d.info.id, nama: d.info.nama })),
    { id: undefined, nama: 'Tanpa dimensi' },
  ];
  const perDimensi = dims
    .map((d) => ({ dimensi: d.nama, ...hitung(apps.filter((x) => x.a.dimensi === d.id).map((x) => x.a.status)) }))
    .filter((d, i) => i < dims.length - 1 || d.jumlah > 0);
  const total = hitung(apps.map((x) => x.a.status));
  const without = opd.filter((o) => o.data.aplikasi?.length === 0).map((o) => o.data.nama);
  return {
    jumlah: apps.length,
    perStatus: STATUS_APLIKASI.map(([s, label]) => {
      const jumlah = apps.filter((x) => x.a.status === s).length;
      return { status: label, jumlah, porsi: bagian(jumlah, apps.length) };
    }),
    perDimensi,
    total,
    terintegrasi: apps.filter((x) => x.a.terintegrasi === true).length,
    daftar: apps.map(({ o, a }, i) => ({
      nomor: i + 1,
      nama: a.nama,
      opd: o.data.singkatan,
      dimensi: a.dimensi === undefined ? '–' : ctx.dimensiNama(a.dimensi),
      status: labelOf(STATUS_APLIKASI, a.status),
      tahun: a.tahun ?? null,
    })),
    opdTanpaAplikasi: without.length === 0 ? null : daftarKata(without),
    belum: ctx.options.draft
      ? opd.filter((o) => o.data.aplikasi === undefined).map((o) => kosong('Data aplikasi', o.data.nama))
      : [],
  };
}
