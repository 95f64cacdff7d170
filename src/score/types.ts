/**
 * The plain-data contract of the scoring stage: what goes in (scoring config and quick wins), the
 * callbacks that position diagnostics, and the serialisable `Ranking` the books, the workbook and
 * the `score` command print.
 */
import type { Reason } from '../diagnostics/codes/reasons.js';
import type { DataPath, Diagnostic, Position } from '../diagnostics/diagnostic.js';
import type { DimensiId, ElemenId } from '../schema/common.js';
import type { ProjectConfig } from '../schema/project.js';
import type { QuickWinData } from '../schema/quickwin.js';

/** A multi-criteria method (docs/scoring.md). */
export type Method = 'saw' | 'wp' | 'topsis';

/** Every method, in the order tables and agreement figures list them. */
export const METHODS: readonly Method[] = ['saw', 'wp', 'topsis'];

/** The parsed `penilaian` block of `masterplan.yaml`, defaults applied. */
export type Penilaian = ProjectConfig['penilaian'];

/** One quick win with its id (the file's base name). Ids are unique. */
export interface QuickWinEntry {
  readonly id: string;
  readonly data: QuickWinData;
}

/** What the scoring stage reads. */
export interface ScoreInput {
  readonly penilaian: Penilaian;
  readonly quickwins: ReadonlyArray<QuickWinEntry>;
}

/** Callbacks the caller supplies so diagnostics point into the user's files. */
export interface ScoreContext {
  /** Position of a path inside `masterplan.yaml`. */
  locateConfig(path: DataPath): Position;
  /** Position of a path inside `data/quickwin/<id>.yaml`. */
  locateQuickWin(id: string, path: DataPath): Position;
}

/** Options of {@link rankQuickWins}. */
export interface RankOptions {
  /** Overrides `penilaian.metode` (the `--method` flag). */
  readonly method?: Method;
  /** When given, the ranking carries a sensitivity analysis. */
  readonly sensitivity?: SensitivityOptions;
}

/** A criterion as the ranking reports it, with its final weight (weights sum to 1). */
export interface RankedCriterion {
  readonly id: string;
  readonly nama: string;
  readonly jenis: 'benefit' | 'cost';
  /** Where the raw value comes from when it is not a score. */
  readonly dari: 'anggaran' | 'durasi_bulan' | null;
  readonly weight: number;
}

/** Where the weights came from: `bobot` values, AHP judgements, or equal weights as a fallback. */
export type WeightsSource = 'bobot' | 'ahp' | 'equal';

/** The judgement that contributes most to the inconsistency of an AHP matrix. */
export interface AhpPair {
  readonly a: string;
  readonly b: string;
  /** Index of the judgement in `penilaian.perbandingan`, or null when the pair was not given. */
  readonly index: number | null;
  /** The value used for "a over b". */
  readonly given: number;
  /** The value w_a / w_b that would agree with the derived weights. */
  readonly consistent: number;
  /** The pair's term (ε + 1/ε − 2) / n in λmax − n, with ε = a_ab · w_b / w_a. */
  readonly contribution: number;
}

/** AHP figures (docs/scoring.md). */
export interface AhpResult {
  /** Criterion ids, in the order of the matrix rows. */
  readonly criteria: readonly string[];
  /** The reciprocal pairwise matrix, row i column j = how much more important i is than j. */
  readonly matrix: ReadonlyArray<readonly number[]>;
  readonly weights: readonly number[];
  readonly lambdaMax: number;
  readonly ci: number;
  readonly ri: number;
  readonly cr: number;
  /** CR ≤ 0.10. */
  readonly consistent: boolean;
  /** Null when every judgement agrees with the weights (n ≤ 2 or a perfectly consistent matrix). */
  readonly worstPair: AhpPair | null;
}

/** Agreement among assessors on one criterion. */
export interface AssessorSpread {
  readonly assessors: number;
  readonly min: number;
  readonly max: number;
  /** Population standard deviation. */
  readonly stdev: number;
}

