/**
 * Building a sheet of the model cell by cell. A view asks for cells, rows and columns and sets
 * their values and styles; `build()` returns the plain sheet. A new cell starts with the style of
 * its column and, over it, of its row (as a spreadsheet program formats a new cell), so a view can
 * style an entry column once.
 */
import { NUMBER_FORMATS, type NumberFormatName } from './formats.js';
import type {
  Cell, CellValue, Column, ConditionalFormat, DataValidation, PageSetup, Row, Sheet, SheetProtection, SheetView, Style,
} from './model.js';
import { cellText, looksLikeFormula } from './text.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A style being built: each part can be replaced. */
export type StyleDraft = Mutable<Style>;

export interface CellDraft {
  value?: CellValue;
  style: StyleDraft;
}

export interface ColumnDraft {
  width?: number;
  style: StyleDraft;
}

export interface RowDraft {
  height?: number;
  style: StyleDraft;
}

export interface SheetOptions {
  readonly state?: Sheet['state'];
  readonly pageSetup?: PageSetup;
  readonly views?: readonly SheetView[];
}

export class SheetBuilder {
  readonly name: string;
  state: Sheet['state'];
  pageSetup: PageSetup | undefined;
  views: readonly SheetView[] | undefined;
  autoFilter: string | undefined;
  protection: SheetProtection | undefined;
  readonly merges: string[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
  readonly dataValidations: DataValidation[] = [];
  readonly #columns = new Map<number, ColumnDraft>();
  readonly #rows = new Map<number, RowDraft & { cells: Map<number, CellDraft> }>();

  /**
   * @param name sheet name
   * @param options visibility, page setup and views
   */
  constructor(name: string, options: SheetOptions = {}) {
    this.name = name;
    this.state = options.state;
    this.pageSetup = options.pageSetup;
    this.views = options.views;
  }

  /**
   * A column, created on first use.
   * @param col 1-based column
   * @returns its width and style, to set
   */
  column(col: number): ColumnDraft {
    let c = this.#columns.get(col);
    if (c === undefined) this.#columns.set(col, (c = { style: {} }));
    return c;
  }

  /**
   * A row, created on first use.
   * @param row 1-based row
   * @returns its height and style, to set
   */
  row(row: number): RowDraft {
    return this.#row(row);
  }

  #row(row: number): RowDraft & { cells: Map<number, CellDraft> } {
    let r = this.#rows.get(row);
    if (r === undefined) this.#rows.set(row, (r = { style: {}, cells: new Map() }));
    return r;
  }

  /**
   * A cell, created on first use with its column's and row's style.
   * @param row 1-based row
   * @param col 1-based column
   * @returns its value and style, to set
   */
  cell(row: number, col: number): CellDraft {
    const r = this.#row(row);
    let c = r.cells.get(col);
    if (c === undefined) {
      c = { style: { ...this.#columns.get(col)?.style, ...r.style } };
      r.cells.set(col, c);
    }
    return c;
  }

  /** The sheet as plain data, rows and cells in order; cells of one style share one style object. */
  build(): Sheet {
    const styles = new StyleTable();
    const columns: Column[] = keysInOrder(this.#columns).map((col) => {
      const c = this.#columns.get(col) as ColumnDraft;
      const out: Mutable<Column> = { col };
      if (c.width !== undefined) out.width = c.width;
      const style = styles.of(c.style);
      if (style !== undefined) out.style = style;
      return out;
    });
    const rows: Row[] = keysInOrder(this.#rows).map((row) => {
      const r = this.#rows.get(row) as RowDraft & { cells: Map<number, CellDraft> };
      const out: Mutable<Row> = { row, cells: [] };
      if (r.height !== undefined) out.height = r.height;
      const style = styles.of(r.style);
      if (style !== undefined) out.style = style;
      out.cells = keysInOrder(r.cells).map((col): Cell => {
        const c = r.cells.get(col) as CellDraft;
        const cell: Mutable<Cell> = { col };
        if (c.value !== undefined) cell.value = c.value;
        // A column's cells mostly share their style: the table remembers each column's last.
        const cellStyle = styles.of(c.style, col);
        if (cellStyle !== undefined) cell.style = cellStyle;
        return cell;
      });
      return out;
    });
    return {
      name: this.name,
      ...(this.state !== undefined ? { state: this.state } : {}),
      ...(this.pageSetup !== undefined ? { pageSetup: this.pageSetup } : {}),
      ...(this.views !== undefined ? { views: this.views } : {}),
      ...(columns.length > 0 ? { columns } : {}),
      rows,
      ...(this.merges.length > 0 ? { merges: [...this.merges] } : {}),
      ...(this.autoFilter !== undefined ? { autoFilter: this.autoFilter } : {}),
      ...(this.conditionalFormats.length > 0 ? { conditionalFormats: [...this.conditionalFormats] } : {}),
      ...(this.dataValidations.length > 0 ? { dataValidations: [...this.dataValidations] } : {}),
      ...(this.protection !== undefined ? { protection: this.protection } : {}),
    };
  }
}

