/** Numbering definitions of the lists: bullets, and numbered lists by their first number. */
import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';
import { BULLET_REFERENCE, listIndent, orderedReference } from './handlers/list.js';

const bullets = ['•', '–', '▪', '•', '–'];
const ordered = [
  { format: LevelFormat.DECIMAL, text: '%1.' },
  { format: LevelFormat.LOWER_LETTER, text: '%2.' },
  { format: LevelFormat.LOWER_ROMAN, text: '%3.' },
  { format: LevelFormat.DECIMAL, text: '%4)' },
  { format: LevelFormat.LOWER_LETTER, text: '%5)' },
];

const indent = (level: number): { paragraph: { indent: { left: number; hanging: number } } } => ({
  paragraph: { indent: { left: listIndent(level), hanging: 360 } },
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
