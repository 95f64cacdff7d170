/** The view model of Buku III, Ringkasan Eksekutif: the few figures a head of region reads. */
import type { Ctx } from './context.js';
import { sebaranVM, type SebaranVM } from './dimensi.js';
import { isuVM, type IsuVM } from './isu.js';
import { kesiapanVM, type KesiapanVM } from './kesiapan.js';
import { petaJalanVM, type PetaJalanVM } from './peta-jalan.js';
import { peringkatVM, type PeringkatVM } from './peringkat.js';
import { programVM, type ProgramVM } from './program.js';
import { visiMisiVM, type VisiMisiVM } from './strategi.js';
import { terpilihVM, type TerpilihVM } from './terpilih.js';
import { timVM, type TimVM } from './tim.js';
import { bukuUmum, type BukuUmumVM } from './umum.js';

/** Everything Buku III prints. */
export interface Buku3VM extends BukuUmumVM {
  readonly visiMisi: VisiMisiVM;
  readonly isu: IsuVM;
  readonly sebaran: SebaranVM;
  readonly kesiapan: KesiapanVM;
  readonly program: ProgramVM;
  readonly petaJalan: PetaJalanVM;
  readonly peringkat: PeringkatVM;
  readonly terpilih: TerpilihVM;
  readonly tim: TimVM;
  /** The issues are listed one by one (up to {@link ISU_DAFTAR_MAKS}); more are counted per dimension. */
  readonly daftarIsu: boolean;
}

/** The most issues an executive summary lists by name. */
export const ISU_DAFTAR_MAKS = 12;

/** The chapters of Buku III. */
export const BAB_BUKU_3: ReadonlyArray<readonly [string, string]> = [
  ['Ringkasan Eksekutif', 'memuat visi, isu strategis, kesiapan daerah, quick win terpilih, dan peta jalan.'],
];

/**
 * Builds the view model of Buku III.
 * @param ctx view-model context
 * @returns the view model
 */
export function buku3VM(ctx: Ctx): Buku3VM {
  return {
    ...bukuUmum(ctx, 3, 'Ringkasan Eksekutif', BAB_BUKU_3),
    visiMisi: visiMisiVM(ctx),
    isu: isuVM(ctx),
    sebaran: sebaranVM(ctx),
    kesiapan: kesiapanVM(ctx),
    program: programVM(ctx),
    petaJalan: petaJalanVM(ctx),
    peringkat: peringkatVM(ctx),
    terpilih: terpilihVM(ctx),
    tim: timVM(ctx),
    daftarIsu: ctx.model.isu.length <= ISU_DAFTAR_MAKS,
  };
}
