/** Rules on quick-win scoring: criteria, weights, AHP structure and each proposal's scores. */
import type { DataPath } from '../../diagnostics/diagnostic.js';
import type { SourceFile } from '../../load/index.js';
import type { ProjectConfig } from '../../schema/index.js';
import { suggest } from '../suggest.js';
import type { RuleContext } from './context.js';

/** Saat's scale bounds, with a little room for rounded reciprocals such as 0.11. */
const SAATY_MIN = 1 / 9 - 1e-3;
const SAATY_MAX = 9;

/**
 * Checks criteria, weights and the AHP comparisons in masterplan.yaml.
 * @param ctx rule context
 */
export function criteriaRules(ctx: RuleContext): void {
  const config = ctx.project.config;
  if (config === undefined) return;
  const { file } = config;
  const p = config.data.penilaian;
  if (p.skala.min >= p.skala.max) ctx.report('rule/skala-order', file, ['penilaian', 'skala']);
  const ids = new Map<string, number>();
  p.kriteria.forEach((k, i) => {
    if (ids.has(k.id)) ctx.report('ref/duplicate-id', file, ['penilaian', 'kriteria', i, 'id'], { id: k.id, where: 'penilaian.kriteria' });
    else ids.set(k.id, i);
  });
  const withBobot = p.kriteria.filter((k) => k.bobot !== undefined).length;
  const hasPairs = p.perbandingan !== undefined && p.perbandingan.length > 0;
  if (hasPairs && withBobot > 0) ctx.report('rule/weights-both', file, ['penilaian', 'perbandingan'], {}, 'key');
  else if (!hasPairs && withBobot === 0) ctx.report('rule/weights-missing', file, ['penilaian', 'kriteria'], {}, 'key');
  else if (!hasPairs && withBobot < p.kriteria.length) {
    p.kriteria.forEach((k, i) => {
      if (k.bobot === undefined) ctx.report('rule/weights-partial', file, ['penilaian', 'kriteria', i, 'id'], { criterion: k.id });
    });
  }
  if (hasPairs && withBobot === 0) ahpStructure(ctx, file, p, [...ids.keys()]);
}

function ahpStructure(ctx: RuleContext, file: SourceFile, p: ProjectConfig['penilaian'], ids: string[]): void {
  const known = new Set(ids);
  const judged = new Set<string>();
  (p.perbandingan ?? []).forEach(([a, b, nilai], i) => {
    const at: DataPath = ['penilaian', 'perbandingan', i];
    let ok = true;
    for (const [j, ref] of [[0, a], [1, b]] as const) {
      if (!known.has(ref)) {
        const suggestion = suggest(ref, ids);
        ctx.report('ref/unknown', file, [...at, j], { kind: 'criterion', ref, ...(suggestion ? { suggestion } : {}) });
        ok = false;
      }
    }
    if (nilai < SAATY_MIN || nilai > SAATY_MAX) ctx.report('rule/ahp-value-range', file, [...at, 2], { value: nilai });
    if (!ok) return;
    if (a === b) {
      ctx.report('rule/ahp-self-pair', file, at, { criterion: a });
      return;
    }
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (judged.has(key)) ctx.report('rule/ahp-duplicate-pair', file, at, { a, b });
    judged.add(key);
  });
  const missing: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i] as string;
      const b = ids[j] as string;
      if (!judged.has(a < b ? `${a}|${b}` : `${b}|${a}`)) missing.push(`${a}–${b}`);
    }
  }
  if (missing.length > 0) ctx.report('rule/ahp-missing-pair', file, ['penilaian', 'perbandingan'], { pairs: missing.join(', ') }, 'key');
}

/**
 * Checks each quick win's scores against the criteria and the scale, and its eligibility conditions.
 * @param ctx rule context
 */
export function quickWinScores(ctx: RuleContext): void {
  const config = ctx.project.config;
  if (config === undefined) return;
  const p = config.data.penilaian;
  const criteria = new Map(p.kriteria.map((k) => [k.id, k]));
  const scored = p.kriteria.filter((k) => k.dari === undefined).map((k) => k.id);
  for (const q of ctx.project.quickwin) {
    const { data, file } = q;
    if (data.skor !== undefined && data.penilaian !== undefined) ctx.report('rule/skor-and-penilaian', file, ['penilaian'], {}, 'key');
    else if (data.skor === undefined && data.penilaian === undefined) ctx.report('rule/not-scored', file, ['nama'], {}, 'key');
    if (data.skor !== undefined) checkSkor(ctx, file, ['skor'], data.skor, criteria, scored, p.skala);
    const names = new Set<string>();
    data.penilaian?.forEach((entry, i) => {
      const name = entry.penilai.trim().toLowerCase();
      if (names.has(name)) ctx.report('rule/duplicate-assessor', file, ['penilaian', i, 'penilai'], { name: entry.penilai });
      names.add(name);
      checkSkor(ctx, file, ['penilaian', i, 'skor'], entry.skor, criteria, scored, p.skala);
    });
    if (data.durasi_bulan > p.syarat.durasi_bulan_maks) {
      ctx.report('rule/duration-exceeds-max', file, ['durasi_bulan'], { value: data.durasi_bulan, max: p.syarat.durasi_bulan_maks });
    }
    if (p.syarat.anggaran_maks !== undefined && data.anggaran.nilai > p.syarat.anggaran_maks) {
      ctx.report('rule/budget-exceeds-max', file, ['anggaran', 'nilai'], { max: p.syarat.anggaran_maks });
    }
    if (p.syarat.isu_wajib && (data.isu === undefined || data.isu.length === 0)) {
      ctx.report('rule/isu-required', file, data.isu === undefined ? ['nama'] : ['isu'], {}, 'key');
    }
  }
}

function checkSkor(
  ctx: RuleContext,
  file: SourceFile,
  at: DataPath,
  skor: Record<string, number>,
  criteria: Map<string, ProjectConfig['penilaian']['kriteria'][number]>,
  scored: string[],
  skala: { min: number; max: number },
): void {
  for (const [key, value] of Object.entries(skor)) {
    const k = criteria.get(key);
    if (k === undefined) {
      const suggestion = suggest(key, scored);
      ctx.report('ref/unknown', file, [...at, key], { kind: 'criterion', ref: key, ...(suggestion ? { suggestion } : {}) }, 'key');
    } else if (k.dari !== undefined) {
      ctx.report('rule/skor-derived', file, [...at, key], { criterion: key, dari: k.dari }, 'key');
    } else if (value < skala.min || value > skala.max) {
      ctx.report('rule/skor-range', file, [...at, key], { value, min: skala.min, max: skala.max });
    }
  }
  for (const id of scored) {
    if (!Object.prototype.hasOwnProperty.call(skor, id)) ctx.report('rule/skor-missing', file, at, { criterion: id }, 'key');
  }
}
