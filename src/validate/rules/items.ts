/** Rules inside OPD, program and quick-win files: staff and budget plausibility, years within the period. */
import type { RuleContext } from './context.js';

/**
 * Checks an OPD's staff and budget figures.
 * @param ctx rule context
 */
export function opdFigures(ctx: RuleContext): void {
  for (const o of ctx.project.opd) {
    const { data, file } = o;
    if (data.sdm !== undefined && data.sdm.tik > data.sdm.asn + data.sdm.non_asn) {
      ctx.report('rule/tik-exceeds-staff', file, ['sdm', 'tik'], { tik: data.sdm.tik, total: data.sdm.asn + data.sdm.non_asn });
    }
    const years = new Set<number>();
    data.anggaran?.forEach((a, i) => {
      if (years.has(a.tahun)) ctx.report('rule/duplicate-year', file, ['anggaran', i, 'tahun'], { tahun: a.tahun });
      years.add(a.tahun);
      if (a.tik !== undefined && a.tik > a.pagu) ctx.report('rule/tik-exceeds-pagu', file, ['anggaran', i, 'tik'], { tahun: a.tahun });
      if (a.realisasi !== undefined && a.realisasi > a.pagu) {
        ctx.report('rule/realisasi-exceeds-pagu', file, ['anggaran', i, 'realisasi'], { tahun: a.tahun });
      }
    });
    const names = new Set<string>();
    data.aplikasi?.forEach((app, i) => {
      const key = app.nama.trim().toLowerCase();
      if (names.has(key)) ctx.report('rule/duplicate-name', file, ['aplikasi', i, 'nama'], { name: app.nama, where: 'aplikasi' });
      names.add(key);
    });
  }
}

/**
 * Checks program years and quick-win start months against the masterplan period.
 * @param ctx rule context
 */
export function withinPeriode(ctx: RuleContext): void {
  const config = ctx.project.config;
  if (config === undefined) return;
  const { mulai, selesai } = config.data.periode;
  if (selesai < mulai) return;
  const outside = (y: number) => y < mulai || y > selesai;
  for (const p of ctx.project.program) {
    const t = p.data.tahun;
    if (t.selesai < t.mulai) ctx.report('rule/tahun-order', p.file, ['tahun', 'selesai'], { mulai: t.mulai, selesai: t.selesai });
    if (outside(t.mulai)) ctx.report('rule/outside-periode', p.file, ['tahun', 'mulai'], { value: t.mulai, mulai, selesai });
    if (outside(t.selesai)) ctx.report('rule/outside-periode', p.file, ['tahun', 'selesai'], { value: t.selesai, mulai, selesai });
  }
  for (const q of ctx.project.quickwin) {
    if (q.data.mulai === undefined) continue;
    const year = Number(q.data.mulai.slice(0, 4));
    if (outside(year)) ctx.report('rule/outside-periode', q.file, ['mulai'], { value: year, mulai, selesai });
  }
}

/**
 * Warns about two quick wins or programs with the same name.
 * @param ctx rule context
 */
export function duplicateNames(ctx: RuleContext): void {
  for (const [list, where] of [[ctx.project.quickwin, 'quick win'], [ctx.project.program, 'program']] as const) {
    const seen = new Map<string, string>();
    for (const item of list) {
      const key = item.data.nama.trim().toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) ctx.report('rule/duplicate-name', item.file, ['nama'], { name: item.data.nama, where: `${where} (${first})` });
      else seen.set(key, item.id);
    }
  }
}
