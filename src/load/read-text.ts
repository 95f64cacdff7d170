/** Reads an input file as text, refusing what is not UTF-8 text: too large, empty, binary, UTF-16, or not a regular file. */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';

/** Largest input file read, in bytes (documented in the README). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The `encoding` of a file whose bytes are not UTF-8 and carry no byte-order mark to say what they are. */
export const NOT_UTF8 = 'not-utf8';

/** What a path names when it is not a regular file. */
export type NotAFile = 'directory' | 'fifo' | 'socket' | 'device' | 'other';

export type ReadProblem =
  | { kind: 'read-failed'; reason: string }
  | { kind: 'not-a-file'; type: NotAFile }
  | { kind: 'too-large'; size: number }
  | { kind: 'empty' }
  | { kind: 'binary'; offset: number; line: number; column: number }
  | { kind: 'encoding'; encoding: string; offset: number; line: number; column: number };

export type ReadResult = { ok: true; text: string } | { ok: false; problem: ReadProblem };

/**
 * Reads a file as UTF-8 text without ever reading more than the size limit.
 * @param absolutePath file to read
 * @param limit maximum size in bytes
 * @param options how to decode (see {@link decodeText})
 * @returns the text or the problem found
 */
export function readText(absolutePath: string, limit = MAX_FILE_BYTES, options: DecodeOptions = {}): Promise<ReadResult> {
  return Promise.resolve(readTextSync(absolutePath, limit, options));
}

/** Flags of every open for reading: a named pipe or a device never makes the open wait, nor becomes the terminal of the process. */
const { O_NOCTTY, O_NONBLOCK } = constants as { O_NOCTTY?: number; O_NONBLOCK?: number };
const OPEN_FLAGS = constants.O_RDONLY | (O_NONBLOCK ?? 0) | (O_NOCTTY ?? 0);
/** Where opening a named pipe could wait (no O_NONBLOCK: Windows), the path's type is checked before it is opened. */
const STAT_BEFORE_OPEN = O_NONBLOCK === undefined;
/** Files up to this size are read into one buffer kept between reads (their text is decoded out of it at once). */
const SCRATCH_BYTES = 256 * 1024;
let scratch: Buffer | undefined;

/**
 * {@link readText} without waiting: a few system calls per file (open, fstat, read, close), run
 * one after the other. The type is checked on the open descriptor, so what is read is what was
 * checked; the open itself never blocks.
 * @param absolutePath file to read
 * @param limit maximum size in bytes
 * @param options how to decode (see {@link decodeText})
 * @returns the text or the problem found
 */
export function readTextSync(absolutePath: string, limit = MAX_FILE_BYTES, options: DecodeOptions = {}): ReadResult {
  const opened = openRegularFileSync(absolutePath);
  if (!opened.ok) return opened;
  const { fd, size } = opened;
  try {
    if (size > limit) return { ok: false, problem: { kind: 'too-large', size } };
    const buf = size <= SCRATCH_BYTES ? (scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES)) : Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const bytesRead = readSync(fd, buf, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return decodeText(buf.subarray(0, read), options);
  } catch (e) {
    return { ok: false, problem: { kind: 'read-failed', reason: errorReason(e) } };
  } finally {
    closeSync(fd);
  }
}

/** An open regular file as a descriptor and its size, or why it was not opened. */
type OpenedDescriptor = { ok: true; fd: number; size: number } | { ok: false; problem: ReadProblem };

/**
 * Opens a file for reading only when it is a regular file, as {@link openRegularFile} does, with
 * a descriptor. Where the open fails, the path's type says whether it is a file at all (a socket
 * or an unreadable folder is not a file, whatever the open says).
 * @param absolutePath the file
 * @returns the descriptor (the caller closes it) and the size, or the problem
 */
function openRegularFileSync(absolutePath: string): OpenedDescriptor {
  if (STAT_BEFORE_OPEN) {
    const before = statProblem(absolutePath);
    if (before !== undefined) return { ok: false, problem: before };
  }
  let fd: number;
  try {
    fd = openSync(absolutePath, OPEN_FLAGS);
  } catch (e) {
    return { ok: false, problem: statProblem(absolutePath) ?? { kind: 'read-failed', reason: errorReason(e) } };
  }
  try {
    const after = fstatSync(fd);
    if (!after.isFile()) {
      closeSync(fd);
      return { ok: false, problem: { kind: 'not-a-file', type: fileType(after) } };
    }
    return { ok: true, fd, size: after.size };
  } catch (e) {
    closeSync(fd);
    return { ok: false, problem: { kind: 'read-failed', reason: errorReason(e) } };
  }
}

