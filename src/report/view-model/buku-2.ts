/** The view model of Buku II, Masterplan Smart City: direction, strategy per dimension, programs, action plan, roadmap, quick wins, governance. */
import type { Ctx } from './context.js';
import { dimensiTerurut, sebaranVM, strategiVM, type DimensiStrategiVM, type SebaranVM } from './dimensi.js';
import { dasarHukumVM, jadwalVM, type DasarHukumVM, type JadwalVM } from './front.js';
import { isuVM, type IsuVM } from './isu.js';
import { petaJalanVM, type PetaJalanVM } from './peta-jalan.js';
import { peringkatVM, type PeringkatVM } from './peringkat.js';
import { programVM, type ProgramVM } from './program.js';
import { rpjmdVM, visiMisiVM, type RpjmdVM, type VisiMisiVM } from './strategi.js';
import { horizonVM, type HorizonVM } from './dimensi.js';
import { singkatanVM, type SingkatanVM } from './lampiran.js';
import { sensitivitasVM, terpilihVM, titikPrioritasVM, type SensitivitasVM, type TerpilihVM, type TitikPrioritasVM } from './terpilih.js';
import { monevVM, timVM, type MonevBarisVM, type TimVM } from './tim.js';
import { bukuUmum, type BukuUmumVM } from './umum.js';

/** Everything Buku II prints. */
export interface Buku2VM extends BukuUmumVM {
  readonly jadwal: JadwalVM;
  readonly dasarHukum: readonly DasarHukumVM[];
  readonly dimensi: string;
  readonly visiMisi: VisiMisiVM;
  readonly isu: IsuVM;
  readonly sebaran: SebaranVM;
  readonly strategi: readonly DimensiStrategiVM[];
  readonly program: ProgramVM;
  readonly petaJalan: PetaJalanVM;
  readonly peringkat: PeringkatVM;
  readonly terpilih: TerpilihVM;
  readonly sensitivitas: SensitivitasVM;
  /** Points of the priority matrix (also the chart data). */
  readonly prioritas: readonly TitikPrioritasVM[];
  readonly adaPrioritas: boolean;
  readonly tim: TimVM;
  readonly monev: readonly MonevBarisVM[];
  readonly adaMonev: boolean;
  readonly rpjmd: RpjmdVM;
  /** The years the short, medium and long horizons end. */
  readonly horizon: HorizonVM;
  readonly singkatan: readonly SingkatanVM[];
}

/** The chapters of Buku II. */
export const BAB_BUKU_2: ReadonlyArray<readonly [string, string]> = [
  ['Pendahuluan', 'memuat latar belakang, maksud dan tujuan, ruang lingkup, dasar hukum, dan sistematika penulisan.'],
  ['Arah Pembangunan Smart City', 'memuat visi dan misi smart city, keselarasannya dengan RPJMD, serta keterkaitannya dengan isu strategis daerah.'],
  [
    'Strategi Pembangunan per Dimensi',
    'memuat tujuan, sasaran dan target, serta strategi TOWS setiap dimensi smart city, dan kondisi serta arah strategi setiap elemennya, berikut isu, program, dan quick win yang terkait.',
  ],
  ['Program Pembangunan', 'memuat program jangka pendek, jangka menengah, dan jangka panjang.'],
  [
    'Rencana Aksi',
    'memuat rencana aksi pengembangan kebijakan dan kelembagaan, infrastruktur pendukung, perangkat lunak dan aplikasi, serta penguatan literasi dan perubahan pola pikir, berikut kegiatannya per tahun.',
  ],
  ['Peta Jalan', 'memuat jadwal pelaksanaan quick win dan program pembangunan sepanjang periode masterplan.'],
  [
    'Quick Win Program Unggulan',
    'memuat kriteria dan bobot penilaian, peringkat seluruh usulan, quick win terpilih per dimensi, matriks prioritas, dan analisis sensitivitas.',
  ],
  ['Tata Kelola dan Penutup', 'memuat kelembagaan penyelenggara smart city, pemantauan dan evaluasi, serta penutup.'],
];

/**
 * Builds the view model of Buku II.
 * @param ctx view-model context
 * @returns the view model
 */
export function buku2VM(ctx: Ctx): Buku2VM {
  const prioritas = titikPrioritasVM(ctx);
  const monev = monevVM(ctx);
  return {
    ...bukuUmum(ctx, 2, 'Masterplan Smart City', BAB_BUKU_2),
    jadwal: jadwalVM(ctx),
    dasarHukum: dasarHukumVM(ctx),
    dimensi: dimensiTerurut(ctx),
    visiMisi: visiMisiVM(ctx),
    isu: isuVM(ctx),
    sebaran: sebaranVM(ctx),
    strategi: strategiVM(ctx),
    program: programVM(ctx),
    petaJalan: petaJalanVM(ctx),
    peringkat: peringkatVM(ctx),
    terpilih: terpilihVM(ctx),
    sensitivitas: sensitivitasVM(ctx),
    prioritas,
    adaPrioritas: prioritas.length > 0,
    tim: timVM(ctx),
    monev,
    adaMonev: monev.length > 0,
    rpjmd: rpjmdVM(ctx),
    horizon: horizonVM(ctx),
    singkatan: singkatanVM(ctx),
  };
}
