/** The XLSX writer: a workbook of the sheet model → reproducible XLSX bytes. */
export { writeXlsx, type XlsxOptions } from './write.js';
