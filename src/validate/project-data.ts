/** The validated input of a project: what the user wrote, parsed by the schemas (docs/input.md). */
import type { NaskahSource, SourceFile } from '../load/index.js';
import type { IsuData, KesiapanData, NaskahFrontMatter, OpdData, ProgramData, ProjectConfig, QuickWinData, SwotData } from '../schema/index.js';

/** One item file: its id (the file's base name), its source and its parsed data. */
export interface Item<T> {
  readonly id: string;
  readonly file: SourceFile;
  readonly data: T;
}

export interface Single<T> {
  readonly file: SourceFile;
  readonly data: T;
}

/** An authored text whose front matter is valid: its slot (from its path), its source and its front matter. */
export interface NaskahItem {
  readonly slot: string;
  readonly source: NaskahSource;
  readonly data: NaskahFrontMatter;
}

export interface ProjectData {
  /** Absolute project folder. */
  readonly root: string;
  readonly config?: Single<ProjectConfig>;
  /** Items sorted by id. Only items whose shape is valid are here. */
  readonly opd: ReadonlyArray<Item<OpdData>>;
  readonly isu: ReadonlyArray<Item<IsuData>>;
  readonly quickwin: ReadonlyArray<Item<QuickWinData>>;
  readonly program: ReadonlyArray<Item<ProgramData>>;
  readonly kesiapan?: Single<KesiapanData>;
  readonly swot?: Single<SwotData>;
  /** The authored texts in naskah/ whose front matter is valid, sorted by path (their slot may be unknown: a rule reports it). */
  readonly naskah: readonly NaskahItem[];
  /** Ids of item files that exist but failed to load or parse, so references to them are not reported as dangling. */
  readonly brokenIds: Readonly<Record<'opd' | 'isu' | 'quickwin' | 'program', ReadonlySet<string>>>;
  /** Every source file read, including broken ones. */
  readonly files: readonly SourceFile[];
}
