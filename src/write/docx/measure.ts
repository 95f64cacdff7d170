/** Widths of text in Arial (Liberation Sans has the same metrics), for sizing table columns; no font files needed. */

/** Advance widths in ems of Arial's regular face, by character; others count as an average letter. */
const WIDTHS: ReadonlyMap<string, number> = new Map([
  ...[...'ijl'].map((c) => [c, 0.222] as const),
  ...[...'ft/ .,:;!|I'].map((c) => [c, 0.278] as const),
  ...[...'r-()'].map((c) => [c, 0.333] as const),
  ...[...'ckJsvxyz'].map((c) => [c, 0.5] as const),
  ...[...'LTFZ'].map((c) => [c, 0.611] as const),
  ...[...'ABEKPSVXY&'].map((c) => [c, 0.667] as const),
  ...[...'CDHNRUw'].map((c) => [c, 0.722] as const),
  ...[...'GOQ'].map((c) => [c, 0.778] as const),
  ...[...'mM'].map((c) => [c, 0.833] as const),
  ...[...'%'].map((c) => [c, 0.889] as const),
  ...[...'W@'].map((c) => [c, 0.944] as const),
]);

/** Bold Arial is wider; this covers its widest letters. */
const BOLD = 1.08;

/**
 * The width of a text, in ems of its font size.
 * @param text the text (one line)
 * @param bold whether it is bold
 * @returns the width in ems
 */
export function textEm(text: string, bold = false): number {
  let em = 0;
  for (const ch of text) em += WIDTHS.get(ch) ?? 0.556;
  return bold ? em * BOLD : em;
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
