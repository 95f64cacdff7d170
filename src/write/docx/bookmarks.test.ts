import { describe, expect, it } from 'vitest';
import { entryBookmark, entryPageLabels, restartBookmark } from './bookmarks.js';

describe('page labels read back from the bookmarks of a rendering', () => {
  it('count from each restart in its format; landscape pages continue; the cover has none', () => {
    // Physical pages: 0 cover, 1–3 front matter (i–iii), 4… body (1…).
    const destinations = new Map<string, number>([
      [restartBookmark(1, 'roman'), 1],
      [entryBookmark(0), 1],
      [entryBookmark(1), 3],
      [restartBookmark(2, 'arabic'), 4],
      [entryBookmark(2), 4],
      [entryBookmark(3), 15],
      ['other-destination', 7],
    ]);
    expect([...entryPageLabels(destinations)]).toEqual([
      [0, 'i'],
      [1, 'iii'],
      [2, '1'],
      [3, '12'],
    ]);
  });

  it('read the names as LibreOffice writes them (the underscore as "5F") and as a correct writer does', () => {
    const lo = new Map([['5FMpR1', 2], ['5FMpE0', 3], ['5FMpA2', 5], ['5FMpE1', 9]]);
    expect([...entryPageLabels(lo)]).toEqual([[0, 'ii'], [1, '5']]);
    const plain = new Map([['_MpR1', 2], ['_MpE0', 3]]);
    expect([...entryPageLabels(plain)]).toEqual([[0, 'ii']]);
  });

  it('give no label to an entry before any restart', () => {
    expect(entryPageLabels(new Map([[entryBookmark(0), 0], [restartBookmark(1, 'roman'), 1]])).size).toBe(0);
  });
});
