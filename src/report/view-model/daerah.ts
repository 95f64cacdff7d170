/**
 * The region's profile (Buku I, Gambaran Umum Daerah): area, administrative units, geography, the
 * indicators by year with their sources and trend charts; and what the OPDs submit about their
 * services, their data, their own SWOT and their duties.
 */
import type { IndikatorDaerah } from '../../model/index.js';
import { angka } from '../format/index.js';
import { bagian, daftarKata, type Ctx } from './context.js';
import { nilaiTeks } from './isu.js';
import { sortedOpd } from './opd.js';
import { kosongDraf, type Kosong } from './options.js';

/** Years of the indicator table above which it is printed on a landscape page. */
export const TAHUN_POTRET = 5;

/** Indicators per trend figure (two columns of three panels fit a portrait page). */
export const PANEL_PER_GAMBAR = 6;

/** Series with this many years or more get a trend chart (docs/input.md). */
export const TAHUN_TREN = 3;

/** One row of the indicator table: the value of each year of the table, "–" where the series has none. */
export interface IndikatorBarisVM {
  readonly nomor: number;
  readonly id: string;
  readonly nama: string;
  readonly satuan: string;
  readonly nilai: ReadonlyArray<{ readonly teks: string }>;
  readonly sumber: string;
  /** The number of its source in the table's list of sources (when the indicators have several). */
  readonly nomorSumber: number;
}

/** One panel of a trend chart. */
export interface TrenSeriVM {
  /** "Jumlah penduduk (jiwa)". */
  readonly judul: string;
  readonly satuan: string;
  readonly titik: ReadonlyArray<{ readonly tahun: number; readonly nilai: number }>;
}

/** One trend figure: its asset key, its caption, its panels and the sources of their series. */
export interface TrenGambarVM {
  readonly kunci: string;
  readonly judul: string;
  readonly seri: readonly TrenSeriVM[];
  /** The distinct sources of the panels, joined. */
  readonly sumber: string;
}

/** The region's profile. */
export interface ProfilDaerahVM {
  readonly ada: boolean;
  /** In a draft without `data/daerah.yaml`: the placeholder. */
  readonly kosong: Kosong | null;
  readonly luas: number;
  readonly kecamatan: number;
  readonly kelurahan: number | null;
  readonly desa: number | null;
  /** "4 kecamatan dan 27 kelurahan". */
  readonly wilayah: string;
  /** Location, borders and topography, as the Tim wrote them. */
  readonly geografi: string | null;
  readonly indikator: {
    readonly ada: boolean;
    readonly jumlah: number;
    /** The years of the table, ascending. */
    readonly tahun: ReadonlyArray<{ readonly tahun: number }>;
    readonly baris: readonly IndikatorBarisVM[];
    /** The source, or the numbered sources when there are several: "(1) BPS …; (2) Diskominfo …". */
    readonly sumber: string;
    /** Whether the indicators come from several sources (the table then numbers them in a column). */
    readonly banyakSumber: boolean;
    /** Whether the table needs a landscape page. */
    readonly lanskap: boolean;
    /** "2019–2023" or "2023". */
    readonly rentang: string;
  };
  readonly tren: { readonly ada: boolean; readonly gambar: readonly TrenGambarVM[] };
}

/**
 * The region's profile, in the file's order of indicators.
 * @param ctx view-model context
 * @returns the profile, or a placeholder (draft) when `data/daerah.yaml` is missing
 */
