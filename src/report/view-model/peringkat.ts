/** The quick-win ranking: criteria and weights (or the AHP matrix), every proposal in ranked order, the selection per dimension. */
import { reasonTexts } from '../../diagnostics/codes/reasons.js';
import type { RankedQuickWin } from '../../score/types.js';
import { renderCoded } from '../../text/index.js';
import { angka } from '../format/index.js';
import { daftarKata, type Ctx } from './context.js';
import { JENIS_KRITERIA, METODE } from '../labels.js';
import { kosongDraf, type Kosong } from './options.js';

/** One criterion with its weight. */
export interface KriteriaVM {
  readonly nomor: number;
  readonly id: string;
  readonly nama: string;
  /** "Manfaat (benefit)" or "Biaya (cost)". */
  readonly jenis: string;
  /** Fraction; printed with `persen`. */
  readonly bobot: number;
  /** Where the value comes from: a score on the scale, the budget or the duration. */
  readonly sumber: string;
}

/** The AHP pairwise matrix and its consistency figures. */
export interface AhpVM {
  readonly kolom: ReadonlyArray<{ readonly nama: string }>;
  readonly baris: ReadonlyArray<{ readonly kriteria: string; readonly sel: ReadonlyArray<{ readonly nilai: string }>; readonly bobot: number }>;
  readonly lambdaMax: number;
  readonly ci: number;
  readonly ri: number;
  readonly cr: number;
  readonly konsisten: boolean;
}

/** One proposal in the ranking table. */
export interface PeringkatBarisVM {
  readonly peringkat: number;
  readonly id: string;
  readonly nama: string;
  readonly opd: string;
  readonly dimensi: string;
  readonly anggaran: number;
  readonly skor: number;
  readonly dinilai: boolean;
  readonly memenuhi: boolean;
  readonly terpilih: boolean;
  /** "Terpilih", "Memenuhi syarat" or "Tidak memenuhi syarat". */
  readonly status: string;
  /** The reasons of ineligibility in Indonesian, joined with "; " and capitalised, or null. */
  readonly alasan: string | null;
}

/** The selection in one dimension. */
export interface SeleksiVM {
  readonly dimensi: string;
  readonly usulan: number;
  readonly memenuhi: number;
  /** Names of the selected quick wins, joined, or null. */
  readonly terpilih: string | null;
  /** Why nothing was selected, when nothing was. */
  readonly keterangan: string | null;
}

/** The ranking part of Buku II and IV. */
export interface PeringkatVM {
  readonly metode: { readonly singkat: string; readonly nama: string; readonly cara: string };
  readonly jumlahKriteria: number;
  readonly skala: { readonly min: number; readonly max: number };
  readonly kriteria: readonly KriteriaVM[];
  /** How the weights were set, as a sentence. */
  readonly asalBobot: string;
  readonly ahp: AhpVM | null;
  readonly syarat: {
    readonly durasiMaks: number;
    readonly anggaranMaks: number | null;
    readonly isuWajib: boolean;
    readonly perDimensi: number;
  };
  readonly baris: readonly PeringkatBarisVM[];
  readonly ada: boolean;
  readonly kosong: Kosong | null;
  readonly jumlahUsulan: number;
  readonly jumlahMemenuhi: number;
  readonly jumlahTidakMemenuhi: number;
  readonly jumlahTerpilih: number;
  readonly seleksi: readonly SeleksiVM[];
  /** Dimension names without a selection, joined, or null. */
  readonly dimensiTanpaPilihan: string | null;
}

/**
 * An AHP judgement as it is usually written: 3, 1/3, or a decimal.
 * @param v the value
 * @returns the text
 */
