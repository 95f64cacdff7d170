/**
 * The spreadsheet model between the views and the XLSX writer: plain, serialisable data describing
 * a workbook as it is to be written, cell by cell, with no knowledge of exceljs. Every style is
 * stated where it applies (a cell's style is its final style), so the writer only translates.
 */

/** A colour as ARGB hex, e.g. `FF1F4E79`. */
export type Argb = string;

export interface Font {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Size in points. */
  readonly size?: number;
  readonly color?: Argb;
}

/** A solid background. */
export interface Fill {
  readonly pattern: 'solid';
  readonly color: Argb;
}

export interface BorderEdge {
  readonly style: 'thin' | 'medium' | 'thick' | 'dotted' | 'dashed' | 'double' | 'hair';
  readonly color?: Argb;
}

export interface Border {
  readonly top?: BorderEdge;
  readonly left?: BorderEdge;
  readonly bottom?: BorderEdge;
  readonly right?: BorderEdge;
}

export interface Alignment {
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'middle' | 'bottom';
  /** Wrap long text onto several lines. */
  readonly wrap?: boolean;
}

/** Cell protection; it takes effect when the sheet is protected. */
export interface CellProtection {
  readonly locked?: boolean;
  readonly hidden?: boolean;
}

export interface Style {
  /** Number format code in en-US syntax (`"Rp"#,##0`, `0%`, `@` for text). */
  readonly numFmt?: string;
  readonly font?: Font;
  readonly fill?: Fill;
  readonly alignment?: Alignment;
  readonly border?: Border;
  readonly protection?: CellProtection;
}

/** A formula (without the leading `=`) with the result a reader shows before recalculating. */
export interface Formula {
  readonly formula: string;
  readonly result?: number | string | boolean;
}

/** What a cell holds. Text is always stored as text, never read as a formula. */
export type CellValue = string | number | boolean | Date | Formula;

export interface Cell {
  /** 1-based column. */
  readonly col: number;
  /** No value: an empty (possibly styled) cell. */
  readonly value?: CellValue;
  readonly style?: Style;
}

export interface Row {
  /** 1-based row number. */
  readonly row: number;
  /** Height in points. */
  readonly height?: number;
  /** Style of the row itself (new cells a user types into it take it). */
  readonly style?: Style;
  /** The row's cells, by column. */
  readonly cells: readonly Cell[];
}

export interface Column {
  /** 1-based column. */
  readonly col: number;
  /** Width in characters of the default font. */
  readonly width?: number;
  /** Style of the column itself (new cells a user types into it take it). */
  readonly style?: Style;
}

export interface PageSetup {
  /** Paper size code of the XLSX format: 9 is A4. */
  readonly paperSize?: number;
  readonly orientation?: 'portrait' | 'landscape';
  readonly fitToPage?: boolean;
  /** Pages across (with fitToPage). */
  readonly fitToWidth?: number;
  /** Pages down (with fitToPage; 0: as many as needed). */
  readonly fitToHeight?: number;
  /** Margins in inches. */
  readonly margins?: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number; readonly header: number; readonly footer: number };
  /** Rows repeated on every printed page, e.g. `1:3`. */
  readonly printTitlesRow?: string;
}

/** How the sheet opens: frozen panes, or a normal view (optionally without grid lines). */
export type SheetView =
  | { readonly state: 'frozen'; readonly xSplit?: number; readonly ySplit?: number; readonly topLeftCell?: string }
  | { readonly state: 'normal'; readonly showGridLines?: boolean };

/** A point of a colour scale. */
export interface ScalePoint {
  readonly type: 'min' | 'max' | 'num' | 'percentile';
  readonly value?: number;
}

/** A colour scale over a range: one colour per point, low to high. */
export interface ColorScale {
  readonly type: 'colorScale';
  readonly priority: number;
  readonly points: readonly ScalePoint[];
  readonly colors: readonly Argb[];
}

export interface ConditionalFormat {
  /** A1 range, e.g. `K6:K24`. */
  readonly ref: string;
  readonly rules: readonly ColorScale[];
}

/** A data validation over a range: a dropdown list, a number or date range, or only an input prompt. */
export interface DataValidation {
  /** A1 cell or range, e.g. `C4:C503`. */
  readonly ref: string;
  readonly type: 'any' | 'list' | 'whole' | 'decimal' | 'date' | 'textLength' | 'custom';
  readonly operator?: 'between' | 'notBetween' | 'equal' | 'notEqual' | 'greaterThan' | 'lessThan' | 'greaterThanOrEqual' | 'lessThanOrEqual';
  readonly allowBlank?: boolean;
  /** Bounds, or for a list a quoted inline list (`"Ya,Tidak"`) or a range (`Daftar!$A$2:$A$9`). */
  readonly formulae?: ReadonlyArray<string | number | Date>;
  readonly showErrorMessage?: boolean;
  readonly errorStyle?: 'stop' | 'warning' | 'information';
  readonly errorTitle?: string;
  readonly error?: string;
  readonly showInputMessage?: boolean;
  readonly promptTitle?: string;
  readonly prompt?: string;
}

/**
 * Sheet protection without a password (it guards the layout against slips, not against people).
 * Each flag says what users may still do; for the two `select…` flags, true forbids selecting.
 */
export interface SheetProtection {
  readonly selectLockedCells?: boolean;
  readonly selectUnlockedCells?: boolean;
  readonly formatCells?: boolean;
  readonly formatColumns?: boolean;
  readonly formatRows?: boolean;
  readonly insertRows?: boolean;
  readonly insertColumns?: boolean;
  readonly deleteRows?: boolean;
  readonly deleteColumns?: boolean;
  readonly sort?: boolean;
  readonly autoFilter?: boolean;
}

export interface Sheet {
  /** At most 31 characters, none of `[]:*?/\`. */
  readonly name: string;
  /** Default visible; `veryHidden` sheets cannot be shown from the spreadsheet program's menus. */
  readonly state?: 'visible' | 'hidden' | 'veryHidden';
  readonly pageSetup?: PageSetup;
  readonly views?: readonly SheetView[];
  /** Columns with a width or a style, by column. */
  readonly columns?: readonly Column[];
  /** Rows with a height, a style or cells, by row number. */
  readonly rows: readonly Row[];
  /** Merged ranges, e.g. `A1:D1`. */
  readonly merges?: readonly string[];
  /** Range with filter buttons on its first row, e.g. `A3:H24`. */
  readonly autoFilter?: string;
  readonly conditionalFormats?: readonly ConditionalFormat[];
  readonly dataValidations?: readonly DataValidation[];
  readonly protection?: SheetProtection;
}

export interface WorkbookProperties {
  readonly title?: string;
  readonly creator?: string;
  readonly lastModifiedBy?: string;
  readonly company?: string;
  readonly created?: Date;
  readonly modified?: Date;
}

export interface Workbook {
  readonly properties: WorkbookProperties;
  /** In tab order. */
  readonly sheets: readonly Sheet[];
}
