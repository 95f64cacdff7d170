import { describe, expect, it } from 'vitest';
import * as b from '../../../doc/builders.js';
import { bodyOf } from '../../../../test/support/docx-fragment.js';
import { textEm } from '../measure.js';
import { LIST_HANGING, listIndent, listLabel } from '../numbering.js';
import { LIST_LABEL_START, listIndents } from './list.js';

const items = (n: number): string[] => Array.from({ length: n }, (_, i) => `butir ${i + 1}`);
/** Width of a label at 12 pt, twips. */
const labelTw = (label: string): number => textEm(label) * 12 * 20;

describe('list labels and indents', () => {
  it('labels items as Word numbers them at each level', () => {
    expect([listLabel(0, 10, true), listLabel(1, 3, true), listLabel(1, 28, true), listLabel(2, 8, true), listLabel(3, 2, true)]).toEqual([
      '10.',
      'c.',
      'bb.',
      'viii.',
      '2)',
    ]);
    expect(listLabel(0, 1, false)).toBe('•');
  });

  it('keeps the numbering definition for bullets and one-digit numbers', () => {
    expect(listIndents(b.list(true, items(9)), 0, LIST_LABEL_START, 12)).toEqual({ left: listIndent(0), hanging: LIST_HANGING });
    expect(listIndents(b.list(false, items(30)), 0, LIST_LABEL_START, 12)).toEqual({ left: listIndent(0), hanging: LIST_HANGING });
  });

  it('widens the hanging indent to the widest number, with room to spare before the text', () => {
    for (const [count, widest] of [[10, '10.'], [12, '12.'], [100, '100.'], [120, '120.']] as const) {
      const { left, hanging } = listIndents(b.list(true, items(count)), 0, LIST_LABEL_START, 12);
      expect(hanging - labelTw(widest)).toBeGreaterThanOrEqual(142);
      expect(left).toBe(LIST_LABEL_START + hanging);
    }
    // A list started at 95 reaches 104.
    const late = listIndents({ ...b.list(true, items(10)), start: 95 }, 0, LIST_LABEL_START, 12);
    expect(late.hanging - labelTw('104.')).toBeGreaterThanOrEqual(142);
    // Nested levels: "viii." is wider than "1." and needs more than the default.
    expect(listIndents(b.list(true, items(8)), 2, 1440, 12).hanging - labelTw('viii.')).toBeGreaterThanOrEqual(142);
  });

  it('writes the wider indents on the items, and nests the next level under the text', async () => {
    const xml = await bodyOf([b.list(true, [...items(11), [b.paragraph('dua belas'), b.list(false, ['anak'])]])]);
    const { left, hanging } = listIndents(b.list(true, items(12)), 0, LIST_LABEL_START, 12);
    expect(hanging).toBeGreaterThan(LIST_HANGING);
    const ind = `<w:ind w:left="${left}" w:hanging="${hanging}"/>`;
    expect(xml).toMatch(new RegExp(`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="\\d+"/></w:numPr>${ind}</w:pPr><w:r><w:t xml:space="preserve">butir 10<`));
    expect(xml.split(ind)).toHaveLength(13);
    // The nested bullets start where the text of "12." starts.
    expect(xml).toMatch(new RegExp(`<w:ilvl w:val="1"/><w:numId w:val="\\d+"/></w:numPr><w:ind w:left="${left + LIST_HANGING}" w:hanging="${LIST_HANGING}"/></w:pPr><w:r><w:t xml:space="preserve">anak<`));
    // A short list keeps the numbering definition's indents.
    expect(await bodyOf([b.list(true, items(3))])).not.toContain('<w:ind');
  });
});

describe('list pagination', () => {
  it('keeps the last item with the one before it, and every paragraph with widow and orphan control', async () => {
    const xml = await bodyOf([b.list(true, items(4)), b.list(false, items(2))]);
    const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1] ?? '');
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs.map((p) => p.includes('<w:keepNext/>'))).toEqual([false, false, true, false, false, false]);
    expect(paragraphs.every((p) => p.includes('<w:widowControl/>'))).toBe(true);
  });
});
