/** Pretty-printing of OOXML parts for golden files: one element per line, text kept on its element's line. */

/**
 * Indents XML. Elements holding only text stay on one line, so runs read naturally.
 * @param xml the XML text
 * @returns the indented XML, ending with a newline
 */
export function prettyXml(xml: string): string {
  const tokens = xml.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const pad = '  '.repeat(depth);
    if (t.startsWith('<?')) {
      lines.push(t);
    } else if (t.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      lines.push('  '.repeat(depth) + t);
    } else if (t.startsWith('<') && t.endsWith('/>')) {
      lines.push(pad + t);
    } else if (t.startsWith('<')) {
      const text = tokens[i + 1];
      const close = tokens[i + 2];
      if (text !== undefined && !text.startsWith('<') && close?.startsWith('</')) {
        lines.push(pad + t + text + close);
        i += 2;
      } else if (text?.startsWith('</')) {
        lines.push(pad + t + text);
        i += 1;
      } else {
        lines.push(pad + t);
        depth++;
      }
    } else if (t.trim() !== '') {
      lines.push(pad + t);
    }
  }
  return `${lines.join('\n')}\n`;
}