export function profilDaerahVM(ctx: Ctx): ProfilDaerahVM {
  const d = ctx.model.daerah;
  const indikator = d?.indikator ?? [];
  const years = [...new Set(indikator.flatMap((i) => i.data.map((t) => t.tahun)))].sort((a, b) => a - b);
  const sources = [...new Set(indikator.map((i) => i.sumber))];
  const baris = indikator.map((ind, n): IndikatorBarisVM => ({
    nomor: n + 1,
    id: ind.id,
    nama: ind.nama,
    satuan: ind.satuan,
    nilai: years.map((y) => {
      const t = ind.data.find((x) => x.tahun === y);
      return { teks: t === undefined ? '–' : nilaiTeks(t.nilai) };
    }),
    sumber: ind.sumber,
    nomorSumber: sources.indexOf(ind.sumber) + 1,
  }));
  const units = d === undefined ? [] : [
    `${angka(d.wilayah.kecamatan)} kecamatan`,
    ...(d.wilayah.kelurahan !== undefined ? [`${angka(d.wilayah.kelurahan)} kelurahan`] : []),
    ...(d.wilayah.desa !== undefined ? [`${angka(d.wilayah.desa)} desa`] : []),
  ];
  const first = years[0];
  const last = years.at(-1);
  return {
    ada: d !== undefined,
    kosong: d !== undefined ? null : kosongDraf('Profil daerah (luas, wilayah, dan indikator)', 'Bappeda', ctx.options),
    luas: d?.luasKm2 ?? 0,
    kecamatan: d?.wilayah.kecamatan ?? 0,
    kelurahan: d?.wilayah.kelurahan ?? null,
    desa: d?.wilayah.desa ?? null,
    wilayah: daftarKata(units),
    geografi: d?.geografi ?? null,
    indikator: {
      ada: baris.length > 0,
      jumlah: baris.length,
      tahun: years.map((tahun) => ({ tahun })),
      baris,
      sumber: sources.length <= 1 ? (sources[0] ?? '') : sources.map((s, i) => `(${i + 1}) ${s}`).join('; '),
      banyakSumber: sources.length > 1,
      lanskap: years.length > TAHUN_POTRET,
      rentang: first === undefined ? '' : first === last ? String(first) : `${first}–${String(last)}`,
    },
    tren: trenVM(indikator),
  };
}

/** The trend figures: every series with three or more years, six panels a figure. */
function trenVM(list: readonly IndikatorDaerah[]): ProfilDaerahVM['tren'] {
  const seri = list
    .filter((i) => i.data.length >= TAHUN_TREN)
    .map((i) => ({ judul: `${i.nama} (${i.satuan})`, satuan: i.satuan, titik: i.data, sumber: i.sumber }));
  const gambar: TrenGambarVM[] = [];
  for (let k = 0; k * PANEL_PER_GAMBAR < seri.length; k++) {
    const part = seri.slice(k * PANEL_PER_GAMBAR, (k + 1) * PANEL_PER_GAMBAR);
    const total = Math.ceil(seri.length / PANEL_PER_GAMBAR);
    gambar.push({
      kunci: k === 0 ? 'tren-indikator' : `tren-indikator-${k + 1}`,
      judul: total === 1 ? 'Tren Indikator Daerah' : `Tren Indikator Daerah (${k + 1} dari ${total})`,
      seri: part.map(({ sumber: _s, ...s }) => s),
      sumber: [...new Set(part.map((s) => s.sumber))].join('; '),
    });
  }
  return { ada: gambar.length > 0, gambar };
}

/** One public service. */
export interface LayananBarisVM {
  readonly nomor: number;
  readonly nama: string;
  readonly opd: string;
  readonly jenis: string;
}

/** The public services of every OPD. */
export interface LayananVM {
  readonly ada: boolean;
  readonly jumlah: number;
  readonly baris: readonly LayananBarisVM[];
  /** Counts per channel, non-zero only: "daring", "luring", "hibrid", "tidak disebutkan". */
  readonly perJenis: ReadonlyArray<{ readonly jenis: string; readonly jumlah: number; readonly porsi: number }>;
  /** How many OPDs listed services. */
  readonly opd: number;
}

const JENIS_LAYANAN: ReadonlyArray<readonly [string | undefined, string]> = [
  ['daring', 'Daring'],
  ['hibrid', 'Hibrid (daring dan luring)'],
  ['luring', 'Luring'],
  [undefined, 'Tidak disebutkan'],
];

/**
 * The public services, OPD by OPD in table order.
 * @param ctx view-model context
 * @returns the services table
 */
export function layananVM(ctx: Ctx): LayananVM {
  const rows = sortedOpd(ctx).flatMap((o) => (o.data.layanan ?? []).map((l) => ({ o, l })));
  const baris = rows.map(({ o, l }, i) => ({
    nomor: i + 1,
    nama: l.nama,
    opd: o.data.singkatan,
    jenis: JENIS_LAYANAN.find(([j]) => j === l.jenis)?.[1] ?? '–',
  }));
  return {
    ada: baris.length > 0,
    jumlah: baris.length,
    baris,
    perJenis: JENIS_LAYANAN.map(([j, label]) => {
      const jumlah = rows.filter((r) => r.l.jenis === j).length;
      return { jenis: label, jumlah, porsi: bagian(jumlah, rows.length) };
    }).filter((x) => x.jumlah > 0),
    opd: new Set(rows.map((r) => r.o.id)).size,
  };
}

