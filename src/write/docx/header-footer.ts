/** Running headers (book title, DRAF mark and watermark on drafts) and footers (page number) of each section. */
import { AlignmentType, Footer, Header, PageNumber, Paragraph, Tab, TextRun, type ParagraphChild } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { ResolvedOptions } from './options.js';
import { draftRun, rightTab } from './styles.js';

/** The light diagonal DRAF watermark, behind the text of every page. */
function watermark(o: ResolvedOptions): TextWatermark {
  return new TextWatermark({ text: 'DRAF', font: o.style.font, color: 'D9D9D9', opacity: 0.5, bold: true });
}

/**
 * The header of a section.
 * @param title running title (the book)
 * @param textWidth width of the section's text, twips
 * @param o resolved options
 * @param onCover the cover shows no title, only the draft mark
 * @returns the header
 */
export function header(title: string, textWidth: number, o: ResolvedOptions, onCover: boolean): Header {
  // docx puts a TextWatermark among a header paragraph's runs, though its types list it as no paragraph child.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
  const mark: ParagraphChild[] = o.draft ? [watermark(o), new TextRun({ text: 'DRAF', ...draftRun(o.style) })] : [];
  if (onCover) {
    return new Header({ children: [new Paragraph({ style: 'Footer', alignment: AlignmentType.RIGHT, children: mark })] });
  }
  const children = o.draft
    ? [...mark, new TextRun({ children: [new Tab()] }), new TextRun(title)]
    : [new TextRun({ children: [new Tab()] }), new TextRun(title)];
  return new Header({ children: [new Paragraph({ style: 'Header', tabStops: [rightTab(textWidth)], children })] });
}

/**
 * The footer of a section: the page number, centred, in the section's number format.
 * @param onCover the cover has no page number
 * @returns the footer
 */
export function footer(onCover: boolean): Footer {
  return new Footer({
    children: [new Paragraph({ style: 'Footer', children: onCover ? [] : [new TextRun({ children: [PageNumber.CURRENT] })] })],
  });
}
