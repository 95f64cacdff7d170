/**
 * Text widths for chart layout without a canvas: advance widths of Arial (and of Liberation Sans,
 * which has the same metrics), so labels are placed and shortened by their real size rather than
 * by Vega's rough estimate.
 */

/** Advance widths of the printable ASCII characters (space to tilde), in thousandths of an em. */
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** A few characters the books use beyond ASCII. */
const OTHER: Readonly<Record<string, number>> = { '–': 556, '—': 1000, '…': 1000, '√': 549, '■': 604, '±': 549, '×': 584 };

/** Bold text is about this much wider in these fonts. */
const BOLD = 1.08;

/**
 * The width of a single line of text.
 * @param text the text
 * @param fontSize size in pixels
 * @param bold whether the weight is bold
 * @returns width in pixels
 */
export function lineWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units += code >= 32 && code <= 126 ? (ASCII[code - 32] ?? 556) : (OTHER[ch] ?? 556);
  }
  return (units / 1000) * fontSize * (bold ? BOLD : 1);
}

/** What Vega passes for a text item. */
interface TextItem {
  readonly text?: unknown;
  readonly fontSize?: number;
  readonly fontWeight?: string | number;
}

/**
 * Vega's `textMetrics.width` replacement: the width of an item's text (the longest line).
 * @param item the scenegraph text item
 * @param text the text to measure, when not the item's own
 * @returns width in pixels
 */
export function measureText(item: TextItem, text?: unknown): number {
  const value = text ?? item.text;
  const lines = Array.isArray(value) ? value.map(String) : [value === undefined || value === null ? '' : typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value)];
  const size = item.fontSize ?? 11;
  const weight = item.fontWeight;
  const bold = weight === 'bold' || (typeof weight === 'number' && weight >= 600);
  return Math.max(0, ...lines.map((l) => lineWidth(l, size, bold)));
}
