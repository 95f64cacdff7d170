import { describe, expect, it } from 'vitest';
import { rowHeight, wrappedLines } from './sheet-style.js';

describe('sheet layout', () => {
  it('estimates wrapped lines', () => {
    expect(wrappedLines('pendek', 20)).toBe(1);
    expect(wrappedLines('satu dua tiga empat lima enam tujuh delapan', 12)).toBeGreaterThanOrEqual(4);
    expect(wrappedLines('a\nb\nc', 40)).toBe(3);
  });

  it('counts lines as a greedy wrap of the words between white space does', () => {
    // The estimate spelled out: paragraphs at line breaks, words between any white space.
    const greedy = (text: string, width: number, bold = false) => {
      const perLine = Math.max(4, Math.floor((width - 1) * (bold ? 1.0 : 1.1)));
      let lines = 0;
      for (const paragraph of text.split('\n')) {
        let used = 0;
        let count = 1;
        for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
          if (used === 0) used = word.length;
          else if (used + 1 + word.length <= perLine) used += 1 + word.length;
          else {
            count++;
            used = word.length;
          }
          while (used > perLine) {
            count++;
            used -= perLine;
          }
        }
        lines += count;
      }
      return Math.max(1, lines);
    };
    const texts = [
      '', ' ', '\n', '\n\n', 'a', 'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh',
      'Pengembangan sistem informasi terpadu   pelayanan\tperizinan\r\nberbasis elektronik',
      'kata\u00a0tak\u2003terputus\u3000di\ufeffsini\u2028lagi\u202fdan\u205fitu\u1680juga\u000bvt\u000cff',
      'supercalifragilisticexpialidocious-dan-kata-yang-sangat-panjang-sekali-tanpa-spasi-sama-sekali',
      ' awal dan akhir berspasi \n\n  paragraf kedua  \n', 'émoji 😀😀 dan aksara ꦗꦮ',
      // Runs of every white space character (and of two that are not) between short words.
      ...['\t', '\u000b', '\u000c', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u00ad']
        .map((c) => `a${c.repeat(6)}b${c}c`),
    ];
    for (const text of texts) {
      for (const width of [1, 4, 6, 10, 13, 20, 50]) {
        for (const bold of [false, true]) expect(wrappedLines(text, width, bold), JSON.stringify([text, width, bold])).toBe(greedy(text, width, bold));
      }
    }
  });

  it('gives wrapped rows a height, capped at the largest Excel allows', () => {
    expect(rowHeight(1)).toBe(17);
    expect(rowHeight(3)).toBe(47);
    expect(rowHeight(1000)).toBe(409);
  });
});
