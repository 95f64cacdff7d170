/** Reading a DOCX in tests: its parts as text, and the body of word/document.xml. */
import { strFromU8, unzipSync } from 'fflate';
import { prettyXml } from './xml.js';

/**
 * The XML parts of a DOCX, by name (binary media left out).
 * @param bytes the DOCX
 * @returns part text by name
 */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const entries = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(entries)
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

/**
 * The XML parts of a DOCX with the ids docx draws at random or from counters shared by the whole
 * process (hyperlink relationships, table-of-contents bookmarks, drawings) numbered in order of
 * appearance: two packages of the same document compare equal however many were made before.
 * @param bytes the DOCX
 * @returns part text by name
 */
export function docxPartsRenumbered(bytes: Uint8Array): Record<string, string> {
  const ids = new Map<string, number>();
  const renumber = (id: string): string => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return `#${String(ids.get(id))}`;
  };
  return Object.fromEntries(Object.entries(docxParts(bytes)).map(([name, xml]) => [name, xml.replace(/rId[0-9a-z_-]{12,}|_Toc\d+|(?<=<wp:docPr id=")\d+/gi, renumber)]));
}

/**
 * The pretty-printed contents of `<w:body>` without the final section properties: what the blocks wrote.
 * @param bytes the DOCX
 * @returns indented XML of the body's blocks
 */
export function bodyXml(bytes: Uint8Array): string {
  const document = docxParts(bytes)['word/document.xml'] ?? '';
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(document)?.[1] ?? '';
  // Only the body's own, final section properties go; sections inside paragraphs stay.
  const last = body.lastIndexOf('<w:sectPr');
  const blocks = last >= 0 && body.endsWith('</w:sectPr>') && !body.slice(last).includes('</w:p>') ? body.slice(0, last) : body;
  return prettyXml(blocks);
}

/**
 * The text of a part, paragraph by paragraph (runs joined, tabs as tabs): what a reader sees.
 * @param xml a part's XML
 * @returns one line per paragraph
 */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
      .map((t) => (t[0] === '<w:tab/>' ? '\t' : t[0] === '<w:br/>' ? '\n' : decodeXml(t[1] ?? '')))
      .join(''),
  );
}

/**
 * Decodes the five XML entities.
 * @param s escaped text
 * @returns plain text
 */
export function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