/** Why a path cannot be read as a file, from its type: undefined when it is a regular file. */
function statProblem(absolutePath: string): ReadProblem | undefined {
  try {
    const s = statSync(absolutePath);
    return s.isFile() ? undefined : { kind: 'not-a-file', type: fileType(s) };
  } catch (e) {
    return { kind: 'read-failed', reason: errorReason(e) };
  }
}

/** An open regular file and its size, or why it was not opened. */
export type OpenedFile =
  | { ok: true; handle: FileHandle; size: number }
  | { ok: false; problem: ReadProblem };

/**
 * Opens a file for reading only when it is a regular file. The type is checked before `open`, which
 * would wait forever on a named pipe with no writer, and again on the open handle (the path may have
 * been replaced in between); the open itself never blocks.
 * @param absolutePath the file
 * @returns the handle (the caller closes it) and the size, or the problem
 */
export async function openRegularFile(absolutePath: string): Promise<OpenedFile> {
  try {
    const before = await stat(absolutePath);
    if (!before.isFile()) return { ok: false, problem: { kind: 'not-a-file', type: fileType(before) } };
  } catch (e) {
    return { ok: false, problem: { kind: 'read-failed', reason: errorReason(e) } };
  }
  let handle;
  try {
    handle = await open(absolutePath, OPEN_FLAGS);
  } catch (e) {
    return { ok: false, problem: { kind: 'read-failed', reason: errorReason(e) } };
  }
  try {
    const after = await handle.stat();
    if (!after.isFile()) {
      await handle.close();
      return { ok: false, problem: { kind: 'not-a-file', type: fileType(after) } };
    }
    return { ok: true, handle, size: after.size };
  } catch (e) {
    await handle.close();
    return { ok: false, problem: { kind: 'read-failed', reason: errorReason(e) } };
  }
}

function fileType(s: Stats): NotAFile {
  if (s.isDirectory()) return 'directory';
  if (s.isFIFO()) return 'fifo';
  if (s.isSocket()) return 'socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'device';
  return 'other';
}

/**
 * The 1-based line and column of a byte offset in UTF-8 text (columns count characters, not bytes).
 * @param bytes the file content
 * @param offset 0-based byte offset
 * @returns line and column
 */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  const end = Math.min(offset, bytes.length);
  for (let i = 0; i < end; i++) {
    const b = bytes[i] as number;
    if (b === 0x0a) {
      line++;
      column = 1;
    } else if ((b & 0xc0) !== 0x80) column++;
  }
  return { line, column };
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
    return { ok: false, problem: { kind: 'encoding', encoding: isUtf32 ? 'UTF-32' : 'UTF-16', offset: 0, line: 1, column: 1 } };
  }
  if (b0 === 0 && b1 === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) {
    return { ok: false, problem: { kind: 'encoding', encoding: 'UTF-32', offset: 0, line: 1, column: 1 } };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // UTF-16 without a BOM shows NUL in every other byte of ASCII text.
    const looksUtf16 = bytes.length >= 4 && (bytes[1] === 0 || bytes[0] === 0) && (bytes[3] === 0 || bytes[2] === 0);
    return looksUtf16
      ? { ok: false, problem: { kind: 'encoding', encoding: 'UTF-16', offset: nul, line: 1, column: 1 } }
      : { ok: false, problem: { kind: 'binary', offset: nul, ...bytePosition(bytes, nul) } };
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { ok: false, problem: { kind: 'encoding', encoding: NOT_UTF8, offset, ...bytePosition(bytes, offset) } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (allBlank(text, options.hashComments === false ? BLANK : BLANK_OR_COMMENT)) return { ok: false, problem: { kind: 'empty' } };
  return { ok: true, text };
}

/** Decodes without keeping any state between calls, so one decoder serves every file. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const BLANK = /^\s*$/;
const BLANK_OR_COMMENT = /^\s*(#.*)?$/;

/** Whether every line (split at line feeds) is blank, looking no further than the first line that is not. */
function allBlank(text: string, blank: RegExp): boolean {
  for (let start = 0; ; ) {
    const end = text.indexOf('\n', start);
    if (!blank.test(end === -1 ? text.slice(start) : text.slice(start, end))) return false;
    if (end === -1) return true;
    start = end + 1;
  }
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

function errorReason(e: unknown): string {
  if (e !== null && typeof e === 'object' && 'code' in e && typeof e.code === 'string') return e.code;
  return e instanceof Error ? e.message : String(e);
}
