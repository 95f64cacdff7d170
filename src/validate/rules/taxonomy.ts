/** Rule: an item's `elemen` belongs to its `dimensi`. */
import type { RuleContext } from './context.js';

/**
 * Checks elemen against dimensi for quick wins and programs.
 * @param ctx rule context
 */
export function elemenInDimensi(ctx: RuleContext): void {
  for (const item of [...ctx.project.quickwin, ...ctx.project.program]) {
    const { dimensi, elemen } = item.data;
    if (ctx.taxonomy.dimensiOfElemen.get(elemen) === dimensi) continue;
    const dim = ctx.taxonomy.dimensi.find((d) => d.id === dimensi);
    ctx.report('rule/elemen-dimensi', item.file, ['elemen'], {
      elemen,
      dimensi,
      options: dim?.elemen.map((e) => e.id).join(', ') ?? '',
    });
  }
}
