/** Makes a packed DOCX reproducible: pinned document dates, fixed watermark shape ids, normalised zip. */
import { strFromU8, strToU8 } from 'fflate';
import { normaliseZip } from '../zip.js';

/** ISO date without milliseconds, as `dcterms:W3CDTF` values are written. */
function w3cdtf(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function rewrite(name: string, data: Uint8Array, date: Date): Uint8Array {
  if (name === 'docProps/core.xml') {
    const when = w3cdtf(date);
    return strToU8(
      strFromU8(data).replace(
        /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        (_m, open: string, _tag: string, close: string) => `${open}${when}${close}`,
      ),
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
 * @param date the creation and modification date to write
 * @returns identical bytes for identical content and date
 */
export function normaliseDocx(bytes: Uint8Array, date: Date): Uint8Array {
  return normaliseZip(bytes, { date, transform: (name, data) => rewrite(name, data, date) });
}
