/** The in-memory model of a project: validated data with references resolved once, plain data only. */
import type { IsuData, KesiapanData, OpdData, ProgramData, ProjectConfig, QuickWinData, SwotData, DimensiId } from '../schema/index.js';
import type { Root } from 'mdast';
import type { DimensiInfo, NaskahCatalogue, PilarInfo } from '../taxonomy/index.js';

/** A model item: its id, its data and the file it came from (relative to the project). */
export interface ModelItem<T> {
  readonly id: string;
  readonly file: string;
  readonly data: T;
}

export type Opd = ModelItem<OpdData>;
export type Isu = ModelItem<IsuData>;
export type QuickWin = ModelItem<QuickWinData>;
export type Program = ModelItem<ProgramData>;

/** One dimension with the items filed under it, in id order. */
export interface DimensionGroup {
  readonly info: DimensiInfo;
  readonly isu: readonly Isu[];
  readonly program: readonly Program[];
  readonly quickwin: readonly QuickWin[];
  readonly swot?: SwotData[DimensiId];
}

/** The authored text of one slot (`naskah/<buku>/<slot>.md`). */
export interface NaskahText {
  readonly slot: string;
  /** The file, relative to the project. */
  readonly file: string;
  /** The OPD that owes the text (front matter `penulis`). */
  readonly penulis?: string;
  /** The parsed Markdown (positions are those of the file); absent while the file has no text. */
  readonly tree?: Root;
  /** The body as written, for the Markdown output of the books. */
  readonly body: string;
  /** The Markdown the tree was parsed from: the file with its front matter blanked out (for positions). */
  readonly markdown: string;
  /** The images the text shows, by their address as written: PNG or JPEG bytes. */
  readonly images: ReadonlyMap<string, Uint8Array>;
}

/** The slots of authored text and what the project holds for them. */
export interface NaskahModel {
  readonly catalogue: NaskahCatalogue;
  /** By slot id; only slots that have a file. */
  readonly texts: ReadonlyMap<string, NaskahText>;
}

export interface Model {
  readonly root: string;
  readonly config: ProjectConfig;
  /** Legal basis: the project's `dasar_hukum`, else the shipped default list. */
  readonly dasarHukum: readonly string[];
  readonly opd: readonly Opd[];
  readonly isu: readonly Isu[];
  readonly quickwin: readonly QuickWin[];
  readonly program: readonly Program[];
  readonly kesiapan?: KesiapanData;
  readonly swot?: SwotData;
  readonly opdById: ReadonlyMap<string, Opd>;
  readonly isuById: ReadonlyMap<string, Isu>;
  readonly quickwinById: ReadonlyMap<string, QuickWin>;
  /** The six dimensions in framework order, each with its isu, programs and quick wins. */
  readonly dimensions: readonly DimensionGroup[];
  readonly pilar: readonly PilarInfo[];
  /** The authored text in naskah/, and the shipped slot list. */
  readonly naskah: NaskahModel;
}
