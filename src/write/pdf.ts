/** DOCX → PDF through LibreOffice (`soffice --headless --convert-to pdf`), reporting its absence or failure as data the CLI words. */
import { execFile, type ExecFileException } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rename, rm, stat } from 'node:fs/promises';
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
}

/**
 * Converts a DOCX to PDF next to the given folder. LibreOffice runs with a profile of its own in a
 * temporary folder (so a running LibreOffice does not block it) and writes into a temporary folder;
 * the PDF is then renamed into place, so a failed conversion leaves any earlier PDF untouched.
 * @param docxPath the DOCX file
 * @param outDir folder for `<name>.pdf`
 * @param options program path and timeout
 * @returns the PDF path, or why there is none (never throws for a missing or failing LibreOffice)
 */
export async function convertToPdf(docxPath: string, outDir: string, options: PdfOptions = {}): Promise<PdfResult> {
  const soffice = options.soffice ?? findSoffice();
  if (soffice === undefined || !executable(soffice)) {
    return { ok: false, reason: 'not-found' };
  }
  const work = await mkdtemp(join(outDir, '.pdf-'));
  try {
    const profile = pathToFileURL(join(work, 'profile')).href;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, docxPath];
    const run = await new Promise<{ error: ExecFileException | null; stderr: string }>((resolve) => {
      execFile(soffice, args, { timeout: options.timeoutMs ?? 180_000, windowsHide: true }, (error, _stdout, stderr) => {
        resolve({ error, stderr });
      });
    });
    const produced = join(work, `${basename(docxPath, extname(docxPath))}.pdf`);
    const made = await stat(produced).then((s) => s.isFile() && s.size > 0, () => false);
    if (run.error?.killed === true) {
      return { ok: false, reason: 'timeout' };
    }
    if (!made) {
      const detail = (run.stderr.trim().split('\n')[0] ?? '') || (run.error?.message ?? '');
      return { ok: false, reason: 'failed', ...(detail ? { detail } : {}) };
    }
    const pdfPath = join(outDir, basename(produced));
    await rename(produced, pdfPath);
    return { ok: true, pdfPath };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
