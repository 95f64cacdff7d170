/** The view model of Buku IV, Profil Quick Win: one profile per selected quick win, then every proposal ranked. */
import type { Ctx } from './context.js';
import { peringkatVM, type PeringkatVM } from './peringkat.js';
import { profilVM, type ProfilVM } from './profil.js';
import { sensitivitasVM, terpilihVM, titikPrioritasVM, type SensitivitasVM, type TerpilihVM, type TitikPrioritasVM } from './terpilih.js';
import { bukuUmum, type BukuUmumVM } from './umum.js';

/** Everything Buku IV prints. */
export interface Buku4VM extends BukuUmumVM {
  readonly terpilih: TerpilihVM;
  readonly profil: readonly ProfilVM[];
  readonly peringkat: PeringkatVM;
  readonly sensitivitas: SensitivitasVM;
  /** Points of the priority matrix (also the chart data). */
  readonly prioritas: readonly TitikPrioritasVM[];
  readonly adaPrioritas: boolean;
  /** Proposals that are not eligible, with their reasons. */
  readonly tidakMemenuhi: PeringkatVM['baris'];
  readonly adaTidakMemenuhi: boolean;
  /** Whether the summary of the selection has anything: selected quick wins, a placeholder or the priority matrix. */
  readonly adaRingkasan: boolean;
  /** Whether the profiles chapter has anything: selected quick wins or (draft) a placeholder. */
  readonly adaProfil: boolean;
}

/** The chapters of Buku IV. */
export const BAB_BUKU_4: ReadonlyArray<readonly [string, string]> = [
  ['Pendahuluan', 'memuat latar belakang, cara penilaian, dan ringkasan quick win terpilih.'],
  ['Profil Quick Win Terpilih', 'memuat profil setiap quick win terpilih.'],
  ['Peringkat Seluruh Usulan', 'memuat peringkat seluruh usulan quick win beserta alasan usulan yang tidak memenuhi syarat.'],
];

/**
 * Builds the view model of Buku IV.
 * @param ctx view-model context
 * @returns the view model
 */
export function buku4VM(ctx: Ctx): Buku4VM {
  const terpilih = terpilihVM(ctx);
  const byId = new Map(ctx.ranking.quickwins.map((p) => [p.id, p]));
  const profil = terpilih.baris.flatMap((t, i) => {
    const q = ctx.model.quickwinById.get(t.id);
    const p = byId.get(t.id);
    return q === undefined || p === undefined ? [] : [profilVM(ctx, q, p, i + 1)];
  });
  const peringkat = peringkatVM(ctx);
  const tidakMemenuhi = peringkat.baris.filter((b) => !b.memenuhi);
  const prioritas = titikPrioritasVM(ctx);
  const adaProfil = terpilih.ada || terpilih.kosong !== null;
  // A final book without a selected quick win has no profiles chapter, and its outline says so.
  const bab = adaProfil ? BAB_BUKU_4 : BAB_BUKU_4.filter(([judul]) => judul !== 'Profil Quick Win Terpilih');
  return {
    ...bukuUmum(ctx, 4, 'Profil Quick Win', bab),
    terpilih,
    profil,
    peringkat,
    sensitivitas: sensitivitasVM(ctx),
    prioritas,
    adaPrioritas: prioritas.length > 0,
    tidakMemenuhi,
    adaTidakMemenuhi: tidakMemenuhi.length > 0,
    adaRingkasan: adaProfil || prioritas.length > 0,
    adaProfil,
  };
}
