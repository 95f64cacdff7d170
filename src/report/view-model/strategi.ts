/** Strategic analysis: issues and SWOT per dimension, the problems OPDs report, and the vision and mission. */
import type { Ctx } from './context.js';
import { pemilikIsu } from './isu.js';
import { sortedOpd } from './opd.js';
import { isian, kosongDraf, type Isian, type Kosong } from './options.js';

const TIM = 'Tim Pelaksana Smart City';

/** One SWOT row: the factor and its items. */
export interface SwotBarisVM {
  readonly unsur: string;
  readonly butir: readonly string[];
}

/** Issues and SWOT of one dimension. */
export interface DimensiAnalisisVM {
  readonly nomor: number;
  readonly id: string;
  readonly nama: string;
  readonly sasaran: string;
  /**
   * The issues of the dimension. An issue of several dimensions is described under the first; under
   * the others `rujukan` names that first dimension instead of repeating the description.
   */
  readonly isu: ReadonlyArray<{ readonly judul: string; readonly deskripsi: Isian; readonly rujukan: string | null }>;
  readonly adaIsu: boolean;
  readonly kosongIsu: Kosong | null;
  /** The four factors, or empty when the dimension has no SWOT. */
  readonly swot: readonly SwotBarisVM[];
  readonly adaSwot: boolean;
  readonly kosongSwot: Kosong | null;
}

/** Problems one OPD reported. */
export interface PermasalahanVM {
  readonly nomor: number;
  readonly opd: string;
  readonly butir: readonly string[];
}

/** The vision and mission. */
export interface VisiMisiVM {
  readonly visi: Isian;
  readonly misi: ReadonlyArray<{ readonly nomor: number; readonly teks: string }>;
  readonly adaMisi: boolean;
  readonly kosongMisi: Kosong | null;
}

/**
 * Issues and SWOT per dimension, in framework order.
 * @param ctx view-model context
 * @returns one entry per dimension
 */
export function analisisDimensiVM(ctx: Ctx): DimensiAnalisisVM[] {
  /** The dimension each issue is first described under. */
  const describedIn = new Map<string, string>();
  return ctx.model.dimensions.map((d, i) => {
    const s = d.swot;
    const swot: SwotBarisVM[] =
      s === undefined
        ? []
        : [
            { unsur: 'Kekuatan (Strengths)', butir: s.kekuatan },
            { unsur: 'Kelemahan (Weaknesses)', butir: s.kelemahan },
            { unsur: 'Peluang (Opportunities)', butir: s.peluang },
            { unsur: 'Ancaman (Threats)', butir: s.ancaman },
          ].map((b) => ({ unsur: b.unsur, butir: b.butir.length > 0 ? b.butir : ['–'] }));
    return {
      nomor: i + 1,
      id: d.info.id,
      nama: d.info.nama,
      sasaran: d.info.sasaran,
      isu: d.isu.map((x) => {
        const first = describedIn.get(x.id);
        if (first === undefined) describedIn.set(x.id, d.info.nama);
        return {
          judul: x.data.judul,
          deskripsi: isian(x.data.deskripsi, `Deskripsi isu ${x.data.judul}`, pemilikIsu(ctx, x), ctx.options),
          rujukan: first ?? null,
        };
      }),
      adaIsu: d.isu.length > 0,
      kosongIsu: d.isu.length > 0 ? null : kosongDraf(`Isu strategis ${d.info.nama}`, TIM, ctx.options),
      swot,
      adaSwot: swot.length > 0,
      // Without any SWOT at all, one placeholder for the whole analysis says it better (see swotVM).
      kosongSwot:
        swot.length > 0 || ctx.model.swot === undefined ? null : kosongDraf(`Analisis SWOT ${d.info.nama}`, TIM, ctx.options),
    };
  });
}

/**
 * The placeholder for a SWOT analysis that is missing altogether (draft only).
 * @param ctx view-model context
 * @returns the placeholder, or null
 */
export function kosongSwotVM(ctx: Ctx): Kosong | null {
  return ctx.model.swot === undefined ? kosongDraf('Analisis SWOT seluruh dimensi', TIM, ctx.options) : null;
}

/**
 * The problems each OPD reported, in OPD table order.
 * @param ctx view-model context
 * @returns OPDs with at least one problem
 */
export function permasalahanVM(ctx: Ctx): PermasalahanVM[] {
  return sortedOpd(ctx)
    .filter((o) => (o.data.permasalahan ?? []).length > 0)
    .map((o, i) => ({ nomor: i + 1, opd: o.data.singkatan, butir: o.data.permasalahan ?? [] }));
}

/**
 * The smart-city vision and mission.
 * @param ctx view-model context
 * @returns vision (or placeholder) and numbered missions
 */
export function visiMisiVM(ctx: Ctx): VisiMisiVM {
  const misi = (ctx.model.config.misi ?? []).map((teks, i) => ({ nomor: i + 1, teks }));
  return {
    visi: isian(ctx.model.config.visi, 'Visi smart city', TIM, ctx.options),
    misi,
    adaMisi: misi.length > 0,
    kosongMisi: misi.length > 0 ? null : kosongDraf('Misi smart city', TIM, ctx.options),
  };
}
