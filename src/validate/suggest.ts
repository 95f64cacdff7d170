/** "Did you mean" suggestions for misspelt keys and ids, by edit distance. */

/**
 * Damerau-free Levenshtein distance.
 * @param a first string
 * @param b second string
 * @returns the number of single-character edits
 */
export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + cost);
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/**
 * The closest candidate, when one is close enough to be a likely typo.
 * @param word what the user wrote
 * @param candidates allowed words
 * @returns the best candidate or undefined
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.floor(word.length / 3));
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

/**
 * The closest slot id to a misspelt one (`buku-1/latar` → `buku-1/latar-belakang`): a slot of the same
 * book whose name starts with what was written, else the closest name in that book, else the
 * closest id of all.
 * @param slot what the user wrote, `<buku>/<slot>`
 * @param ids the known slot ids
 * @returns the best candidate or undefined
 */
export function suggestSlot(slot: string, ids: readonly string[]): string | undefined {
  const cut = slot.indexOf('/');
  if (cut > 0) {
    const book = slot.slice(0, cut + 1);
    const name = slot.slice(cut + 1);
    const names = ids.filter((id) => id.startsWith(book)).map((id) => id.slice(book.length));
    const started = name.length >= 3 ? names.find((n) => n.startsWith(name)) : undefined;
    const found = started ?? suggest(name, names);
    if (found !== undefined) return book + found;
  }
  return suggest(slot, ids);
}
