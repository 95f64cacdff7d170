/** Strategic analysis: issues and SWOT per dimension, the problems OPDs report, and the vision and mission. */
import type { Ctx } from './context.js';
import { towsVM, type TowsVM } from './dimensi.js';
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
  /** The strategies drawn from the SWOT (data/strategi/<dim>.yaml). */
  readonly tows: TowsVM;
  /** Whether the dimension has a part in the SWOT section: its SWOT, its TOWS, or (draft) a placeholder. */
  readonly adaSwotTows: boolean;
  /** The dimension's goal, as the Tim wrote it. */
  readonly tujuan: string | null;
}

/** Problems one OPD reported. */
export interface PermasalahanVM {
  readonly nomor: number;
  readonly opd: string;
  readonly butir: readonly string[];
}

/** One smart-city mission and the RPJMD missions it serves. */
export interface MisiVM {
  readonly nomor: number;
  readonly teks: string;
  /** The RPJMD missions it serves, by number; empty when it names none. */
  readonly rpjmd: ReadonlyArray<{ readonly nomor: number; readonly teks: string }>;
}

/** The vision and mission. */
export interface VisiMisiVM {
  readonly visi: Isian;
  readonly misi: readonly MisiVM[];
  readonly adaMisi: boolean;
  readonly kosongMisi: Kosong | null;
  /** Whether there is anything to print: the vision, the missions or (draft) a placeholder. */
  readonly adaBagian: boolean;
}

/** The RPJMD the masterplan is aligned with, and the alignment of each smart-city mission. */
export interface RpjmdVM {
  readonly ada: boolean;
  /** In a draft without an RPJMD: the placeholder. */
  readonly kosong: Kosong | null;
  /** "2019–2024". */
  readonly periode: string;
  readonly visi: string;
  readonly misi: ReadonlyArray<{ readonly nomor: number; readonly teks: string }>;
  readonly jumlahMisi: number;
  /** Whether any smart-city mission names the RPJMD missions it serves. */
  readonly adaSelaras: boolean;
  /** How many RPJMD missions at least one smart-city mission serves. */
  readonly misiDidukung: number;
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
      tows: towsVM(d.strategi),
      adaSwotTows: swot.length > 0 || (d.strategi?.tows?.length ?? 0) > 0 || (ctx.model.swot !== undefined && ctx.options.draft),
      tujuan: d.strategi?.tujuan ?? null,
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
  const rpjmd = ctx.model.config.rpjmd?.misi ?? [];
  const misi = (ctx.model.config.misi ?? []).map((m, i): MisiVM => {
    const teks = typeof m === 'string' ? m : m.teks;
    const nomor = typeof m === 'string' ? [] : [...new Set(m.rpjmd)].sort((a, b) => a - b);
    return { nomor: i + 1, teks, rpjmd: nomor.flatMap((n) => (rpjmd[n - 1] === undefined ? [] : [{ nomor: n, teks: rpjmd[n - 1] as string }])) };
  });
  return {
    visi: isian(ctx.model.config.visi, 'Visi smart city', TIM, ctx.options),
    misi,
    adaMisi: misi.length > 0,
    kosongMisi: misi.length > 0 ? null : kosongDraf('Misi smart city', TIM, ctx.options),
    adaBagian: ctx.options.draft || ctx.model.config.visi !== undefined || misi.length > 0,
  };
}

/**
 * The RPJMD and how the smart-city missions serve its missions (Buku II, Arah Pembangunan).
 * @param ctx view-model context
 * @returns the RPJMD view
 */
export function rpjmdVM(ctx: Ctx): RpjmdVM {
  const r = ctx.model.config.rpjmd;
  const misi = visiMisiVM(ctx).misi;
  const served = new Set(misi.flatMap((m) => m.rpjmd.map((x) => x.nomor)));
  return {
    ada: r !== undefined,
    kosong: r !== undefined ? null : kosongDraf('Visi dan misi RPJMD', 'Bappeda', ctx.options),
    periode: r === undefined ? '' : `${r.periode.mulai}–${r.periode.selesai}`,
    visi: r?.visi ?? '',
    misi: (r?.misi ?? []).map((teks, i) => ({ nomor: i + 1, teks })),
    jumlahMisi: r?.misi.length ?? 0,
    adaSelaras: misi.some((m) => m.rpjmd.length > 0),
    misiDidukung: served.size,
  };
}