/** One data set of the inventory. */
export interface DataSetBarisVM {
  readonly nomor: number;
  readonly nama: string;
  readonly opd: string;
  readonly format: string;
  readonly frekuensi: string;
  /** "Ya", "Tidak" or "–". */
  readonly satuData: string;
}

/** The data inventory with its Satu Data status. */
export interface DataSetVM {
  readonly ada: boolean;
  readonly jumlah: number;
  readonly baris: readonly DataSetBarisVM[];
  readonly satuData: number;
  readonly porsiSatuData: number;
  readonly opd: number;
}

const FREKUENSI: Readonly<Record<string, string>> = {
  harian: 'Harian',
  mingguan: 'Mingguan',
  bulanan: 'Bulanan',
  tahunan: 'Tahunan',
  insidental: 'Insidental',
};

/**
 * The data sets every OPD manages, with whether each is published in Satu Data.
 * @param ctx view-model context
 * @returns the inventory
 */
export function dataSetVM(ctx: Ctx): DataSetVM {
  const rows = sortedOpd(ctx).flatMap((o) => (o.data.data_set ?? []).map((d) => ({ o, d })));
  const satuData = rows.filter((r) => r.d.satu_data === true).length;
  return {
    ada: rows.length > 0,
    jumlah: rows.length,
    baris: rows.map(({ o, d }, i) => ({
      nomor: i + 1,
      nama: d.nama,
      opd: o.data.singkatan,
      format: d.format ?? '–',
      frekuensi: d.frekuensi === undefined ? '–' : (FREKUENSI[d.frekuensi] ?? d.frekuensi),
      satuData: d.satu_data === undefined ? '–' : d.satu_data ? 'Ya' : 'Tidak',
    })),
    satuData,
    porsiSatuData: bagian(satuData, rows.length),
    opd: new Set(rows.map((r) => r.o.id)).size,
  };
}

/** One OPD's own SWOT. */
export interface SwotOpdBarisVM {
  readonly nomor: number;
  readonly opd: string;
  readonly kekuatan: readonly string[];
  readonly kelemahan: readonly string[];
  readonly peluang: readonly string[];
  readonly ancaman: readonly string[];
}

/**
 * The SWOT each OPD submitted, in OPD table order; a factor an OPD left empty prints as "–".
 * @param ctx view-model context
 * @returns OPDs with a SWOT
 */
export function swotOpdVM(ctx: Ctx): SwotOpdBarisVM[] {
  const list = (x: readonly string[] | undefined) => (x === undefined || x.length === 0 ? ['–'] : x);
  return sortedOpd(ctx)
    .filter((o) => o.data.swot !== undefined)
    .map((o, i) => {
      const s = o.data.swot ?? {};
      return {
        nomor: i + 1,
        opd: o.data.singkatan,
        kekuatan: list(s.kekuatan),
        kelemahan: list(s.kelemahan),
        peluang: list(s.peluang),
        ancaman: list(s.ancaman),
      };
    });
}

/** One OPD in the profile annex. */
export interface ProfilOpdVM {
  readonly nomor: number;
  readonly nama: string;
  readonly singkatan: string;
  readonly kepala: string | null;
  readonly alamat: string | null;
  readonly kontak: string | null;
  readonly tupoksi: string;
}

/**
 * The OPD profile annex: each OPD that gave its duties (`tupoksi`), in table order.
 * @param ctx view-model context
 * @returns the OPDs with their duties
 */
export function profilOpdVM(ctx: Ctx): ProfilOpdVM[] {
  return sortedOpd(ctx)
    .filter((o) => o.data.tupoksi !== undefined)
    .map((o, i) => {
      const k = o.data.kontak;
      const kontak = [k?.telepon, k?.email].filter((x): x is string => x !== undefined);
      const kepala = o.data.kepala;
      return {
        nomor: i + 1,
        nama: o.data.nama,
        singkatan: o.data.singkatan,
        kepala: kepala === undefined ? null : kepala.jabatan === undefined ? kepala.nama : `${kepala.nama} (${kepala.jabatan})`,
        alamat: k?.alamat ?? null,
        kontak: kontak.length === 0 ? null : kontak.join('; '),
        tupoksi: o.data.tupoksi ?? '',
      };
    });
}
