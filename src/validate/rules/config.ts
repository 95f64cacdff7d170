/** Rules on masterplan.yaml alone: region, period, team, bimtek schedule and the paths it names. */
import { staysInside } from '../../load/index.js';
import type { RuleContext } from './context.js';

/** Longest masterplan period accepted, in years counted inclusively. */
export const MAX_PERIOD_YEARS = 20;

/**
 * Checks the project configuration's cross-field rules.
 * @param ctx rule context
 */
export function configRules(ctx: RuleContext): void {
  const config = ctx.project.config;
  if (config === undefined) return;
  const { data, file } = config;
  if (data.daerah.jenis !== 'provinsi' && data.daerah.provinsi === undefined) {
    ctx.report('rule/provinsi-required', file, ['daerah'], {}, 'key');
  }
  const { mulai, selesai } = data.periode;
  if (selesai < mulai) ctx.report('rule/periode-order', file, ['periode', 'selesai'], { mulai, selesai });
  else if (selesai - mulai + 1 > MAX_PERIOD_YEARS) {
    ctx.report('rule/periode-span', file, ['periode', 'selesai'], { years: selesai - mulai + 1 });
  }
  // Paths in the configuration stay inside the project (links are followed in the check phase).
  for (const [path, value] of [[['keluaran', 'folder'], data.keluaran.folder], [['daerah', 'logo'], data.daerah.logo]] as const) {
    if (value !== undefined && !staysInside(value)) ctx.report('rule/path-outside', file, path, { field: path.join('.'), path: value });
  }
  const ketua = data.tim?.pelaksana?.flatMap((m, i) => (m.peran === 'ketua' ? [i] : [])) ?? [];
  const second = ketua[1];
  if (second !== undefined) ctx.report('rule/multiple-ketua', file, ['tim', 'pelaksana', second, 'peran']);
  const seen = new Map<number, number>();
  let lastDate: string | undefined;
  const ordered = (data.bimtek ?? []).map((b, i) => ({ b, i })).sort((x, y) => x.b.tahap - y.b.tahap);
  for (const { b, i } of ordered) {
    if (seen.has(b.tahap)) ctx.report('rule/duplicate-stage', file, ['bimtek', i, 'tahap'], { tahap: b.tahap });
    seen.set(b.tahap, i);
    if (lastDate !== undefined && b.tanggal < lastDate) ctx.report('rule/stage-order', file, ['bimtek', i, 'tanggal'], { tahap: b.tahap });
    lastDate = b.tanggal;
  }
}
