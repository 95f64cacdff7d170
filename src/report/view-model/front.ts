/** Front matter and shared facts of every book: the daerah, the cover, the foreword, the bimtek schedule, the legal basis. */
import { bulan, tanggal } from '../format/index.js';
import { compareText, daftarKata, type Ctx } from './context.js';
import { KEPALA_DAERAH } from '../labels.js';
import { isian, kosongDraf, type Isian, type Kosong } from './options.js';

/** The region and the plan period. */
export interface DaerahVM {
  /** "Kota Tegal". */
  readonly nama: string;
  /** "Tegal": the name without "Kota", "Kabupaten" or "Provinsi". */
  readonly namaPendek: string;
  /** "kota", "kabupaten" or "provinsi", lower case for running text. */
  readonly jenis: string;
  /** "Pemerintah Kota Tegal". */
  readonly pemerintah: string;
  readonly provinsi: string | null;
  /** "Wali Kota Tegal". */
  readonly jabatanKepala: string;
  readonly kepalaDaerah: Isian;
  readonly periode: { readonly mulai: number; readonly selesai: number; readonly teks: string; readonly tahun: number };
  /** The ministry named in the books: `kementerian`, else by the date of the first bimtek (docs/input.md). */
  readonly kementerian: string;
  /** "kota cerdas", "kabupaten cerdas" or "provinsi cerdas", by `daerah.jenis`. */
  readonly cerdas: string;
}

/** The cover (`::sampul`): title with region and period, the book, the government and the year of issue. */
export interface SampulVM {
  /** "Masterplan Smart City", then on a new line "Kota Tegal Tahun 2023–2032". */
  readonly judul: string;
  /** "Buku I", then on a new line "Analisis Strategis". */
  readonly subjudul: string;
  /** "PEMERINTAH KOTA TEGAL". */
  readonly daerah: string;
  /** The year of issue, e.g. "2022". */
  readonly tahun: string;
  /** The plan on one line: "Masterplan Smart City Kota Tegal 2023–2032" (the file's title). */
  readonly rencana: string;
  /** The book on one line: "Buku I: Analisis Strategis" (the file's subject). */
  readonly buku: string;
  /** Running header text. */
  readonly kepala: string;
  /** Whether a logo asset named "logo" is supplied. */
  readonly logo: boolean;
}

/** The signature under the foreword, and whom it thanks. */
export interface PengantarVM {
  /** The bodies the foreword thanks, joined: only those that exist. */
  readonly terimaKasih: string;
  /** Whether the project names a Dewan Smart City. */
  readonly adaDewan: boolean;
  readonly kota: string;
  readonly tanggal: string;
  /** The head of the region, when known. */
  readonly nama: string | null;
  readonly jabatan: string;
}

/** One bimtek session. */
export interface BimtekVM {
  readonly tahap: number;
  /** ISO date, printed with the `tanggal` helper. */
  readonly tanggal: string;
  readonly tempat: string | null;
}

/** The bimtek schedule, or a placeholder when none is configured (draft). */
export interface JadwalVM {
  readonly ada: boolean;
  readonly sesi: readonly BimtekVM[];
  readonly kosong: Kosong | null;
}

/** One chapter in the "sistematika penulisan". */
export interface BabVM {
  readonly nomor: number;
  readonly judul: string;
  readonly isi: string;
}

/** A numbered line of the legal basis. */
export interface DasarHukumVM {
  readonly nomor: number;
  readonly teks: string;
}

function shortName(nama: string): string {
  const short = nama.replace(/^(Kota|Kabupaten|Kab\.|Provinsi)\s+/i, '').trim();
  return short === '' ? nama : short;
}

/**
 * The region and period.
 * @param ctx view-model context
 * @returns the daerah facts
 */
export function daerahVM(ctx: Ctx): DaerahVM {
  const d = ctx.model.config.daerah;
  const p = ctx.model.config.periode;
  const namaPendek = shortName(d.nama);
  return {
    nama: d.nama,
    namaPendek,
    jenis: d.jenis,
    pemerintah: `Pemerintah ${d.nama}`,
    provinsi: d.provinsi ?? null,
    jabatanKepala: `${KEPALA_DAERAH[d.jenis]} ${namaPendek}`,
    kepalaDaerah: isian(d.kepala_daerah, 'Nama kepala daerah', null, ctx.options),
    periode: { mulai: p.mulai, selesai: p.selesai, teks: `${p.mulai}–${p.selesai}`, tahun: p.selesai - p.mulai + 1 },
    kementerian: kementerianOf(ctx),
    cerdas: `${d.jenis} cerdas`,
  };
}

/** The day the ministry became the Kementerian Komunikasi dan Digital (the cabinet sworn in; docs/input.md). */
export const KOMDIGI_SEJAK = '2024-10-21';

/**
 * The ministry the books name: the project's `kementerian`, else the Kementerian Komunikasi dan Digital
 * when the first bimtek (or, without one, the first year of the period) is on or after 21 October 2024,
 * else the Kementerian Komunikasi dan Informatika.
 * @param ctx view-model context
 * @returns the ministry's name
 */
