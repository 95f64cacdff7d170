/**
 * Readiness (analisis kesiapan daerah): each aspect's score, note and evidence, the average per
 * pillar, and the gap, defined as the target score 5 minus the score.
 */
import type { AspekData } from '../../schema/index.js';
import { daftarKata, type Ctx } from './context.js';
import { TINGKAT_KESIAPAN } from '../labels.js';
import { isian, kosongDraf, type Isian, type Kosong } from './options.js';

/** The target score every aspect is measured against. */
export const TARGET_KESIAPAN = 5;

/** One aspect of a pillar. */
export interface AspekVM {
  readonly id: string;
  readonly nama: string;
  readonly deskripsi: string;
  readonly pilar: string;
  /** Whether the aspect is assessed (skor, tingkat, kesenjangan and prioritas are set). */
  readonly dinilai: boolean;
  /** 1–5, or null when not assessed. */
  readonly skor: number | null;
  /** "sebagian", "optimal" …; null when not assessed. */
  readonly tingkat: string | null;
  /** Target minus score. */
  readonly kesenjangan: number | null;
  /** "Tinggi" (gap ≥ 3), "Sedang" (2), "Rendah" (≤ 1). */
  readonly prioritas: string | null;
  readonly catatan: Isian;
  readonly bukti: readonly string[];
  /** In a draft, the placeholder for a missing score. */
  readonly kosong: Kosong | null;
}

/** One pillar (struktur, infrastruktur, suprastruktur). */
export interface PilarVM {
  readonly id: string;
  readonly nama: string;
  /** "Struktur": the name without "Kesiapan". */
  readonly singkat: string;
  readonly deskripsi: string;
  /** Whether at least one of its aspects is assessed (rataRata, kesenjangan and tingkat are set). */
  readonly dinilai: boolean;
  /** Mean of the assessed aspects, or null when none is. */
  readonly rataRata: number | null;
  readonly kesenjangan: number | null;
  readonly tingkat: string | null;
  readonly aspek: readonly AspekVM[];
}

/** The readiness assessment. */
export interface KesiapanVM {
  /** At least one aspect is scored. */
  readonly ada: boolean;
  /** All nine aspects are scored. */
  readonly lengkap: boolean;
  readonly target: number;
  readonly pilar: readonly PilarVM[];
  /** Mean over all assessed aspects. */
  readonly rataRata: number | null;
  readonly tingkat: string | null;
  /** Assessed aspects, largest gap first (framework order among equals), numbered. */
  readonly kesenjangan: ReadonlyArray<AspekVM & { readonly nomor: number }>;
  /** Names of the aspects with the highest and the lowest score, joined ("a, b, dan c"). */
  readonly terkuat: string | null;
  readonly skorTertinggi: number | null;
  readonly terlemah: string | null;
  readonly skorTerendah: number | null;
  /** In a draft without kesiapan.yaml: the placeholder for the whole assessment. */
  readonly kosong: Kosong | null;
}

function tingkat(score: number | null): string | null {
  if (score === null) return null;
  const level = Math.min(5, Math.max(1, Math.round(score))) as 1 | 2 | 3 | 4 | 5;
  return TINGKAT_KESIAPAN[level];
}

function prioritas(gap: number): string {
  return gap >= 3 ? 'Tinggi' : gap >= 2 ? 'Sedang' : 'Rendah';
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function aspekOf(ctx: Ctx, pilar: string, aspek: string): AspekData | undefined {
  const k = ctx.model.kesiapan as Record<string, Record<string, AspekData | undefined> | undefined> | undefined;
  return k?.[pilar]?.[aspek];
}

/**
 * The readiness assessment, per pillar and aspect, with gaps.
 * @param ctx view-model context
 * @returns the readiness view
 */
export function kesiapanVM(ctx: Ctx): KesiapanVM {
  const team = 'Tim Pelaksana Smart City';
  const pilar: PilarVM[] = ctx.model.pilar.map((p) => {
    const singkat = p.nama.replace(/^Kesiapan\s+/, '');
    const aspek = p.aspek.map((a): AspekVM => {
      const data = aspekOf(ctx, p.id, a.id);
      const skor = data?.skor ?? null;
      const gap = skor === null ? null : TARGET_KESIAPAN - skor;
      return {
        id: `${p.id}.${a.id}`,
        nama: a.nama,
        deskripsi: a.deskripsi,
        pilar: singkat,
        dinilai: skor !== null,
        skor,
        tingkat: tingkat(skor),
        kesenjangan: gap,
        prioritas: gap === null ? null : prioritas(gap),
        catatan: data === undefined ? { ada: false, teks: null, kosong: null } : isian(data.catatan, `Catatan penilaian aspek ${a.nama}`, team, ctx.options),
        bukti: data?.bukti ?? [],
        kosong: data === undefined ? kosongDraf(`Skor aspek ${a.nama}`, team, ctx.options) : null,
      };
    });
    const rataRata = mean(aspek.flatMap((a) => (a.skor === null ? [] : [a.skor])));
    return {
      id: p.id,
      nama: p.nama,
      singkat,
      deskripsi: p.deskripsi,
      dinilai: rataRata !== null,
      rataRata,
      kesenjangan: rataRata === null ? null : TARGET_KESIAPAN - rataRata,
      tingkat: tingkat(rataRata),
      aspek,
    };
  });
  const all = pilar.flatMap((p) => p.aspek);
  const scored = all.filter((a) => a.skor !== null);
  const rataRata = mean(scored.map((a) => a.skor ?? 0));
  const byGap = scored
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (y.a.kesenjangan ?? 0) - (x.a.kesenjangan ?? 0) || x.i - y.i)
    .map((x, i) => ({ ...x.a, nomor: i + 1 }));
  const scores = scored.map((a) => a.skor ?? 0);
  const named = (s: number): string | null =>
    scored.length === 0 ? null : daftarKata(scored.filter((a) => a.skor === s).map((a) => a.nama.toLowerCase()));
  return {
    ada: scored.length > 0,
    lengkap: scored.length === all.length,
    target: TARGET_KESIAPAN,
    pilar,
    rataRata,
    tingkat: tingkat(rataRata),
    kesenjangan: byGap,
    terkuat: named(Math.max(...scores)),
    skorTertinggi: scored.length === 0 ? null : Math.max(...scores),
    terlemah: named(Math.min(...scores)),
    skorTerendah: scored.length === 0 ? null : Math.min(...scores),
    kosong: ctx.model.kesiapan === undefined ? kosongDraf('Penilaian kesiapan daerah', team, ctx.options) : null,
  };
}
