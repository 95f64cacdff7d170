/**
 * Rules on the Tim's own content (docs/input.md): the region's indicators, the strategy files, the
 * RPJMD alignment, program activities and their horizon, and quick-win schedules.
 */
import { DIMENSI_IDS } from '../../schema/index.js';
import { suggest } from '../suggest.js';
import type { RuleContext } from './context.js';

/** The earliest year a data value of the region's profile or a baseline may have. */
export const TAHUN_DATA_MIN = 1900;

/**
 * The region's profile: catalogue ids, plausible and unique years.
 * @param ctx rule context
 */
export function daerahRules(ctx: RuleContext): void {
  const daerah = ctx.project.daerah;
  if (daerah === undefined) return;
  const { file, data } = daerah;
  const max = ctx.project.config?.data.periode.selesai;
  const catalogue = [...ctx.taxonomy.indikator.keys()];
  data.indikator.forEach((ind, i) => {
    if (!ctx.taxonomy.indikator.has(ind.id) && (ind.nama === undefined || ind.satuan === undefined)) {
      const missing = ind.nama === undefined && ind.satuan === undefined ? 'nama-satuan' : ind.nama === undefined ? 'nama' : 'satuan';
      const suggestion = suggest(ind.id, catalogue);
      ctx.report('rule/indikator-unknown', file, ['indikator', i, 'id'], { id: ind.id, missing, ...(suggestion !== undefined ? { suggestion } : {}) });
    }
    const seen = new Set<number>();
    ind.data.forEach((t, j) => {
      if (!plausible(t.tahun, max)) {
        ctx.report('rule/tahun-implausible', file, ['indikator', i, 'data', j, 'tahun'], { tahun: t.tahun, min: TAHUN_DATA_MIN, max: max ?? 2100 });
      }
      if (seen.has(t.tahun)) ctx.report('rule/duplicate-series-year', file, ['indikator', i, 'data', j, 'tahun'], { tahun: t.tahun });
      seen.add(t.tahun);
    });
  });
}

function plausible(tahun: number, max: number | undefined): boolean {
  return tahun >= TAHUN_DATA_MIN && tahun <= (max ?? 2100);
}

/**
 * Strategy files: one per known dimension, element keys of that dimension, a target per indicator,
 * plausible baseline years.
 * @param ctx rule context
 */
export function strategiRules(ctx: RuleContext): void {
  const max = ctx.project.config?.data.periode.selesai;
  for (const s of ctx.project.strategi) {
    const dim = ctx.taxonomy.dimensi.find((d) => d.id === s.id);
    if (dim === undefined) {
      const suggestion = suggest(s.id, DIMENSI_IDS);
      ctx.report('rule/strategi-dimensi', s.file, [], { id: s.id, options: DIMENSI_IDS.join(', '), ...(suggestion !== undefined ? { suggestion } : {}) }, 'key');
      continue;
    }
    for (const key of Object.keys(s.data.elemen ?? {})) {
      if (dim.elemen.some((e) => e.id === key)) continue;
      ctx.report('rule/elemen-dimensi', s.file, ['elemen', key], { elemen: key, dimensi: dim.id, options: dim.elemen.map((e) => e.id).join(', ') }, 'key');
    }
    s.data.sasaran?.forEach((sas, i) => {
      sas.indikator.forEach((ind, j) => {
        const t = ind.target;
        if (t.pendek === undefined && t.menengah === undefined && t.panjang === undefined) {
          ctx.report('rule/target-empty', s.file, ['sasaran', i, 'indikator', j, 'target'], {}, 'key');
        }
        if (ind.baseline !== undefined && !plausible(ind.baseline.tahun, max)) {
          ctx.report('rule/tahun-implausible', s.file, ['sasaran', i, 'indikator', j, 'baseline', 'tahun'], {
            tahun: ind.baseline.tahun, min: TAHUN_DATA_MIN, max: max ?? 2100,
          });
        }
      });
    });
  }
}

/**
 * The RPJMD block: its period in order and overlapping the masterplan's; mission numbers that exist.
 * @param ctx rule context
 */
