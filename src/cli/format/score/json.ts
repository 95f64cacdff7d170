/** `score --format json`: exactly the README contract, with an optional `sensitivity` key beside it. */
import { reasonTexts } from '../../../diagnostics/codes/reasons.js';
import type { Ranking, Sensitivity } from '../../../score/types.js';
import { renderCoded, type Lang } from '../../../text/index.js';
import { obj, writeJson, type JsonValue } from './json-writer.js';

/** Options of {@link formatJson}. */
export interface JsonOptions {
  /** Added as `"sensitivity"` (defaults to the ranking's own analysis, if any). */
  readonly sensitivity?: Sensitivity;
  /** Language of `reasons`. */
  readonly lang: Lang;
}

/**
 * The ranking as JSON: `{"method", "weights", "ahp", "ranking": [...], "dimensions_without_selection"}`
 * with `ranking` best first and `rank` from 1. Keys come in a fixed order and numbers keep their full
 * precision (the computation is deterministic, so the same input always gives the same bytes).
 * @param ranking the ranking
 * @param options sensitivity to include and language of the reasons
 * @returns JSON text ending in a newline
 */
export function formatJson(ranking: Ranking, options: JsonOptions): string {
  const { lang } = options;
  const sensitivity = options.sensitivity ?? ranking.sensitivity;
  const entries: Array<readonly [string, JsonValue]> = [
    ['method', ranking.method],
    ['weights', obj(...ranking.criteria.map((c) => [c.id, c.weight] as const))],
    ['ahp', ranking.ahp ? obj(['lambda_max', ranking.ahp.lambdaMax], ['ci', ranking.ahp.ci], ['cr', ranking.ahp.cr]) : null],
    [
      'ranking',
      ranking.quickwins.map((p) =>
        obj(
          ['id', p.id],
          ['rank', p.rank],
          ['score', p.score],
          ['eligible', p.eligible],
          ['reasons', p.reasons.map((r) => renderCoded(reasonTexts, r, lang))],
          ['selected', p.selected],
          ['dimensi', p.dimensi],
          ['opd', p.opd],
          [
            'criteria',
            obj(
              ...p.criteria.map(
                (c) => [c.criterion, obj(['value', c.value], ['normalized', c.normalised], ['weighted', c.weighted])] as const,
              ),
            ),
          ],
        ),
      ),
    ],
    ['dimensions_without_selection', [...ranking.dimensionsWithoutSelection]],
  ];
  if (sensitivity) entries.push(['sensitivity', sensitivityJson(sensitivity)]);
  return writeJson(obj(...entries));
}

function sensitivityJson(s: Sensitivity): JsonValue {
  return obj(
    ['method', s.method],
    ['seed', s.seed],
    ['draws', s.draws],
    ['spread', s.spread],
    [
      'proposals',
      s.quickwins.map((p) =>
        obj(
          ['id', p.id],
          ['rank', p.rank],
          ['keep_rank', p.keepRank],
          ['selected_share', p.selectedShare],
          ['rank_min', p.rankMin],
          ['rank_max', p.rankMax],
          ['rank_mean', p.rankMean],
        ),
      ),
    ],
    ['kendall_tau', s.agreement.map((a) => obj(['a', a.a], ['b', a.b], ['tau', a.tau]))],
  );
}
