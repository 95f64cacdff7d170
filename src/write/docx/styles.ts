/**
 * Every visual choice of the books in one place: paper, margins, fonts, sizes, spacing and the paragraph
 * styles the handlers refer to by id. Defaults follow the usual layout of Indonesian regional planning
 * documents; each can be overridden through {@link StyleOptions}.
 */
import { AlignmentType, convertMillimetersToTwip, HighlightColor, LineRuleType, TabStopType } from 'docx';
import type { IRunOptions, IStylesOptions } from 'docx';

export type Paper = 'A4' | 'F4';

/** Paper sizes in millimetres, portrait. F4 (folio) is the 215 × 330 mm sheet used by Indonesian offices. */
export const paperSizes: Readonly<Record<Paper, { widthMm: number; heightMm: number }>> = {
  A4: { widthMm: 210, heightMm: 297 },
  F4: { widthMm: 215, heightMm: 330 },
};

/** What a book's look can be changed by. */
export interface StyleOptions {
  /** Body font; Arial by default (its metrics let the page numbers of the table of contents be worked out). */
  readonly font: string;
  /** Body size in points. */
  readonly sizePt: number;
  /** Line spacing of body text (1.5 = one and a half lines). */
  readonly lineSpacing: number;
  /** Portrait margins in centimetres: top 4, left 4 (binding), bottom 3, right 3. */
  readonly marginsCm: { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };
  /** Colour of the DRAF mark and watermark, hex. */
  readonly draftColor: string;
}

export const defaultStyleOptions: StyleOptions = {
  font: 'Arial',
  sizePt: 12,
  lineSpacing: 1.5,
  marginsCm: { top: 4, left: 4, bottom: 3, right: 3 },
  draftColor: 'C00000',
};

/** The paragraph style ids the handlers use; nothing else is referred to by name. */
export type ParagraphStyleId =
  | 'Normal'
  | 'BodyText'
  | 'ListParagraph'
  | 'Heading1'
  | 'Heading2'
  | 'Heading3'
  | 'Caption'
  | 'SourceNote'
  | 'TableText'
  | 'TableHeading'
  | 'AfterTable'
  | 'FigureImage'
  | 'TOC1'
  | 'TOC2'
  | 'TOC3'
  | 'TableOfFigures'
  | 'CoverTitle'
  | 'CoverSubtitle'
  | 'CoverText'
  | 'Signature'
  | 'Header'
  | 'Footer';

/**
 * The size of table text, points: two points under the body, at least 8.
 * @param o style options
 * @returns the size
 */
export function tableTextSize(o: StyleOptions): number {
  return Math.max(8, o.sizePt - 2);
}

/**
 * The space under a table, points: as much as there is above its caption (the paragraph's 6 pt after
 * and the caption's 6 pt before), and as under a table with a source line. A table cannot carry space
 * after itself, so an empty paragraph of exactly this height follows it.
 */
export const TABLE_GAP_PT = 12;

/** Half-points, as OOXML sizes text. */
const pt = (points: number): number => Math.round(points * 2);
/** Twentieths of a point, as OOXML spaces paragraphs. */
const spacingPt = (points: number): number => Math.round(points * 20);
/** Centimetres to twips. */
export const cm = (centimetres: number): number => convertMillimetersToTwip(centimetres * 10);

/** Run formatting of a placeholder for missing data: bold on a yellow highlight, so nobody misses it. */
export const placeholderRun: Pick<IRunOptions, 'bold' | 'highlight'> = { bold: true, highlight: HighlightColor.YELLOW };

/** Run formatting of the DRAF mark in the header. */
export function draftRun(options: StyleOptions): Pick<IRunOptions, 'bold' | 'color'> {
  return { bold: true, color: options.draftColor };
}

/**
 * The document styles: defaults, headings, captions, tables, table of contents, cover, header and footer.
 * @param o style options
 * @returns the `styles` option of a docx Document
 */
