/**
 * Workbook layout templates: one YAML file per sheet under `templates/workbook/`, built in and
 * overridable by a project's `templates/workbook/` by file name. The layout only interprets them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { NUMBER_FORMATS } from '../../sheet/index.js';
import { PACKAGE_ROOT } from '../../taxonomy/index.js';

/** The row sources a template may name; each is computed by the view model. */
export const VIEW_NAMES = ['ringkasan', 'peringkat', 'matriks', 'isu', 'opd', 'aplikasi', 'program', 'kesiapan', 'kelengkapan'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/** Cell formats a column may ask for: the number formats, plus `auto` (the group member decides) and `bar` (a filled roadmap cell). */
const FORMAT_NAMES = [...(Object.keys(NUMBER_FORMATS) as Array<keyof typeof NUMBER_FORMATS>), 'auto', 'bar'] as const;

const FormatName = z.enum(FORMAT_NAMES as unknown as [string, ...string[]]);

const ColumnTemplate = z.strictObject({
  /** Header text; in a repeated column `{label}` is the group member's label. */
  header: z.string().min(1),
  /** Key into the row view model; in a repeated column the member id is appended: `nilai.dampak`. */
  key: z.string().min(1),
  /** Repeat the column once per member of this group (criteria, years, fields). */
  each: z.string().optional(),
  /** Fixed width in characters; without it the width fits the content. */
  width: z.number().positive().max(120).optional(),
  format: FormatName.optional(),
  wrap: z.boolean().optional(),
  /** Colour the values from red (low) to green (high): relative to the column, or over a fixed range. */
  colorScale: z.union([z.boolean(), z.strictObject({ min: z.number(), max: z.number() })]).optional(),
  align: z.enum(['left', 'center', 'right']).optional(),
});

const BandTemplate = z.strictObject({
  /** Text in the band row's first cell. */
  label: z.string().min(1),
  /** Name formulas use to refer to the band's cells. */
  name: z.string().regex(/^[a-z][a-z0-9_]*$/),
  /** The group whose members give the values. */
  each: z.string().min(1),
  /** Place each member's value above the column `<under>.<member>`. */
  under: z.string().min(1),
  /** The member field written in the band. */
  key: z.string().min(1),
  format: FormatName.optional(),
});

export const SheetTemplateSchema = z.strictObject({
  /** Sheet name as Excel shows it (at most 31 characters, none of []:*?/\). */
  sheet: z.string().min(1).max(31).regex(/^[^[\]:*?/\\']+$/),
  view: z.enum(VIEW_NAMES),
  enabled: z.boolean().default(true),
  /** Title in the first row; `{name}` is replaced by the view's figures (daerah, metode …). */
  title: z.string().min(1),
  subtitle: z.string().optional(),
  /** Keep the rows down to the column headers visible while scrolling. */
  freeze: z.boolean().default(true),
  /** Also keep this many leading columns visible while scrolling sideways. */
  freezeColumns: z.number().int().min(0).max(10).default(0),
  /** Print across the page (wide tables). */
  landscape: z.boolean().default(true),
  /** Put filter buttons on the column headers. */
  filter: z.boolean().default(true),
  /** Rows between the title and the headers, aligned with the columns (e.g. editable weights). */
  bands: z.array(BandTemplate).default([]),
  columns: z.array(ColumnTemplate).min(1),
});

export type SheetTemplate = z.output<typeof SheetTemplateSchema> & { readonly file: string };
export type ColumnTemplate = z.output<typeof ColumnTemplate>;
export type BandTemplate = z.output<typeof BandTemplate>;

/** Largest template file read. */
const MAX_TEMPLATE_BYTES = 256 * 1024;

/**
 * The built-in template folder.
 * @returns absolute path of the package's `templates/workbook`
 */
export function builtinWorkbookTemplates(): string {
  return path.join(PACKAGE_ROOT, 'templates', 'workbook');
}

function yamlFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => /^[A-Za-z0-9][A-Za-z0-9._-]*\.yaml$/.test(f) && statSync(path.join(dir, f)).isFile()).sort();
  } catch {
    return [];
  }
}

/**
 * Loads the sheet templates in file-name order, a project's file replacing the built-in of the same
 * name; templates with `enabled: false` are dropped.
 * @param projectRoot the user's project folder (its `templates/workbook/` is optional)
 * @param builtinDir folder of the built-in templates
 * @returns the templates, and the problems found (file and message) when some are invalid
 */
export function loadSheetTemplates(
  projectRoot: string | undefined,
  builtinDir: string = builtinWorkbookTemplates(),
): { templates: SheetTemplate[]; problems: string[] } {
  const chosen = new Map<string, { dir: string; display: string }>();
  for (const f of yamlFiles(builtinDir)) chosen.set(f, { dir: builtinDir, display: `(bawaan) templates/workbook/${f}` });
  if (projectRoot !== undefined) {
    const dir = path.join(projectRoot, 'templates', 'workbook');
    for (const f of yamlFiles(dir)) chosen.set(f, { dir, display: `templates/workbook/${f}` });
  }
  const templates: SheetTemplate[] = [];
  const problems: string[] = [];
  const names = new Set<string>();
  for (const [file, where] of [...chosen.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const full = path.join(where.dir, file);
    let data: unknown;
    try {
      if (statSync(full).size > MAX_TEMPLATE_BYTES) throw new Error(`> ${MAX_TEMPLATE_BYTES} bytes`);
      data = parse(readFileSync(full, 'utf8'), { maxAliasCount: 10, uniqueKeys: true });
    } catch (e) {
      problems.push(`${where.display}: ${(e as Error).message.split('\n')[0] ?? ''}`);
      continue;
    }
    const parsed = SheetTemplateSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${where.display}: ${issue.path.join('.') || '(berkas)'}: ${issue.message}`);
      continue;
    }
    if (!parsed.data.enabled) continue;
    const key = parsed.data.sheet.toLowerCase();
    if (names.has(key)) {
      problems.push(`${where.display}: nama lembar "${parsed.data.sheet}" sudah dipakai templat lain`);
      continue;
    }
    names.add(key);
    templates.push({ ...parsed.data, file: where.display });
  }
  return { templates, problems };
}
