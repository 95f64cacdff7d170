/**
 * DOCX → PDF through LibreOffice (`soffice --headless --convert-to pdf`), tagged and optionally PDF/A,
 * reporting its absence or failure as data the CLI words; and the pages of a PDF's named destinations,
 * read back with a PDF library.
 */
import { execFile, type ExecFileException } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Why there is no PDF: the catalogue's `pdf/<reason>` says it in words. */
export type PdfFailure =
  | { readonly ok: false; readonly reason: 'not-found' | 'timeout' }
  | { readonly ok: false; readonly reason: 'failed'; readonly detail?: string };

export type PdfResult = { readonly ok: true; readonly pdfPath: string } | PdfFailure;

const NAMES = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
const KNOWN_PLACES = [
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
  '/opt/libreoffice/program/soffice',
  '/usr/lib/libreoffice/program/soffice',
];

function executable(path: string): boolean {
  try {
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds LibreOffice's `soffice`: on the PATH, then in the usual install places.
 * @param vars environment variables (PATH)
 * @returns the path to the program, or undefined when LibreOffice is not installed
 */
export function findSoffice(vars: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const dirs = (vars['PATH'] ?? '').split(delimiter).filter((d) => d !== '');
  for (const dir of dirs) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (executable(candidate)) return candidate;
    }
  }
  return KNOWN_PLACES.find(executable);
}

export interface PdfOptions {
  /** Path of `soffice`; found with {@link findSoffice} when omitted. */
  readonly soffice?: string;
  /** Give up after this long (default 180 s; the first start of LibreOffice is slow). */
  readonly timeoutMs?: number;
  /** PDF/A-2b, for the archive copy (default: a plain tagged PDF). */
  readonly archive?: boolean;
}

/**
 * The options of LibreOffice's PDF export, as the JSON `--convert-to` accepts (LibreOffice 7.4 and
 * later): always tagged (structure for screen readers and reflow), bookmarks exported as named
 * destinations (so the pages of the headings and captions can be read back), and PDF/A-2b for the
 * archive copy.
 * @param archive whether to write PDF/A-2b
 * @returns the `--convert-to` argument
 */
export function pdfFilter(archive: boolean): string {
  const options: Record<string, { type: string; value: string }> = {
    UseTaggedPDF: { type: 'boolean', value: 'true' },
    ExportBookmarksToPDFDestination: { type: 'boolean', value: 'true' },
    ...(archive ? { SelectPdfVersion: { type: 'long', value: '2' } } : {}),
  };
  return `pdf:writer_pdf_Export:${JSON.stringify(options)}`;
}

/** A DOCX to convert: its file name (unique in the batch, ending in .docx) and its bytes. */
export interface DocxFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type PdfBatchResult = { readonly ok: true; readonly pdfs: ReadonlyMap<string, Uint8Array> } | PdfFailure;

/**
 * Converts DOCX files to PDF in one run of LibreOffice (it starts once for all of them). It runs with
 * a profile of its own in a temporary folder, so a running LibreOffice does not block it; nothing is
 * written anywhere else.
 * @param files the DOCX files
 * @param options program path, timeout, PDF/A
 * @returns each PDF by the DOCX's name, or why there is none (never throws for a missing or failing LibreOffice)
 */
