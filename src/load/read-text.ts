/** Reads an input file as text, refusing what is not UTF-8 text: too large, empty, binary, UTF-16. */
import { open } from 'node:fs/promises';

/** Largest input file read, in bytes (documented in the README). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ReadProblem =
  | { kind: 'read-failed'; reason: string }
  | { kind: 'too-large'; size: number }
  | { kind: 'empty' }
  | { kind: 'binary'; offset: number }
  | { kind: 'encoding'; encoding: string; offset: number };

export type ReadResult = { ok: true; text: string } | { ok: false; problem: ReadProblem };

/**
 * Reads a file as UTF-8 text without ever reading more than the size limit.
 * @param absolutePath file to read
 * @param limit maximum size in bytes
 * @param options how to decode (see {@link decodeText})
 * @returns the text or the problem found
 */
export async function readText(absolutePath: string, limit = MAX_FILE_BYTES, options: DecodeOptions = {}): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(absolutePath, 'r');
  } catch (e) {
    return { ok: false, problem: { kind: 'read-failed', reason: errorReason(e) } };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, problem: { kind: 'read-failed', reason: 'not a regular file' } };
    if (stat.size > limit) return { ok: false, problem: { kind: 'too-large', size: stat.size } };
    const buf = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const { bytesRead } = await handle.read(buf, read, stat.size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return decodeText(buf.subarray(0, read), options);
  } catch (e) {
    return { ok: false, problem: { kind: 'read-failed', reason: errorReason(e) } };
  } finally {
    await handle.close();
  }
}

/** How {@link decodeText} reads a file. */
export interface DecodeOptions {
  /** Lines starting with `#` are YAML comments, so a file of nothing else is empty (default true; false for Markdown, where `#` starts a heading). */
  readonly hashComments?: boolean;
}

/**
 * Decodes bytes as UTF-8 text, recognising UTF-16/32 byte-order marks, NUL bytes and invalid sequences.
 * @param bytes the file content
 * @param options whether `#` lines are comments
 * @returns the text (without a UTF-8 BOM) or the problem found
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): ReadResult {
  if (bytes.length === 0) return { ok: false, problem: { kind: 'empty' } };
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const isUtf32 = b0 === 0xff && bytes[2] === 0 && bytes[3] === 0;
    return { ok: false, problem: { kind: 'encoding', encoding: isUtf32 ? 'UTF-32' : 'UTF-16', offset: 0 } };
  }
  if (b0 === 0 && b1 === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) {
    return { ok: false, problem: { kind: 'encoding', encoding: 'UTF-32', offset: 0 } };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // UTF-16 without a BOM shows NUL in every other byte of ASCII text.
    const looksUtf16 = bytes.length >= 4 && (bytes[1] === 0 || bytes[0] === 0) && (bytes[3] === 0 || bytes[2] === 0);
    return looksUtf16
      ? { ok: false, problem: { kind: 'encoding', encoding: 'UTF-16', offset: nul } }
      : { ok: false, problem: { kind: 'binary', offset: nul } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { kind: 'encoding', encoding: 'bukan UTF-8 / not UTF-8', offset: firstInvalidUtf8(bytes) } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const blank = options.hashComments === false ? /^\s*$/ : /^\s*(#.*)?$/;
  if (text.split('\n').every((line) => blank.test(line))) return { ok: false, problem: { kind: 'empty' } };
  return { ok: true, text };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      // A prefix may end inside a valid multi-byte sequence; step back to be sure.
      hi = mid;
    }
  }
  return Math.max(0, lo - 3);
}

function errorReason(e: unknown): string {
  if (e !== null && typeof e === 'object' && 'code' in e && typeof e.code === 'string') return e.code;
  return e instanceof Error ? e.message : String(e);
}
