/**
 * Makes a packed DOCX reproducible and complete: pinned document dates, the text's language in the
 * core properties, bookmark ids counted within the document, fixed watermark shape ids, normalised zip.
 */
import { Packer, type Document } from 'docx';
import { strFromU8, strToU8 } from 'fflate';
import { normaliseZip, zipEntries } from '../zip.js';
import { useLinearAttributes } from './attributes.js';
import { canStream, compileStreamed, type PartCompiler, type Piece } from './stream.js';

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

/**
 * Renumbers the bookmarks of the document's XML in order: docx numbers them from a counter shared by
 * every document of the process.
 * @param xml the XML, or a piece of it that holds whole elements or whole rows of a table
 * @param ids the numbers given so far, by docx's number (shared by the pieces of one document, in order)
 * @returns the XML with the bookmarks numbered from 1
 */
function renumberBookmarks(xml: string, ids: Map<string, number>): string {
  return xml.replace(/(<w:bookmark(?:Start|End)(?: w:name="[^"]*")? w:id=")(\d+)(")/g, (_m, open: string, id: string, close: string) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return `${open}${String(ids.get(id))}${close}`;
  });
}

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
  if (name === 'word/document.xml') return strToU8(renumberBookmarks(strFromU8(data), new Map()));
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

/**
 * Packs a document as DOCX, reproducibly: the same bytes as {@link normaliseDocx} of `Packer.pack`'s
 * output, without compressing every part only to inflate it again. The parts come from the compiler
 * `Packer.pack` zips, with the document's XML written one block at a time where that gives the same
 * text (see `stream.ts`); were the compiler ever missing, the packed file is normalised instead.
 * @param document the document
 * @param options the creation and modification date and the language to write
 * @param stream whether to write the document's XML block by block when it can be
 * @returns the DOCX bytes
 */
export async function packDocx(document: Document, options: NormaliseOptions, stream = true): Promise<Uint8Array> {
  useLinearAttributes();
  const compiler = (Packer as unknown as { compiler?: PartCompiler }).compiler;
  if (typeof compiler?.compile !== 'function') return normaliseDocx(await Packer.pack(document, 'uint8array'), options);
  const transform = (name: string, data: Uint8Array): Uint8Array => rewrite(name, data, options);
  const parts: Record<string, Uint8Array> = {};
  if (!stream || !canStream(document)) {
    for (const [name, data] of compiler.compile(document)) parts[name] = bytesOf(data);
    return zipEntries(parts, { date: options.date, transform });
  }
  // Only the pieces with bookmarks are renumbered: the others may be held as bytes.
  const streamed = compileStreamed(compiler, document, (piece) => piece.includes('<w:bookmark'));
  for (const [name, data] of streamed.parts) parts[name] = bytesOf(data);
  const ids = new Map<string, number>();
  parts['word/document.xml'] = utf8(streamed.pieces.map((piece) => (typeof piece === 'string' ? renumberBookmarks(streamed.fill(piece), ids) : piece)));
  return zipEntries(parts, { date: options.date, transform: (name, data) => (name === 'word/document.xml' ? data : transform(name, data)) });
}

/**
 * The UTF-8 bytes of text given in pieces (text, or its UTF-8 bytes), each piece released once written.
 * @param pieces the pieces; emptied
 * @returns the bytes of the pieces one after another
 */
function utf8(pieces: Piece[]): Uint8Array {
  let length = 0;
  for (const piece of pieces) length += typeof piece === 'string' ? Buffer.byteLength(piece, 'utf8') : piece.byteLength;
  const bytes = new Uint8Array(length);
  const encoder = new TextEncoder();
  let at = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? '';
    if (typeof piece === 'string') at += encoder.encodeInto(piece, bytes.subarray(at)).written;
    else {
      bytes.set(piece, at);
      at += piece.byteLength;
    }
    pieces[i] = '';
  }
  return bytes;
}

/** A part's bytes, as `Packer.pack` zips them: text as UTF-8. */
function bytesOf(data: string | Uint8Array | ArrayBufferView | ArrayBuffer): Uint8Array {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}
