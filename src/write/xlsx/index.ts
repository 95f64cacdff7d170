/** The XLSX writers: the masterplan workbook and the OPD data-collection forms. */
export { writeWorkbook, type WorkbookOptions } from './workbook.js';
export { writeForm, type FormWriteOptions } from './form/write-form.js';
export { opdCompleteness, COMPLETENESS_FIELDS, type Completeness } from './completeness.js';
export { loadSheetTemplates, builtinWorkbookTemplates, type SheetTemplate } from './template.js';
export { NUMBER_FORMATS, looksLikeFormula } from './cells.js';
