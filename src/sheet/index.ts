/** The spreadsheet model: plain data for the views to fill and the XLSX writer to write. */
export type * from './model.js';
export { SheetBuilder, setNumber, setText, type CellDraft, type ColumnDraft, type RowDraft, type SheetOptions, type StyleDraft } from './builder.js';
export { cellAddress, columnLetter, quoteSheet } from './address.js';
export { cellText, looksLikeFormula, MAX_CELL_TEXT } from './text.js';
export { NUMBER_FORMATS, type NumberFormatName } from './formats.js';
