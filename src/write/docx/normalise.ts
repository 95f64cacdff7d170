/**
 * Makes a packed DOCX reproducible and complete: pinned document dates, the text's language in the
 * core properties, bookmark ids counted within the document, fixed watermark shape ids, normalised zip.
 */
import { strFromU8, strToU8 } from 'fflate';
import { normaliseZip } from '../zip.js';

/** ISO date without milliseconds, as `dcterms:W3CDTF` values are written. */
function w3cdtf(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** What the normalisation writes into the package. */
export interface NormaliseOptions {
  /** The creation and modification date. */
  readonly date: Date;
  /** The `dc:language` of the core properties, a BCP 47 tag. */
  readonly language: string;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function rewrite(name: string, data: Uint8Array, o: NormaliseOptions): Uint8Array {
  if (name === 'docProps/core.xml') {
    const when = w3cdtf(o.date);
    const dated = strFromU8(data).replace(
      /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
      (_m, open: string, _tag: string, close: string) => `${open}${when}${close}`,
    );
    const language = `<dc:language>${escapeXml(o.language)}</dc:language>`;
    return strToU8(dated.includes('<dc:language>') ? dated : dated.replace('</cp:coreProperties>', `${language}</cp:coreProperties>`));
  }
  if (name === 'word/document.xml') {
    // docx numbers bookmarks from a counter shared by every document of the process: renumber them in order.
    const ids = new Map<string, number>();
    return strToU8(
      strFromU8(data).replace(/(<w:bookmark(?:Start|End)(?: w:name="[^"]*")? w:id=")(\d+)(")/g, (_m, open: string, id: string, close: string) => {
        if (!ids.has(id)) ids.set(id, ids.size + 1);
        return `${open}${String(ids.get(id))}${close}`;
      }),
    );
  }
  if (/^word\/(header|footer)\d*\.xml$/.test(name)) {
    // docx names watermark shapes with a random suffix; Word only needs the prefix to recognise them.
    let n = 0;
    return strToU8(strFromU8(data).replace(/PowerPlusWaterMarkObject[A-Za-z0-9_-]+/g, () => `PowerPlusWaterMarkObject${++n}`));
  }
  return data;
}

/**
 * Normalises a packed DOCX.
 * @param bytes the DOCX from docx's Packer
 * @param options the creation and modification date and the language to write
 * @returns identical bytes for identical content, date and language
 */
export function normaliseDocx(bytes: Uint8Array, options: NormaliseOptions): Uint8Array {
  return normaliseZip(bytes, { date: options.date, transform: (name, data) => rewrite(name, data, options) });
}