export function kementerianOf(ctx: Ctx): string {
  const c = ctx.model.config;
  if (c.kementerian !== undefined) return c.kementerian;
  const first = [...(c.bimtek ?? [])].sort((a, b) => a.tahap - b.tahap || compareText(a.tanggal, b.tanggal))[0];
  const mulai = first?.tanggal ?? `${c.periode.mulai}-01-01`;
  return mulai >= KOMDIGI_SEJAK ? 'Kementerian Komunikasi dan Digital' : 'Kementerian Komunikasi dan Informatika';
}

/**
 * The cover of a book.
 * @param ctx view-model context
 * @param nomor book number 1–4
 * @param judulBuku the book's own title, e.g. "Analisis Strategis"
 * @param logo whether a logo asset is supplied
 * @returns the cover values
 */
export function sampulVM(ctx: Ctx, nomor: number, judulBuku: string, logo: boolean): SampulVM {
  const d = daerahVM(ctx);
  const romawi = ['I', 'II', 'III', 'IV'][nomor - 1] ?? String(nomor);
  return {
    judul: `Masterplan Smart City\n${d.nama}\nTahun ${d.periode.teks}`,
    subjudul: `Buku ${romawi}\n${judulBuku}`,
    daerah: d.pemerintah.toUpperCase(),
    tahun: tanggalTerbit(ctx).slice(0, 4),
    rencana: `Masterplan Smart City ${d.nama} ${d.periode.teks}`,
    buku: `Buku ${romawi}: ${judulBuku}`,
    kepala: `Masterplan Smart City ${d.nama} ${d.periode.teks} | Buku ${romawi} ${judulBuku}`,
    logo,
  };
}

/**
 * The bimtek sessions, in stage order.
 * @param ctx view-model context
 * @returns the schedule
 */
export function jadwalVM(ctx: Ctx): JadwalVM {
  const sesi = [...(ctx.model.config.bimtek ?? [])]
    .sort((a, b) => a.tahap - b.tahap || compareText(a.tanggal, b.tanggal))
    .map((b) => ({ tahap: b.tahap, tanggal: b.tanggal, tempat: b.tempat ?? null }));
  return {
    ada: sesi.length > 0,
    sesi,
    kosong: sesi.length > 0 ? null : kosongDraf('Jadwal bimbingan teknis', 'Tim Pelaksana Smart City', ctx.options),
  };
}

/**
 * The date under the foreword: the bimtek of the stage being prepared, else the last bimtek, else
 * the month of the build.
 * @param ctx view-model context
 * @returns the date as printed, e.g. "14 September 2022"
 */
export function tanggalPengantar(ctx: Ctx): string {
  const terbit = tanggalTerbit(ctx);
  return terbit.length === 7 ? bulan(terbit) : tanggal(terbit);
}

/**
 * The date of issue: the bimtek of the stage being prepared, else the last bimtek, else the month of
 * the build.
 * @param ctx view-model context
 * @returns an ISO date (`YYYY-MM-DD`), or a month (`YYYY-MM`) when it is the build's
 */
export function tanggalTerbit(ctx: Ctx): string {
  const sesi = jadwalVM(ctx).sesi;
  const stage = ctx.options.stage;
  const forStage = stage === undefined ? undefined : sesi.filter((s) => s.tahap === stage).at(-1);
  const last = [...sesi].sort((a, b) => compareText(a.tanggal, b.tanggal)).at(-1);
  const chosen = forStage ?? last;
  if (chosen !== undefined) return chosen.tanggal;
  return ctx.options.buildDate.toISOString().slice(0, 7);
}

/**
 * Who a foreword thanks: the expert team, then the bodies the project has (a Dewan Smart City only
 * when its members are given), then the agencies.
 * @param ctx view-model context
 * @returns the phrase, e.g. "tim ahli pendamping, Tim Pelaksana Smart City, dan seluruh perangkat daerah"
 */
export function terimaKasihVM(ctx: Ctx): string {
  const tim = ctx.model.config.tim;
  return daftarKata([
    'tim ahli pendamping',
    ...((tim?.dewan?.length ?? 0) > 0 ? ['Dewan Smart City'] : []),
    ...((tim?.pelaksana?.length ?? 0) > 0 ? ['Tim Pelaksana Smart City'] : []),
    'seluruh perangkat daerah',
  ]);
}

/**
 * The signature of the foreword.
 * @param ctx view-model context
 * @returns place, date, name and title
 */
export function pengantarVM(ctx: Ctx): PengantarVM {
  const d = daerahVM(ctx);
  return {
    terimaKasih: terimaKasihVM(ctx),
    adaDewan: (ctx.model.config.tim?.dewan?.length ?? 0) > 0,
    kota: d.namaPendek,
    tanggal: tanggalPengantar(ctx),
    nama: d.kepalaDaerah.teks,
    jabatan: d.jabatanKepala,
  };
}

/**
 * The legal basis, numbered.
 * @param ctx view-model context
 * @returns the lines
 */
export function dasarHukumVM(ctx: Ctx): DasarHukumVM[] {
  return ctx.model.dasarHukum.map((teks, i) => ({ nomor: i + 1, teks }));
}

/**
 * The chapters of a book for its "sistematika penulisan".
 * @param items chapter titles and what each holds
 * @returns numbered chapters
 */
export function sistematika(items: ReadonlyArray<readonly [string, string]>): BabVM[] {
  return items.map(([judul, isi], i) => ({ nomor: i + 1, judul, isi }));
}
