/** The build options every view model reads, and the values that stand for missing data in a draft. */

/** The bimtek stages (docs/stages.md). */
export type Stage = 1 | 2 | 3 | 4;

/** What the view models need to know about the build. */
export interface ViewModelOptions {
  /** A draft shows missing data as visible placeholders; a final build leaves optional gaps out. */
  readonly draft: boolean;
  /** The bimtek stage the draft is prepared for (`build --stage N`), if any. */
  readonly stage?: Stage;
  /** The date of the build (from SOURCE_DATE_EPOCH or a fixed date), used when no bimtek date fits. */
  readonly buildDate: Date;
  /** Whether a logo image is supplied to the renderer under the asset key "logo". */
  readonly logo?: boolean;
}

/**
 * Missing data in a draft: what is missing and, when known, who owes it. The templates print it
 * with the dialect's placeholder directive (`:kosong[apa]{opd="…"}`).
 */
export interface Kosong {
  readonly apa: string;
  /** Name of the OPD (or team) that has to supply it; null when nobody in particular. */
  readonly opd: string | null;
}

/**
 * A text that may be missing: the text, or in a draft a placeholder, or (final build, optional data)
 * neither, in which case the template leaves it out.
 */
export interface Isian {
  /** Whether there is anything to print: the text or a placeholder. */
  readonly ada: boolean;
  readonly teks: string | null;
  readonly kosong: Kosong | null;
}

/**
 * A placeholder for missing data.
 * @param apa what is missing, e.g. "Data SDM"
 * @param opd who owes it, e.g. "Dinas Sosial"
 * @returns the placeholder value
 */
export function kosong(apa: string, opd?: string | null): Kosong {
  return { apa, opd: opd ?? null };
}

/**
 * A text, or a placeholder for it in a draft, or nothing in a final build.
 * @param text the value, possibly missing
 * @param apa what is missing when it is
 * @param opd who owes it
 * @param options build options (draft or final)
 * @returns the text-or-placeholder value
 */
export function isian(text: string | undefined | null, apa: string, opd: string | null, options: ViewModelOptions): Isian {
  if (text !== undefined && text !== null && text.trim() !== '') return { ada: true, teks: text.trim(), kosong: null };
  return { ada: options.draft, teks: null, kosong: options.draft ? kosong(apa, opd) : null };
}

/**
 * A placeholder only in a draft.
 * @param apa what is missing
 * @param opd who owes it
 * @param options build options
 * @returns the placeholder in a draft, else null
 */
export function kosongDraf(apa: string, opd: string | null, options: ViewModelOptions): Kosong | null {
  return options.draft ? kosong(apa, opd) : null;
}
