/** An exceljs workbook with fixed properties, and its serialisation to reproducible bytes. */
import ExcelJS from 'exceljs';
import { normaliseZip } from '../zip.js';

/**
 * A new workbook whose document properties do not depend on the clock.
 * @param date the build date (from `buildDate(env.vars)`)
 * @param title document title
 * @returns the workbook
 */
export function newWorkbook(date: Date, title: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'masterplan';
  wb.lastModifiedBy = 'masterplan';
  wb.created = date;
  wb.modified = date;
  wb.title = title;
  wb.company = '';
  return wb;
}

/**
 * Serialises a workbook to XLSX bytes with fixed zip entry times.
 * @param wb the workbook
 * @param date the build date
 * @returns the file content
 */
export async function workbookBytes(wb: ExcelJS.Workbook, date: Date): Promise<Uint8Array> {
  const buffer = await wb.xlsx.writeBuffer();
  return normaliseZip(new Uint8Array(buffer as ArrayBuffer), { date });
}