/** A map's keys in order (rows and cells are mostly made in order, which needs no sort). */
function keysInOrder(m: Map<number, unknown>): number[] {
  const keys = [...m.keys()];
  for (let i = 1; i < keys.length; i++) {
    if ((keys[i] as number) < (keys[i - 1] as number)) return keys.sort((a, b) => a - b);
  }
  return keys;
}

/**
 * The styles of a sheet being built: drafts whose parts are the very same objects (a view styles
 * many cells with one font or fill) get one style object, which the writer then translates once.
 */
class StyleTable {
  readonly #partIds = new WeakMap<object, number>();
  #nextId = 0;
  readonly #styles = new Map<string, Style>();
  /** By slot (a column): the parts last looked up there, and their style. */
  readonly #recent: Array<{ readonly parts: Partial<StyleDraft>; readonly style: Style } | undefined> = [];

  #id(part: object | undefined): string {
    if (part === undefined) return '';
    let id = this.#partIds.get(part);
    if (id === undefined) this.#partIds.set(part, (id = this.#nextId++));
    return String(id);
  }

  /**
   * The style of a draft.
   * @param draft the draft
   * @param slot where drafts of the same parts follow one another (a column), to find their style sooner
   * @returns its set parts, shared with the drafts of the same parts; undefined when none is set
   */
  of(draft: StyleDraft, slot?: number): Style | undefined {
    // A draft's members may have been set back to undefined, which its type does not show.
    const parts = draft as Partial<StyleDraft>;
    const { numFmt, font, fill, alignment, border, protection } = parts;
    if (numFmt === undefined && font === undefined && fill === undefined && alignment === undefined && border === undefined && protection === undefined) return undefined;
    const recent = slot === undefined ? undefined : this.#recent[slot];
    if (recent !== undefined) {
      const p = recent.parts;
      if (p.numFmt === numFmt && p.font === font && p.fill === fill && p.alignment === alignment && p.border === border && p.protection === protection) return recent.style;
    }
    const key = `${this.#id(font)},${this.#id(fill)},${this.#id(alignment)},${this.#id(border)},${this.#id(protection)},${numFmt === undefined ? '' : `#${numFmt}`}`;
    let style = this.#styles.get(key);
    if (style === undefined) {
      // The parts in the order the draft was given them; members set back to undefined are left out.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      style = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined));
      this.#styles.set(key, style);
    }
    if (slot !== undefined) this.#recent[slot] = { parts, style };
    return style;
  }
}

/**
 * Puts text in a cell as text, never a formula: characters XML cannot hold are dropped, and text
 * that looks like a formula also gets the Text number format, so editing it in Excel keeps it text.
 * @param cell the cell
 * @param text the value
 */
export function setText(cell: CellDraft, text: string): void {
  const value = cellText(text);
  cell.value = value;
  if (looksLikeFormula(value)) cell.style.numFmt = NUMBER_FORMATS.text;
}

/**
 * Puts a number in a cell, keeping only finite values (NaN and Infinity leave the cell empty).
 * @param cell the cell
 * @param n the value
 * @param format number format name
 */
export function setNumber(cell: CellDraft, n: number, format?: NumberFormatName): void {
  if (!Number.isFinite(n)) return;
  cell.value = n;
  if (format !== undefined) cell.style.numFmt = NUMBER_FORMATS[format];
}
