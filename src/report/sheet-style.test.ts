import { describe, expect, it } from 'vitest';
import { rowHeight, wrappedLines } from './sheet-style.js';

describe('sheet layout', () => {
  it('estimates wrapped lines', () => {
    expect(wrappedLines('pendek', 20)).toBe(1);
    expect(wrappedLines('satu dua tiga empat lima enam tujuh delapan', 12)).toBeGreaterThanOrEqual(4);
    expect(wrappedLines('a\nb\nc', 40)).toBe(3);
  });

  it('gives wrapped rows a height, capped at the largest Excel allows', () => {
    expect(rowHeight(1)).toBe(17);
    expect(rowHeight(3)).toBe(47);
    expect(rowHeight(1000)).toBe(409);
  });
});
