/** Numbering definitions of the lists: bullets, and numbered lists by their first number; the labels they show. */
import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';
import type { Doc } from '../../doc/ast.js';
import { romawi } from '../../doc/numbering.js';
import { walk } from '../../doc/walk.js';

/** Numbering reference of bullet lists. */
export const BULLET_REFERENCE = 'bullet';

/**
 * Numbering reference of ordered lists starting at a number.
 * @param start first number
 * @returns the reference name
 */
export function orderedReference(start: number): string {
  return `ordered-${start}`;
}

/** The hanging indent of the numbering definitions, twips: room for a bullet or a one-digit number. */
export const LIST_HANGING = 360;

/**
 * Indent of a list level's text in the numbering definitions, twips. A list whose labels need more
 * room than {@link LIST_HANGING} sets its own indents (see the list handler).
 * @param level nesting level, 0 outermost
 * @returns the left indent
 */
export function listIndent(level: number): number {
  return 720 + level * LIST_HANGING;
}

const bullets = ['•', '–', '▪', '•', '–'];
type Format = (typeof LevelFormat)[keyof typeof LevelFormat];
const ordered: readonly { format: Format; text: string }[] = [
  { format: LevelFormat.DECIMAL, text: '%1.' },
  { format: LevelFormat.LOWER_LETTER, text: '%2.' },
  { format: LevelFormat.LOWER_ROMAN, text: '%3.' },
  { format: LevelFormat.DECIMAL, text: '%4)' },
  { format: LevelFormat.LOWER_LETTER, text: '%5)' },
];

/** The levels defined; deeper lists use the last. */
export const LIST_LEVELS = ordered.length;

/** A number as Word writes it in a format: 27 in lower letters is "aa", 28 "bb". */
function formatNumber(n: number, format: Format): string {
  if (format === LevelFormat.LOWER_LETTER) return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
  if (format === LevelFormat.LOWER_ROMAN && n >= 1 && n <= 3999) return romawi(n).toLowerCase();
  return String(n);
}

/**
 * The label a list item shows: its bullet, or its number in the level's format ("12.", "c.", "iv.").
 * @param level nesting level, 0 outermost
 * @param n the item's number
 * @param isOrdered numbered or bullet list
 * @returns the label text
 */
export function listLabel(level: number, n: number, isOrdered: boolean): string {
  const l = Math.min(level, LIST_LEVELS - 1);
  if (!isOrdered) return bullets[l] ?? '•';
  const { format, text } = ordered[l] ?? { format: LevelFormat.DECIMAL, text: '%1.' };
  return text.replace(/%\d/, formatNumber(n, format));
}

const indent = (level: number): { paragraph: { indent: { left: number; hanging: number } } } => ({
  paragraph: { indent: { left: listIndent(level), hanging: LIST_HANGING } },
});

/**
 * The numbering configuration of a document.
 * @param starts first numbers of the ordered lists it has, in any order
 * @returns the `numbering` option of a docx Document
 */
export function numberingConfig(starts: ReadonlySet<number>): INumberingOptions {
  return {
    config: [
      {
        reference: BULLET_REFERENCE,
        levels: bullets.map((text, level) => ({
          level,
          format: LevelFormat.BULLET,
          text,
          alignment: AlignmentType.LEFT,
          style: indent(level),
        })),
      },
      ...[...starts]
        .sort((a, b) => a - b)
        .map((start) => ({
          reference: orderedReference(start),
          levels: ordered.map((l, level) => ({
            level,
            ...l,
            start: level === 0 ? start : 1,
            alignment: AlignmentType.LEFT,
            style: indent(level),
          })),
        })),
    ],
  };
}

/**
 * The first numbers of a document's ordered lists, at any depth: what the list handler records as it
 * writes them, found before they are written.
 * @param doc the document
 * @returns the first numbers
 */
export function orderedStarts(doc: Doc): Set<number> {
  const starts = new Set<number>();
  walk(doc, (node) => {
    if (node.type === 'list' && node.ordered) starts.add(node.start ?? 1);
  });
  return starts;
}
