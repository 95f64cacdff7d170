/** The view model of Buku I, Analisis Strategis: the region, its agencies and issues, readiness, and strategic analysis. */
import type { Ctx } from './context.js';
import { dimensiTerurut, sebaranVM, type SebaranVM } from './dimensi.js';
import { dasarHukumVM, jadwalVM, type DasarHukumVM, type JadwalVM } from './front.js';
import { isuVM, type IsuVM } from './isu.js';
import { kesiapanVM, type KesiapanVM } from './kesiapan.js';
import { anggaranVM, aplikasiVM, infrastrukturVM, opdVM, type AnggaranVM, type AplikasiVM, type InfrastrukturVM, type OpdVM } from './opd.js';
import { analisisDimensiVM, kosongSwotVM, permasalahanVM, visiMisiVM, type DimensiAnalisisVM, type PermasalahanVM, type VisiMisiVM } from './strategi.js';
import type { Kosong } from './options.js';
import { bukuUmum, type BukuUmumVM } from './umum.js';

/** Everything Buku I prints. */
export interface Buku1VM extends BukuUmumVM {
  readonly jadwal: JadwalVM;
  readonly dasarHukum: readonly DasarHukumVM[];
  /** Names of the six dimensions, joined. */
  readonly dimensi: string;
  readonly opd: OpdVM;
  readonly anggaran: AnggaranVM;
  readonly infrastruktur: InfrastrukturVM;
  readonly aplikasi: AplikasiVM;
  readonly isu: IsuVM;
  readonly sebaran: SebaranVM;
  readonly kesiapan: KesiapanVM;
  readonly analisis: readonly DimensiAnalisisVM[];
  /** In a draft without any SWOT analysis: one placeholder for all of it. */
  readonly kosongSwot: Kosong | null;
  /** Whether the project has a SWOT analysis at all. */
  readonly adaSwot: boolean;
  readonly permasalahan: readonly PermasalahanVM[];
  readonly adaPermasalahan: boolean;
  readonly visiMisi: VisiMisiVM;
}

/** The chapters of Buku I. */
export const BAB_BUKU_1: ReadonlyArray<readonly [string, string]> = [
  ['Pendahuluan', 'memuat latar belakang, maksud dan tujuan, ruang lingkup, dasar hukum, dan sistematika penulisan.'],
  [
    'Gambaran Umum Daerah',
    'memuat profil daerah, perangkat daerah beserta sumber daya manusia, anggaran, infrastruktur, dan aplikasinya, serta isu strategis daerah.',
  ],
  [
    'Analisis Kesiapan Daerah',
    'memuat penilaian kesiapan struktur, infrastruktur, dan suprastruktur beserta analisis kesenjangannya.',
  ],
  ['Analisis Strategis', 'memuat analisis isu per dimensi smart city, analisis SWOT, serta visi dan misi smart city.'],
  ['Penutup', 'memuat simpulan dan langkah selanjutnya.'],
];

/**
 * Builds the view model of Buku I.
 * @param ctx view-model context
 * @returns the view model
 */
export function buku1VM(ctx: Ctx): Buku1VM {
  const permasalahan = permasalahanVM(ctx);
  return {
    ...bukuUmum(ctx, 1, 'Analisis Strategis', BAB_BUKU_1),
    jadwal: jadwalVM(ctx),
    dasarHukum: dasarHukumVM(ctx),
    dimensi: dimensiTerurut(ctx),
    opd: opdVM(ctx),
    anggaran: anggaranVM(ctx),
    infrastruktur: infrastrukturVM(ctx),
    aplikasi: aplikasiVM(ctx),
    isu: isuVM(ctx),
    sebaran: sebaranVM(ctx),
    kesiapan: kesiapanVM(ctx),
    analisis: analisisDimensiVM(ctx),
    kosongSwot: kosongSwotVM(ctx),
    adaSwot: ctx.model.swot !== undefined,
    permasalahan,
    adaPermasalahan: permasalahan.length > 0,
    visiMisi: visiMisiVM(ctx),
  };
}
