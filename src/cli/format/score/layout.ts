/** Plain-text layout helpers for terminal output: width in code points, padding, truncation, wrapping. */

/**
 * Display width, counted in code points (the marks used here, ✓ ✗ …, are one column wide).
 * @param text any text
 * @returns its width
 */
export function width(text: string): number {
  return [...text].length;
}

/**
 * Cuts text to a width, ending in an ellipsis when it was longer.
 * @param text any text
 * @param max maximum width (≥ 1)
 * @returns the text, at most `max` wide
 */
export function truncate(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  if (chars.length <= max) return chars.join('');
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * Pads to a width.
 * @param text any text
 * @param w target width
 * @param align left or right
 * @returns the padded text
 */
export function pad(text: string, w: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, w - width(text)));
  return align === 'left' ? text + fill : fill + text;
}

/**
 * Wraps text at spaces so no line is wider than `max`; continuation lines get `indent`.
 * @param text one paragraph
 * @param max maximum line width
 * @param indent prefix of continuation lines
 * @returns the lines
 */
export function wrap(text: string, max: number, indent = ''): string[] {
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  const lines: string[] = [];
  let line = lead;
  let started = false;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const prefix = lines.length === 0 ? '' : indent;
    const candidate = started ? `${line} ${word}` : `${line}${word}`;
    if (!started || width(prefix + candidate) <= max) {
      line = width(prefix + candidate) <= max ? candidate : truncate(candidate, max - width(prefix));
      started = true;
    } else {
      lines.push(line);
      line = truncate(word, max - width(indent));
    }
  }
  if (started) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l));
}