export function rpjmdRules(ctx: RuleContext): void {
  const config = ctx.project.config;
  if (config === undefined) return;
  const { data, file } = config;
  const rpjmd = data.rpjmd;
  if (rpjmd !== undefined) {
    const r = rpjmd.periode;
    const p = data.periode;
    if (r.selesai < r.mulai) ctx.report('rule/periode-order', file, ['rpjmd', 'periode', 'selesai'], { mulai: r.mulai, selesai: r.selesai });
    else if (r.selesai < p.mulai || r.mulai > p.selesai) {
      ctx.report('rule/rpjmd-periode', file, ['rpjmd', 'periode'], { mulai: p.mulai, selesai: p.selesai, rpjmdMulai: r.mulai, rpjmdSelesai: r.selesai }, 'key');
    }
  }
  data.misi?.forEach((m, i) => {
    if (typeof m === 'string') return;
    if (rpjmd === undefined) {
      ctx.report('rule/misi-rpjmd-missing', file, ['misi', i, 'rpjmd'], {}, 'key');
      return;
    }
    m.rpjmd.forEach((n, j) => {
      if (n > rpjmd.misi.length) ctx.report('rule/misi-rpjmd', file, ['misi', i, 'rpjmd', j], { nomor: n, jumlah: rpjmd.misi.length });
    });
  });
}

/**
 * Program activities inside the program's years, and the horizon (`jangka`) consistent with them.
 * The horizons count from the first year of the masterplan: short ends in that year, medium within
 * five years, long after that.
 * @param ctx rule context
 */
export function programContentRules(ctx: RuleContext): void {
  const periode = ctx.project.config?.data.periode;
  for (const p of ctx.project.program) {
    const t = p.data.tahun;
    p.data.kegiatan?.forEach((k, i) => {
      if (k.tahun < t.mulai || k.tahun > t.selesai) {
        ctx.report('rule/kegiatan-tahun', p.file, ['kegiatan', i, 'tahun'], { tahun: k.tahun, mulai: t.mulai, selesai: t.selesai });
      }
    });
    if (periode === undefined || t.selesai < t.mulai) continue;
    const pendek = periode.mulai;
    const menengah = periode.mulai + 4;
    const warn = (batas: number, lebih: boolean) =>
      ctx.report('rule/jangka-tahun', p.file, ['jangka'], { jangka: p.data.jangka, selesai: t.selesai, batas, lebih });
    if (p.data.jangka === 'pendek' && t.selesai > pendek) warn(pendek, true);
    if (p.data.jangka === 'menengah' && t.selesai > menengah) warn(menengah, true);
    if (p.data.jangka === 'menengah' && t.selesai <= pendek && periode.selesai > pendek) warn(pendek, false);
    if (p.data.jangka === 'panjang' && t.selesai <= menengah && periode.selesai > menengah) warn(menengah, false);
  }
}

/**
 * Adds months to a `YYYY-MM` month.
 * @param ym the month
 * @param months how many (may be negative)
 * @returns the month as `YYYY-MM`
 */
export function addMonths(ym: string, months: number): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/**
 * Quick-win schedules: each activity in order and inside the quick win's months (from `mulai` for
 * `durasi_bulan` months; without `mulai`, inside the masterplan period).
 * @param ctx rule context
 */
export function jadwalRules(ctx: RuleContext): void {
  const periode = ctx.project.config?.data.periode;
  for (const q of ctx.project.quickwin) {
    const start = q.data.mulai ?? (periode !== undefined ? `${periode.mulai}-01` : undefined);
    const end = q.data.mulai !== undefined ? addMonths(q.data.mulai, q.data.durasi_bulan - 1) : periode !== undefined ? `${periode.selesai}-12` : undefined;
    q.data.jadwal?.forEach((j, i) => {
      if (j.selesai < j.mulai) ctx.report('rule/jadwal-order', q.file, ['jadwal', i, 'selesai'], { mulai: j.mulai, selesai: j.selesai });
      if (start === undefined || end === undefined) return;
      for (const key of ['mulai', 'selesai'] as const) {
        const bulan = j[key];
        if (bulan < start || bulan > end) ctx.report('rule/jadwal-bulan', q.file, ['jadwal', i, key], { bulan, mulai: start, selesai: end });
      }
    });
  }
}
