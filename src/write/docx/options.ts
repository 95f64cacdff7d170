/** Options of the DOCX writer and the page geometry they imply. */
import { defaultStyleOptions, cm, paperSizes, type Paper, type StyleOptions } from './styles.js';
import { convertMillimetersToTwip } from 'docx';

export interface DocxOptions {
  /** Paper size (default A4). */
  readonly paper?: Paper;
  /** Draft: "DRAF" in every header and a light diagonal watermark. */
  readonly draft?: boolean;
  /** Creation and modification date written into the document properties (use `buildDate`). */
  readonly date?: Date;
  /** Overrides of the default look. */
  readonly styles?: Partial<Omit<StyleOptions, 'marginsCm'>> & { readonly marginsCm?: Partial<StyleOptions['marginsCm']> };
  /**
   * The page numbers shown in the table of contents and the lists of tables and figures:
   * `'estimate'` (default) works them out fast from the text lengths, approximately; `'layout'` lays
   * the pages out as Word does (exact for Arial, Times New Roman, Calibri …, but about a tenth of a
   * second per page: use it for final books and PDFs); `false` leaves them blank. Word recomputes them
   * whenever it updates the fields.
   */
  readonly pageNumbers?: 'estimate' | 'layout' | false;
  /**
   * Whose line spacing the estimate follows: LibreOffice's (default; it renders the PDF twins, and it
   * shows the numbers as written where Word updates them) or Word's, which sets lines of 1.5 spacing
   * about 15 % taller.
   */
  readonly estimateFor?: 'libreoffice' | 'word';
  /**
   * The page of every table-of-contents entry, by entry key, read back from a rendering of an earlier
   * write (see `entryPageLabels`); written as given, in place of `pageNumbers`. An entry without one
   * shows no number.
   */
  readonly pages?: ReadonlyMap<number, string>;
}

export interface ResolvedOptions {
  readonly paper: Paper;
  readonly draft: boolean;
  readonly date: Date;
  readonly style: StyleOptions;
  readonly pageNumbers: 'estimate' | 'layout' | false;
  readonly estimateFor: 'libreoffice' | 'word';
  readonly pages?: ReadonlyMap<number, string>;
}

/**
 * Fills in the defaults.
 * @param options writer options
 * @returns complete options
 */
export function resolveOptions(options: DocxOptions = {}): ResolvedOptions {
  return {
    paper: options.paper ?? 'A4',
    draft: options.draft ?? false,
    date: options.date ?? new Date(Date.UTC(2000, 0, 1)),
    pageNumbers: options.pageNumbers ?? 'estimate',
    estimateFor: options.estimateFor ?? 'libreoffice',
    ...(options.pages !== undefined ? { pages: options.pages } : {}),
    style: {
      ...defaultStyleOptions,
      ...options.styles,
      marginsCm: { ...defaultStyleOptions.marginsCm, ...options.styles?.marginsCm },
    },
  };
}

/** A page's size and margins in twips. Size is always given portrait; docx swaps it for landscape. */
export interface PageGeometry {
  readonly width: number;
  readonly height: number;
  readonly margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number };
  /** Width of the text column, in twips. */
  readonly textWidth: number;
  /** Height of the text column (the page less its top and bottom margins), in twips. */
  readonly textHeight: number;
  readonly landscape: boolean;
}

/**
 * The geometry of portrait or landscape pages. Landscape pages are turned a quarter anticlockwise in the
 * bound book, so the binding margin (left on portrait pages) is at their top.
 * @param o resolved options
 * @param landscape whether the section is landscape
 * @returns size, margins and the text's width and height
 */
export function pageGeometry(o: ResolvedOptions, landscape: boolean): PageGeometry {
  const paper = paperSizes[o.paper];
  const width = convertMillimetersToTwip(paper.widthMm);
  const height = convertMillimetersToTwip(paper.heightMm);
  const m = o.style.marginsCm;
  const margins = landscape
    ? { top: cm(m.left), right: cm(m.top), bottom: cm(m.right), left: cm(m.bottom) }
    : { top: cm(m.top), right: cm(m.right), bottom: cm(m.bottom), left: cm(m.left) };
  const pageWidth = landscape ? height : width;
  const pageHeight = landscape ? width : height;
  return {
    width,
    height,
    margin: { ...margins, header: cm(2), footer: cm(1.5) },
    textWidth: pageWidth - margins.left - margins.right,
    textHeight: pageHeight - margins.top - margins.bottom,
    landscape,
  };
}
