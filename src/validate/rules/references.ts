/** Rule: every reference to an OPD, isu or quick win names an existing file. */
import type { DataPath } from '../../diagnostics/diagnostic.js';
import type { SourceFile } from '../../load/index.js';
import { suggest } from '../suggest.js';
import type { RuleContext } from './context.js';

type RefKind = 'opd' | 'isu' | 'quickwin';

/**
 * Checks all id references between files.
 * @param ctx rule context
 */
export function references(ctx: RuleContext): void {
  const { project } = ctx;
  const known: Record<RefKind, string[]> = {
    opd: project.opd.map((i) => i.id),
    isu: project.isu.map((i) => i.id),
    quickwin: project.quickwin.map((i) => i.id),
  };
  const sets: Record<RefKind, Set<string>> = {
    opd: new Set([...known.opd, ...project.brokenIds.opd]),
    isu: new Set([...known.isu, ...project.brokenIds.isu]),
    quickwin: new Set([...known.quickwin, ...project.brokenIds.quickwin]),
  };
  const check = (kind: RefKind, ref: string | undefined, file: SourceFile, path: DataPath) => {
    if (ref === undefined || sets[kind].has(ref)) return;
    const suggestion = suggest(ref, known[kind]);
    ctx.report('ref/unknown', file, path, { kind, ref, ...(suggestion !== undefined ? { suggestion } : {}) });
  };
  for (const q of project.quickwin) {
    check('opd', q.data.opd, q.file, ['opd']);
    q.data.opd_pendukung?.forEach((r, i) => check('opd', r, q.file, ['opd_pendukung', i]));
    q.data.isu?.forEach((r, i) => check('isu', r, q.file, ['isu', i]));
  }
  for (const p of project.program) {
    check('opd', p.data.opd, p.file, ['opd']);
    p.data.isu?.forEach((r, i) => check('isu', r, p.file, ['isu', i]));
    check('quickwin', p.data.quickwin, p.file, ['quickwin']);
  }
  for (const s of project.isu) s.data.opd?.forEach((r, i) => check('opd', r, s.file, ['opd', i]));
  const config = project.config;
  if (config !== undefined) {
    config.data.tim?.pelaksana?.forEach((m, i) => check('opd', m.opd, config.file, ['tim', 'pelaksana', i, 'opd']));
  }
}