/** Where a value in the decision matrix came from. */
export type ValueSource = 'skor' | 'penilaian' | 'anggaran' | 'durasi_bulan' | 'imputed' | 'missing';

/** One proposal on one criterion. */
export interface CriterionScore {
  readonly criterion: string;
  /** The value in the decision matrix (a mean for several assessors); null when missing. */
  readonly value: number | null;
  readonly source: ValueSource;
  /** Only when several assessors scored this criterion. */
  readonly spread: AssessorSpread | null;
  /** SAW and WP: x/max or min/x; TOPSIS: x/‖x‖. 0 when the proposal is not scored. */
  readonly normalised: number;
  /** SAW and TOPSIS: weight × normalised; WP: normalised^weight (the factor in the product). */
  readonly weighted: number;
}

export type { Reason, ReasonCode } from '../diagnostics/codes/reasons.js';

/** One quick win in the ranking. */
export interface RankedQuickWin {
  readonly id: string;
  readonly nama: string;
  readonly opd: string;
  readonly dimensi: DimensiId;
  readonly elemen: ElemenId;
  /** False for a draft without `skor` or `penilaian`: score 0, ranked last, never selected. */
  readonly scored: boolean;
  /** In the order of `Ranking.criteria`. */
  readonly criteria: readonly CriterionScore[];
  readonly score: number;
  /** 1-based. */
  readonly rank: number;
  readonly eligible: boolean;
  readonly reasons: readonly Reason[];
  readonly selected: boolean;
}

/** The selection in one dimension. */
export interface DimensionSelection {
  readonly dimensi: DimensiId;
  readonly quickwins: number;
  readonly eligible: number;
  /** Ids of the selected proposals, best first. */
  readonly selected: readonly string[];
}

/** The complete result of the scoring stage. */
export interface Ranking {
  readonly method: Method;
  readonly skala: { readonly min: number; readonly max: number };
  readonly criteria: readonly RankedCriterion[];
  readonly weightsSource: WeightsSource;
  readonly ahp: AhpResult | null;
  readonly perDimensi: number;
  /** Best first. */
  readonly quickwins: readonly RankedQuickWin[];
  /** One entry per dimension, in DIMENSI_IDS order. */
  readonly selection: readonly DimensionSelection[];
  /** Dimensions where nothing was selected (empty when `per_dimensi` is 0). */
  readonly dimensionsWithoutSelection: readonly DimensiId[];
  readonly sensitivity?: Sensitivity;
  readonly diagnostics: readonly Diagnostic[];
}

/** Options of the sensitivity analysis. */
export interface SensitivityOptions {
  readonly seed: number;
  /** Number of random weight draws; default 1000. */
  readonly draws?: number;
  /** Each weight is multiplied by a factor in [1 − spread, 1 + spread]; default 0.2. */
  readonly spread?: number;
  /** Overrides `penilaian.metode` (ignored inside `rankQuickWins`, which tests its own method). */
  readonly method?: Method;
}

/** How stable one proposal is under weight perturbation. */
export interface QuickWinStability {
  readonly id: string;
  readonly rank: number;
  /** Share of draws in which the proposal has exactly its base rank. */
  readonly keepRank: number;
  /** Share of draws in which it is selected (for a selected proposal: stays selected). */
  readonly selectedShare: number;
  readonly rankMin: number;
  readonly rankMax: number;
  readonly rankMean: number;
}

/** Kendall's τ-b between the score vectors of two methods (null when undefined: < 2 proposals or all tied). */
export interface MethodAgreement {
  readonly a: Method;
  readonly b: Method;
  readonly tau: number | null;
}

/** The result of {@link sensitivity}. */
export interface Sensitivity {
  readonly method: Method;
  readonly seed: number;
  readonly draws: number;
  readonly spread: number;
  /** In ranking order. */
  readonly quickwins: readonly QuickWinStability[];
  readonly agreement: readonly MethodAgreement[];
}
