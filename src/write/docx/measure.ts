/**
 * Widths of text in Arial (Liberation Sans and Helvetica have the same metrics), for sizing table
 * columns and list indents; no font files needed.
 */

/** Sets the same width for each character of a string. */
const widths = (groups: Record<string, number>): ReadonlyMap<string, number> =>
  new Map(Object.entries(groups).flatMap(([chars, em]) => [...chars].map((c) => [c, em] as const)));

/** Advance widths in ems of Arial's regular face; other characters count as an average letter. */
const REGULAR = widths({
  ijl: 0.222,
  "ft/ .,:;!|I'": 0.278,
  'r-()[]{}`': 0.333,
  'ckJsvxyz"': 0.5,
  'LTFZ': 0.611,
  '+<=>~^': 0.584,
  'ABEKPSVXY&': 0.667,
  'CDHNRUw': 0.722,
  'GOQ': 0.778,
  'mM': 0.833,
  '%': 0.889,
  'W': 0.944,
  '@': 1.015,
});
const REGULAR_OTHER = 0.556;

/** Advance widths in ems of Arial's bold face: most letters are wider than in the regular face. */
const BOLD = widths({
  "ijl .,/I\\'|": 0.278,
  'ft-:;!()[]`': 0.333,
  'r{}': 0.389,
  '"': 0.474,
  'z': 0.5,
  'acekvsxyJ0123456789$#_': 0.556,
  '+<=>~^': 0.584,
  'bdghnopquLTFZ?': 0.611,
  'EPSVXY': 0.667,
  'ABCDHKNRU&': 0.722,
  'wGOQ': 0.778,
  'M': 0.833,
  'm%': 0.889,
  'W': 0.944,
  '@': 0.975,
});
const BOLD_OTHER = 0.611;

/**
 * The width of a text, in ems of its font size.
 * @param text the text (one line)
 * @param bold whether it is bold
 * @returns the width in ems
 */
export function textEm(text: string, bold = false): number {
  const [table, other] = bold ? [BOLD, BOLD_OTHER] : [REGULAR, REGULAR_OTHER];
  let em = 0;
  for (const ch of text) em += table.get(ch) ?? other;
  return em;
}

/**
 * The widest unbreakable word of a text, in ems: a column narrower than this breaks a word (or a
 * number such as Rp1.250.000.000) across lines.
 * @param text the text
 * @param bold whether it is bold
 * @returns the width in ems
 */
export function longestWordEm(text: string, bold = false): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => textEm(w, bold)));
}
