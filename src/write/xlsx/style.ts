/** The sheet model's styles as exceljs styles: only the parts a style states are set. */
import type ExcelJS from 'exceljs';
import type { Alignment, Border, BorderEdge, Fill, Font, Style } from '../../sheet/index.js';

const argb = (color: string) => ({ argb: color });

function font(f: Font): Partial<ExcelJS.Font> {
  const out: Partial<ExcelJS.Font> = {};
  if (f.bold !== undefined) out.bold = f.bold;
  if (f.italic !== undefined) out.italic = f.italic;
  if (f.size !== undefined) out.size = f.size;
  if (f.color !== undefined) out.color = argb(f.color);
  return out;
}

function fill(f: Fill): ExcelJS.Fill {
  return { type: 'pattern', pattern: f.pattern, fgColor: argb(f.color) };
}

function alignment(a: Alignment): Partial<ExcelJS.Alignment> {
  const out: Partial<ExcelJS.Alignment> = {};
  if (a.horizontal !== undefined) out.horizontal = a.horizontal;
  if (a.vertical !== undefined) out.vertical = a.vertical;
  if (a.wrap !== undefined) out.wrapText = a.wrap;
  return out;
}

function edge(e: BorderEdge): Partial<ExcelJS.Border> {
  return { style: e.style, ...(e.color !== undefined ? { color: argb(e.color) } : {}) };
}

function border(b: Border): Partial<ExcelJS.Borders> {
  const out: Partial<ExcelJS.Borders> = {};
  if (b.top !== undefined) out.top = edge(b.top);
  if (b.left !== undefined) out.left = edge(b.left);
  if (b.bottom !== undefined) out.bottom = edge(b.bottom);
  if (b.right !== undefined) out.right = edge(b.right);
  return out;
}

/**
 * An exceljs style with exactly the parts of a model style.
 * @param s the model style
 * @returns the exceljs style
 */
export function excelStyle(s: Style | undefined): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (s === undefined) return out;
  if (s.numFmt !== undefined) out.numFmt = s.numFmt;
  if (s.font !== undefined) out.font = font(s.font);
  if (s.alignment !== undefined) out.alignment = alignment(s.alignment);
  if (s.border !== undefined) out.border = border(s.border);
  if (s.fill !== undefined) out.fill = fill(s.fill);
  if (s.protection !== undefined) out.protection = { ...s.protection };
  return out;
}
