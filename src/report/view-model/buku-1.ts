/** The view model of Buku I, Analisis Strategis: the region, its agencies and issues, readiness, and strategic analysis. */
import type { Ctx } from './context.js';
import { dimensiTerurut, sebaranVM, type SebaranVM } from './dimensi.js';
import { dasarHukumVM, jadwalVM, type DasarHukumVM, type JadwalVM } from './front.js';
import { isuVM, type IsuVM } from './isu.js';
import { kesiapanVM, type KesiapanVM } from './kesiapan.js';
import { anggaranVM, aplikasiVM, infrastrukturVM, opdVM, type AnggaranVM, type AplikasiVM, type InfrastrukturVM, type OpdVM } from './opd.js';
import { analisisDimensiVM, kosongSwotVM, permasalahanVM, rpjmdVM, visiMisiVM, type DimensiAnalisisVM, type PermasalahanVM, type RpjmdVM, type VisiMisiVM } from './strategi.js';
import { dataSetVM, layananVM, profilDaerahVM, profilOpdVM, swotOpdVM, type DataSetVM, type LayananVM, type ProfilDaerahVM, type ProfilOpdVM, type SwotOpdBarisVM } from './daerah.js';
import { singkatanVM, type SingkatanVM } from './lampiran.js';
import { timVM, type TimVM } from './tim.js';
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
  readonly profilDaerah: ProfilDaerahVM;
  readonly rpjmd: RpjmdVM;
  readonly layanan: LayananVM;
  readonly dataSet: DataSetVM;
  readonly swotOpd: readonly SwotOpdBarisVM[];
  readonly adaSwotOpd: boolean;
  /** Whether any dimension has TOWS strategies or a goal. */
  readonly adaTows: boolean;
  /** Whether the SWOT section has anything to show: a SWOT or TOWS strategies. */
  readonly adaBagianSwot: boolean;
  readonly adaTujuan: boolean;
  readonly profilOpd: readonly ProfilOpdVM[];
  readonly adaProfilOpd: boolean;
  readonly singkatan: readonly SingkatanVM[];
  readonly tim: TimVM;
}

/** The chapters of Buku I. */
export const BAB_BUKU_1: ReadonlyArray<readonly [string, string]> = [
  ['Pendahuluan', 'memuat latar belakang, maksud dan tujuan, ruang lingkup, dasar hukum, dan sistematika penulisan.'],
  [
    'Gambaran Umum Daerah',
    'memuat profil daerah beserta indikator pembangunannya, perangkat daerah beserta sumber daya manusia, anggaran, infrastruktur, aplikasi, layanan publik, dan datanya, serta isu strategis daerah.',
  ],
  [
    'Analisis Kesiapan Daerah',
    'memuat penilaian kesiapan struktur, infrastruktur, dan suprastruktur beserta analisis kesenjangannya.',
  ],
  ['Analisis Strategis', 'memuat analisis isu per dimensi smart city, analisis SWOT dan strategi TOWS, analisis SWOT perangkat daerah, serta visi, misi, dan tujuan smart city.'],
  ['Penutup', 'memuat simpulan dan langkah selanjutnya.'],
];

/**
 * Builds the view model of Buku I.
 * @param ctx view-model context
 * @returns the view model
 */
export function buku1VM(ctx: Ctx): Buku1VM {
  const permasalahan = permasalahanVM(ctx);
  const analisis = analisisDimensiVM(ctx);
  const swotOpd = swotOpdVM(ctx);
  const profilOpd = profilOpdVM(ctx);
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
    analisis,
    kosongSwot: kosongSwotVM(ctx),
    adaSwot: ctx.model.swot !== undefined,
    permasalahan,
    adaPermasalahan: permasalahan.length > 0,
    visiMisi: visiMisiVM(ctx),
    profilDaerah: profilDaerahVM(ctx),
    rpjmd: rpjmdVM(ctx),
    layanan: layananVM(ctx),
    dataSet: dataSetVM(ctx),
    swotOpd,
    adaSwotOpd: swotOpd.length > 0,
    adaTows: analisis.some((a) => a.tows.ada),
    adaBagianSwot: ctx.model.swot !== undefined || analisis.some((a) => a.tows.ada),
    adaTujuan: analisis.some((a) => a.tujuan !== null),
    profilOpd,
    adaProfilOpd: profilOpd.length > 0,
    singkatan: singkatanVM(ctx),
    tim: timVM(ctx),
  };
}