export async function convertDocxFiles(files: readonly DocxFile[], options: PdfOptions = {}): Promise<PdfBatchResult> {
  const soffice = options.soffice ?? findSoffice();
  if (soffice === undefined || !executable(soffice)) {
    return { ok: false, reason: 'not-found' };
  }
  const work = await mkdtemp(join(tmpdir(), 'masterplan-pdf-'));
  try {
    const input = join(work, 'in');
    const output = join(work, 'out');
    await mkdir(input);
    await mkdir(output);
    const paths = await Promise.all(
      files.map(async (f) => {
        const p = join(input, basename(f.name));
        await writeFile(p, f.bytes);
        return p;
      }),
    );
    const profile = pathToFileURL(join(work, 'profile')).href;
    const args = [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      pdfFilter(options.archive === true),
      '--outdir',
      output,
      ...paths,
    ];
    const run = await new Promise<{ error: ExecFileException | null; stderr: string }>((resolve) => {
      execFile(soffice, args, { timeout: options.timeoutMs ?? 180_000 * Math.max(1, files.length), windowsHide: true }, (error, _stdout, stderr) => {
        resolve({ error, stderr });
      });
    });
    if (run.error?.killed === true) {
      return { ok: false, reason: 'timeout' };
    }
    const pdfs = new Map<string, Uint8Array>();
    for (const f of files) {
      const produced = join(output, `${basename(f.name, extname(f.name))}.pdf`);
      const bytes = await readFile(produced).then(
        (b) => new Uint8Array(b),
        () => undefined,
      );
      if (bytes === undefined || bytes.length === 0) {
        const detail = (run.stderr.trim().split('\n')[0] ?? '') || (run.error?.message ?? '');
        return { ok: false, reason: 'failed', ...(detail ? { detail } : {}) };
      }
      pdfs.set(f.name, bytes);
    }
    return { ok: true, pdfs };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Converts a DOCX file to PDF next to the given folder; the PDF is renamed into place once made, so a
 * failed conversion leaves any earlier PDF untouched.
 * @param docxPath the DOCX file
 * @param outDir folder for `<name>.pdf`
 * @param options program path, timeout, PDF/A
 * @returns the PDF path, or why there is none (never throws for a missing or failing LibreOffice)
 */
export async function convertToPdf(docxPath: string, outDir: string, options: PdfOptions = {}): Promise<PdfResult> {
  const bytes = await readFile(docxPath).then(
    (b) => new Uint8Array(b),
    () => new Uint8Array(),
  );
  const name = basename(docxPath);
  const result = await convertDocxFiles([{ name, bytes }], options);
  if (!result.ok) return result;
  const pdfPath = join(outDir, `${basename(name, extname(name))}.pdf`);
  const temporary = join(outDir, `.${basename(pdfPath)}.${process.pid}.tmp`);
  await writeFile(temporary, result.pdfs.get(name) ?? new Uint8Array());
  await rename(temporary, pdfPath);
  return { ok: true, pdfPath };
}

/**
 * The named destinations of a PDF and the physical page (0-based) each points at: the catalogue's
 * `/Dests` dictionary and its `/Names` tree, as PDF 1.1 and 1.2 and later write them.
 * @param pdf the PDF bytes
 * @returns page index by destination name
 */
export async function readPdfDestinations(pdf: Uint8Array): Promise<Map<string, number>> {
  // Loaded only when a PDF is read back.
  const { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString } = await import('@cantoo/pdf-lib');
  const document = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true });
  const pageOf = new Map(document.getPages().map((page, i) => [page.ref.toString(), i]));
  const found = new Map<string, number>();
  const lookup = (v: unknown): unknown => (v instanceof PDFRef ? document.context.lookup(v) : v);
  const add = (name: string, value: unknown): void => {
    let dest = lookup(value);
    // A destination may be a dictionary whose /D is the array.
    if (dest instanceof PDFDict) dest = lookup(dest.get(PDFName.of('D')));
    if (!(dest instanceof PDFArray)) return;
    const page = dest.get(0);
    const index = page instanceof PDFRef ? pageOf.get(page.toString()) : undefined;
    if (index !== undefined) found.set(name, index);
  };
  const dests = lookup(document.catalog.get(PDFName.of('Dests')));
  if (dests instanceof PDFDict) for (const [key, value] of dests.entries()) add(key.decodeText(), value);
  const tree = (node: unknown, depth: number): void => {
    const dict = lookup(node);
    if (!(dict instanceof PDFDict) || depth > 32) return;
    const names = lookup(dict.get(PDFName.of('Names')));
    if (names instanceof PDFArray) {
      for (let i = 0; i + 1 < names.size(); i += 2) {
        const key = lookup(names.get(i));
        if (key instanceof PDFString || key instanceof PDFHexString) add(key.decodeText(), names.get(i + 1));
      }
    }
    const kids = lookup(dict.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) tree(kids.get(i), depth + 1);
  };
  const catalogNames = lookup(document.catalog.get(PDFName.of('Names')));
  if (catalogNames instanceof PDFDict) tree(catalogNames.get(PDFName.of('Dests')), 0);
  return found;
}
