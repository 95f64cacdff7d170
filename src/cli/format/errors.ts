/** The messages of problems that stop a command: a UserError's code and arguments, and a failed PDF conversion. */
import { errorTexts } from '../../diagnostics/codes/errors.js';
import type { UserError } from '../../errors.js';
import { renderCoded, type Lang } from '../../text/index.js';
import type { PdfFailure } from '../../write/pdf.js';
import { displayPaths } from '../context.js';

/**
 * The message of a UserError, its paths shown with forward slashes.
 * @param e the error
 * @param lang message language
 * @returns the rendered message
 */
export function userErrorMessage(e: UserError, lang: Lang): string {
  // Paths with forward slashes, on Windows too.
  return renderCoded(errorTexts, { code: e.code, args: displayPaths(e.args) }, lang);
}

/**
 * Why a DOCX could not be converted to PDF.
 * @param failure the conversion's result
 * @param lang message language
 * @returns the rendered message
 */
export function pdfFailureMessage(failure: PdfFailure, lang: Lang): string {
  return renderCoded(errorTexts, { code: `pdf/${failure.reason}`, args: failure }, lang);
}
