/** Numbered captions "Tabel 3.1 …" / "Gambar 3.1 …" with a SEQ field, and "Sumber: …" notes. */
import { Paragraph, TextRun } from 'docx';
import { captionLabels, type CaptionKind, type Inline } from '../../../doc/ast.js';
import { inlineText } from '../../../doc/walk.js';
import { addEntry, type WriteContext } from '../context.js';
import { complexField } from '../fields.js';
import { entryMark } from './heading.js';
import { inlinesToRuns } from './inlines.js';

/**
 * A caption paragraph. The number within the chapter is a SEQ field (`\s 1` restarts it at each
 * chapter heading), a complex field with the value already written as its result, so it shows before
 * any field update and in every reader (pandoc, mammoth and python-docx drop the result of a simple
 * field); the chapter number before it is text, like the heading numbers.
 * @param kind tabel or gambar
 * @param caption the caption text
 * @param ctx write context
 * @param keepNext keep with the next paragraph (a table caption stays with its table)
 * @returns the paragraph
 */
export function captionParagraph(kind: CaptionKind, caption: readonly Inline[], ctx: WriteContext, keepNext: boolean): Paragraph {
  const n = ++ctx.numbers[kind];
  const label = captionLabels[kind];
  const chapter = ctx.numbers.chapter > 0 ? `${ctx.numbers.chapter}.` : '';
  const p = new Paragraph({
    style: 'Caption',
    ...(keepNext ? { keepNext: true } : {}),
    children: entryMark(ctx, [
      new TextRun(`${label} ${chapter}`),
      ...complexField(`SEQ ${label} \\* ARABIC \\r ${n} \\s 1`, String(n)),
      new TextRun(' '),
      ...inlinesToRuns(caption),
    ]),
  });
  addEntry(ctx, { list: kind, level: 1, title: `${label} ${chapter}${n} ${inlineText(caption).trim()}`, target: p });
  return p;
}

/**
 * The small "Sumber: …" line under a table or figure.
 * @param source the source text
 * @returns the paragraph
 */
export function sourceParagraph(source: readonly Inline[]): Paragraph {
  return new Paragraph({ style: 'SourceNote', children: [new TextRun('Sumber: '), ...inlinesToRuns(source)] });
}
