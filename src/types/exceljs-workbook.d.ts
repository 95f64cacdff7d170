/**
 * exceljs's Workbook class on its own. The package's entry also loads its streaming reader and
 * writer (and their zip and stream libraries), which neither the workbook writer nor the form reader
 * uses; importing the class alone keeps them out of every command.
 */
declare module 'exceljs/lib/doc/workbook.js' {
  import type { Workbook } from 'exceljs';
  const WorkbookClass: typeof Workbook;
  export default WorkbookClass;
}