export function nilaiAhp(v: number): string {
  if (Math.abs(v - Math.round(v)) < 1e-9) return angka(Math.round(v));
  const inv = 1 / v;
  if (Math.abs(inv - Math.round(inv)) < 1e-9) return `1/${Math.round(inv)}`;
  return angka(v, 2);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Why a quick win is not eligible, in Indonesian (the language of the books and the workbook), joined with "; ".
 * @param p the ranked quick win
 * @returns the reasons, empty when it is eligible
 */
export function alasanTidakMemenuhi(p: Pick<RankedQuickWin, 'reasons'>): string {
  return p.reasons.map((r) => renderCoded(reasonTexts, r, 'id')).join('; ');
}

/**
 * The status and reasons of a proposal.
 * @param p the ranked proposal
 * @returns status label and reasons
 */
export function statusUsulan(p: RankedQuickWin): { status: string; alasan: string | null } {
  const status = p.selected ? 'Terpilih' : p.eligible ? 'Memenuhi syarat' : 'Tidak memenuhi syarat';
  const alasan = p.reasons.length === 0 ? null : capitalise(alasanTidakMemenuhi(p));
  return { status, alasan };
}

/**
 * One ranking row.
 * @param ctx view-model context
 * @param p the ranked proposal
 * @returns the row
 */
export function peringkatBaris(ctx: Ctx, p: RankedQuickWin): PeringkatBarisVM {
  const q = ctx.model.quickwinById.get(p.id);
  return {
    peringkat: p.rank,
    id: p.id,
    nama: p.nama,
    opd: ctx.opdSingkatan(p.opd),
    dimensi: ctx.dimensiNama(p.dimensi),
    anggaran: q?.data.anggaran.nilai ?? 0,
    skor: p.score,
    dinilai: p.scored,
    memenuhi: p.eligible,
    terpilih: p.selected,
    ...statusUsulan(p),
  };
}

function sumberNilai(dari: 'anggaran' | 'durasi_bulan' | null, skala: { min: number; max: number }): string {
  if (dari === 'anggaran') return 'Nilai anggaran (rupiah)';
  if (dari === 'durasi_bulan') return 'Durasi pelaksanaan (bulan)';
  return `Skor ${angka(skala.min)}–${angka(skala.max)}`;
}

/**
 * The ranking view: criteria, weights, AHP, all proposals and the selection.
 * @param ctx view-model context
 * @returns the ranking view
 */
export function peringkatVM(ctx: Ctx): PeringkatVM {
  const r = ctx.ranking;
  const syarat = ctx.model.config.penilaian.syarat;
  const kriteria = r.criteria.map((k, i) => ({
    nomor: i + 1,
    id: k.id,
    nama: k.nama,
    jenis: JENIS_KRITERIA[k.jenis],
    bobot: k.weight,
    sumber: sumberNilai(k.dari, r.skala),
  }));
  const names = new Map(r.criteria.map((k) => [k.id, k.nama]));
  const ahp: AhpVM | null =
    r.ahp === null
      ? null
      : {
          kolom: r.ahp.criteria.map((id) => ({ nama: names.get(id) ?? id })),
          baris: r.ahp.criteria.map((id, i) => ({
            kriteria: names.get(id) ?? id,
            sel: (r.ahp?.matrix[i] ?? []).map((v) => ({ nilai: nilaiAhp(v) })),
            bobot: r.ahp?.weights[i] ?? 0,
          })),
          lambdaMax: r.ahp.lambdaMax,
          ci: r.ahp.ci,
          ri: r.ahp.ri,
          cr: r.ahp.cr,
          konsisten: r.ahp.consistent,
        };
  const asalBobot =
    r.weightsSource === 'ahp'
      ? 'Bobot kriteria diturunkan dengan Analytical Hierarchy Process (AHP) dari perbandingan berpasangan antarkriteria.'
      : r.weightsSource === 'bobot'
        ? 'Bobot kriteria ditetapkan langsung oleh Tim Pelaksana Smart City dan dinormalkan sehingga jumlahnya 100%.'
        : 'Setiap kriteria diberi bobot yang sama.';
  const baris = r.quickwins.map((p) => peringkatBaris(ctx, p));
  const seleksi = r.selection.map((s): SeleksiVM => {
    const chosen = s.selected.map((id) => ctx.quickwinNama(id));
    const keterangan =
      chosen.length > 0 || r.perDimensi === 0
        ? null
        : s.quickwins === 0
          ? 'Tidak ada usulan pada dimensi ini.'
          : 'Tidak ada usulan yang memenuhi syarat.';
    return {
      dimensi: ctx.dimensiNama(s.dimensi),
      usulan: s.quickwins,
      memenuhi: s.eligible,
      terpilih: chosen.length === 0 ? null : chosen.join(', '),
      keterangan,
    };
  });
  const without = r.dimensionsWithoutSelection.map((d) => ctx.dimensiNama(d));
  return {
    metode: METODE[r.method],
    jumlahKriteria: kriteria.length,
    skala: r.skala,
    kriteria,
    asalBobot,
    ahp,
    syarat: {
      durasiMaks: syarat.durasi_bulan_maks,
      anggaranMaks: syarat.anggaran_maks ?? null,
      isuWajib: syarat.isu_wajib,
      perDimensi: r.perDimensi,
    },
    baris,
    ada: baris.length > 0,
    kosong: baris.length > 0 ? null : kosongDraf('Usulan quick win', 'perangkat daerah', ctx.options),
    jumlahUsulan: baris.length,
    jumlahMemenuhi: baris.filter((b) => b.memenuhi).length,
    jumlahTidakMemenuhi: baris.filter((b) => !b.memenuhi).length,
    jumlahTerpilih: baris.filter((b) => b.terpilih).length,
    seleksi,
    dimensiTanpaPilihan: without.length === 0 ? null : daftarKata(without),
  };
}