export function buildStyles(o: StyleOptions): IStylesOptions {
  const body = pt(o.sizePt);
  const small = pt(tableTextSize(o));
  const line = Math.round(240 * o.lineSpacing);
  const single = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 };
  const heading = { keepNext: true, keepLines: true };
  return {
    default: {
      document: {
        run: { font: o.font, size: body, language: { value: 'id-ID' } },
        paragraph: { spacing: { line, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
      },
      heading1: {
        run: { font: o.font, size: pt(o.sizePt + 2), bold: true, color: '000000' },
        paragraph: {
          ...heading,
          alignment: AlignmentType.CENTER,
          outlineLevel: 0,
          spacing: { line, before: 0, after: spacingPt(24) },
        },
      },
      heading2: {
        run: { font: o.font, size: body, bold: true, color: '000000' },
        paragraph: {
          ...heading,
          outlineLevel: 1,
          indent: { left: cm(1.25), hanging: cm(1.25) },
          spacing: { line, before: spacingPt(12), after: spacingPt(6) },
        },
      },
      heading3: {
        run: { font: o.font, size: body, bold: true, italics: false, color: '000000' },
        paragraph: {
          ...heading,
          outlineLevel: 2,
          indent: { left: cm(1.5), hanging: cm(1.5) },
          spacing: { line, before: spacingPt(6), after: spacingPt(6) },
        },
      },
      caption: {
        run: { font: o.font, size: small + 1, bold: true, italics: false, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...single, before: spacingPt(6), after: spacingPt(6) } },
      },
      listParagraph: {
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { line, after: spacingPt(3) } },
      },
      // Footnotes of authored text: small, single-spaced, justified, a little space between them.
      footnoteText: {
        run: { font: o.font, size: small },
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { ...single, after: spacingPt(2) } },
      },
    },
    paragraphStyles: [
      {
        id: 'BodyText',
        name: 'Body Text',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: cm(1.25) },
          spacing: { line, after: spacingPt(6) },
        },
      },
      {
        id: 'SourceNote',
        name: 'Source Note',
        basedOn: 'Normal',
        run: { size: small, italics: true },
        paragraph: { spacing: { ...single, before: spacingPt(3), after: spacingPt(12) } },
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: small },
        paragraph: { spacing: single },
      },
      {
        id: 'TableHeading',
        name: 'Table Heading',
        basedOn: 'TableText',
        run: { bold: true },
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
      },
      {
        id: 'AfterTable',
        name: 'After Table',
        basedOn: 'Normal',
        run: { size: small },
        paragraph: { spacing: { line: spacingPt(TABLE_GAP_PT), lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
      },
      {
        id: 'FigureImage',
        name: 'Figure Image',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { ...single, before: spacingPt(6) } },
      },
      // Entries of the table of contents: chapters bold, sections and subsections indented, wrapped lines hanging.
      ...([1, 2, 3] as const).map((level) => ({
        id: `TOC${level}`,
        name: `toc ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: level === 1 },
        paragraph: {
          indent: { left: cm([0, 1.5, 2.75][level - 1] ?? 0), hanging: cm([0, 1, 1.25][level - 1] ?? 0) },
          spacing: { line: 300, lineRule: LineRuleType.AUTO, before: level === 1 ? spacingPt(6) : 0, after: 0 },
        },
      })),
      {
        id: 'TableOfFigures',
        name: 'table of figures',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: {
          indent: { left: cm(2.25), hanging: cm(2.25) },
          spacing: { line: 300, lineRule: LineRuleType.AUTO, before: 0, after: spacingPt(3) },
        },
      },
      {
        id: 'CoverTitle',
        name: 'Cover Title',
        basedOn: 'Normal',
        run: { size: pt(22), bold: true, allCaps: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...single, after: spacingPt(12) } },
      },
      {
        id: 'CoverSubtitle',
        name: 'Cover Subtitle',
        basedOn: 'Normal',
        run: { size: pt(16), bold: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...single, after: spacingPt(12) } },
      },
      {
        id: 'CoverText',
        name: 'Cover Text',
        basedOn: 'Normal',
        run: { size: pt(14), bold: true, allCaps: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...single, after: spacingPt(6) } },
      },
      {
        id: 'Signature',
        name: 'Signature',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.CENTER, indent: { left: cm(7) }, spacing: single },
      },
      {
        id: 'Header',
        name: 'header',
        basedOn: 'Normal',
        run: { size: small, italics: true },
        paragraph: {
          spacing: single,
          border: { bottom: { style: 'single', size: 4, color: '000000', space: 1 } },
        },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: { size: small },
        paragraph: { alignment: AlignmentType.CENTER, spacing: single },
      },
    ],
  };
}

/** What the page estimate needs of a paragraph style: size, line spacing, spacing, indents, average character width. */
export interface LineMetric {
  readonly sizePt: number;
  /** Line spacing as a multiple of single. */
  readonly lineFactor: number;
  readonly beforePt: number;
  readonly afterPt: number;
  /** Left indent, twips (narrows every line). */
  readonly indentTw: number;
  /** First-line indent, twips. */
  readonly firstLineTw: number;
  /** Average character width in ems, spaces included (Arial-like text; bold a little wider). */
  readonly charEm: number;
}

/**
 * The metrics of the styles above, for the fast page estimate; keep them in step with {@link buildStyles}.
 * @param options resolved writer options
 * @returns metrics by role
 */
export function estimateMetrics(options: { style: StyleOptions }): Readonly<
  Record<'body' | 'list' | 'heading1' | 'heading2' | 'heading3' | 'caption' | 'source' | 'tableText' | 'tableHeading' | 'toc', LineMetric>
> {
  const o = options.style;
  const small = Math.max(8, o.sizePt - 2);
  const base = { lineFactor: o.lineSpacing, beforePt: 0, afterPt: 0, indentTw: 0, firstLineTw: 0, charEm: 0.475 };
  const bold = 0.54;
  return {
    body: { ...base, sizePt: o.sizePt, afterPt: 6, firstLineTw: cm(1.25) },
    list: { ...base, sizePt: o.sizePt, afterPt: 3, indentTw: 720 },
    heading1: { ...base, sizePt: o.sizePt + 2, afterPt: 24, charEm: bold },
    heading2: { ...base, sizePt: o.sizePt, beforePt: 12, afterPt: 6, indentTw: cm(1.25), charEm: bold },
    heading3: { ...base, sizePt: o.sizePt, beforePt: 6, afterPt: 6, indentTw: cm(1.5), charEm: bold },
    caption: { ...base, sizePt: small + 0.5, lineFactor: 1, beforePt: 6, afterPt: 6, charEm: bold },
    source: { ...base, sizePt: small, lineFactor: 1, beforePt: 3, afterPt: 12 },
    tableText: { ...base, sizePt: small, lineFactor: 1 },
    tableHeading: { ...base, sizePt: small, lineFactor: 1, charEm: bold },
    toc: { ...base, sizePt: o.sizePt, lineFactor: 1.25 },
  };
}

/** Tab stop at the right edge of the text, for the header and the table of contents. */
export function rightTab(textWidth: number, leader?: 'dot'): { type: typeof TabStopType.RIGHT; position: number; leader?: 'dot' } {
  return leader === undefined
    ? { type: TabStopType.RIGHT, position: textWidth }
    : { type: TabStopType.RIGHT, position: textWidth, leader };
}
