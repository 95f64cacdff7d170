/** What changed in a project between two versions: plain data, with no word of any language. */
import type { DataPath } from '../diagnostics/diagnostic.js';
import type { Model } from '../model/index.js';
import type { Kind } from '../schema/index.js';
import type { Ranking } from '../score/types.js';

/** One input file of a version of the project. */
export interface SideFile {
  /** Path relative to the project, forward slashes. */
  readonly path: string;
  readonly kind: Kind;
  /** Item id (the base name) for one-file-per-item kinds. */
  readonly id?: string;
  /** The file's text as read ('' when it could not be read). */
  readonly text: string;
  /** The validated data, when the file's shape is valid. */
  readonly data?: unknown;
}

/** One version of the project, as the comparison needs it. */
export interface DiffSide {
  /** Every input file of the version. */
  readonly files: readonly SideFile[];
  /** The model and ranking, when the version validated without errors. */
  readonly analysis?: { readonly model: Model; readonly ranking: Ranking };
  /** Completeness per OPD id (share of what the stage requires, 0–1), when analysed. */
  readonly completeness?: ReadonlyMap<string, number>;
}

/** One field of a file that changed. `old` is absent when the field is new, `new` when it is gone. */
export interface FieldChange {
  readonly path: DataPath;
  readonly old?: unknown;
  readonly new?: unknown;
}

export type FileStatus = 'added' | 'removed' | 'changed';

/** One file that was added, removed or changed (a renamed file is changed, with the path it had). */
export interface FileDiff {
  /** Its path now; for a removed file, the path it had. */
  readonly file: string;
  readonly status: FileStatus;
  /** The path it had, when it was renamed. */
  readonly oldFile?: string;
  readonly kind: Kind;
  readonly id?: string;
  /** The id it had, when a rename changed it. */
  readonly oldId?: string;
  /** The OPD the file belongs to (the OPD itself, the owner of a quick win or program, the first OPD of an issue); null for city-wide files. */
  readonly opd: string | null;
  /** For a changed file, each changed field; for an added file its fields (new only), for a removed one its fields (old only). */
  readonly changes: readonly FieldChange[];
  /** Which version of the file does not validate, so its fields could not be compared. */
  readonly invalid?: 'old' | 'new' | 'both';
}

/** A quick win whose rank or selection changed, or that was added or removed. */
export interface RankChange {
  readonly id: string;
  /** The id it had, when its file was renamed. */
  readonly oldId?: string;
  readonly opd: string;
  readonly oldRank: number | null;
  readonly newRank: number | null;
  readonly oldSelected: boolean | null;
  readonly newSelected: boolean | null;
  readonly oldScore: number | null;
  readonly newScore: number | null;
}

/** An OPD whose completeness changed, or that was added or removed. */
export interface CompletenessChange {
  readonly opd: string;
  readonly old: number | null;
  readonly new: number | null;
}

/** A total, then and now. */
export interface Total {
  readonly old: number;
  readonly new: number;
}

/** The budget totals compared. */
export interface Totals {
  /** Sum of every quick win's `anggaran.nilai`. */
  readonly quickwinAnggaran: Total;
  /** Sum of the selected quick wins' `anggaran.nilai`. */
  readonly quickwinTerpilihAnggaran: Total;
  /** Sum of every program's `anggaran_indikatif`. */
  readonly programAnggaranIndikatif: Total;
}

/** What changed between two versions of a project. */
export interface ProjectDiff {
  /** Changed files, by path. */
  readonly files: readonly FileDiff[];
  /** The effects on the ranking, the completeness and the totals: absent when a version could not be analysed. */
  readonly effects?: {
    readonly ranking: readonly RankChange[];
    readonly completeness: readonly CompletenessChange[];
    readonly totals: Totals;
  };
}
