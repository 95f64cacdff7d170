/**
 * Workbook layout templates: one YAML file per sheet under `templates/workbook/`, built in and
 * overridable by a project's `templates/workbook/` by file name. The layout only interprets them.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { diagnostic } from '../../diagnostics/catalogue.js';
import type { Expectation } from '../../diagnostics/codes/workbook.js';
import { dottedPath, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { fileStart, locate, parseYaml, readProblemDiagnostic, readText, type YamlFile } from '../../load/index.js';
import { NUMBER_FORMATS } from '../../sheet/index.js';
import { PACKAGE_ROOT } from '../../taxonomy/index.js';
import { keysAt, valueAt } from '../../validate/shape.js';
import { suggest } from '../../validate/suggest.js';

/** The row sources a template may name; each is computed by the view model. */
export const VIEW_NAMES = [
  'ringkasan', 'peringkat', 'matriks', 'isu', 'opd', 'aplikasi', 'program', 'kesiapan', 'kelengkapan',
  'indikator-daerah', 'layanan', 'data-set', 'swot-opd', 'kegiatan', 'jadwal',
] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/** Cell formats a column may ask for: the number formats, plus `auto` (the group member decides) and `bar` (a filled roadmap cell). */
const FORMAT_NAMES = [...(Object.keys(NUMBER_FORMATS) as Array<keyof typeof NUMBER_FORMATS>), 'auto', 'bar'] as const;

const FormatNameSchema = z.enum(FORMAT_NAMES as unknown as [string, ...string[]]);

const ColumnTemplateSchema = z.strictObject({
  /** Header text; in a repeated column `{label}` is the group member's label. */
  header: z.string().min(1),
  /** Key into the row view model; in a repeated column the member id is appended: `nilai.dampak`. */
  key: z.string().min(1),
  /** Repeat the column once per member of this group (criteria, years, fields). */
  each: z.string().optional(),
  /** Fixed width in characters; without it the width fits the content. */
  width: z.number().positive().max(120).optional(),
  format: FormatNameSchema.optional(),
  wrap: z.boolean().optional(),
  /** Colour the values from red (low) to green (high): relative to the column, or over a fixed range. */
  colorScale: z.union([z.boolean(), z.strictObject({ min: z.number(), max: z.number() })]).optional(),
  align: z.enum(['left', 'center', 'right']).optional(),
});

const BandTemplateSchema = z.strictObject({
  /** Text in the band row's first cell. */
  label: z.string().min(1),
  /** Name formulas use to refer to the band's cells. */
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'band-name' }),
  /** The group whose members give the values. */
  each: z.string().min(1),
  /** Place each member's value above the column `<under>.<member>`. */
  under: z.string().min(1),
  /** The member field written in the band. */
  key: z.string().min(1),
  format: FormatNameSchema.optional(),
});

export const SheetTemplateSchema = z.strictObject({
  /** Sheet name as Excel shows it (at most 31 characters, none of []:*?/\). */
  sheet: z.string().min(1).max(31).regex(/^[^[\]:*?/\\']+$/, { error: 'sheet-name' }),
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
  bands: z.array(BandTemplateSchema).default([]),
  columns: z.array(ColumnTemplateSchema).min(1),
});

export type SheetTemplate = z.output<typeof SheetTemplateSchema> & { readonly file: string };
export type ColumnTemplate = z.output<typeof ColumnTemplateSchema>;
export type BandTemplate = z.output<typeof BandTemplateSchema>;

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

/** What a value that failed a check must be (the catalogue words it). */
function expectation(issue: z.core.$ZodIssue): Expectation {
  switch (issue.code) {
    case 'invalid_value':
      return { kind: 'one-of', values: issue.values.map(String) };
    case 'invalid_type':
      return { kind: 'type', type: issue.expected };
    case 'invalid_union':
      return { kind: 'bool-or-range' };
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return { kind: 'min-length', n };
      if (issue.origin === 'array') return { kind: 'min-items', n };
      return { kind: issue.inclusive === false ? 'more-than' : 'at-least', n };
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      return { kind: issue.origin === 'string' ? 'max-length' : 'at-most', n };
    }
    case 'invalid_format':
      return { kind: 'format', format: issue.message };
    default:
      return { kind: 'other', detail: issue.message };
  }
}

/**
 * The diagnostics of a template whose data does not fit the schema, each at its key or value. A
 * misspelt key is reported once: as an unknown key naming the key it should have been.
 */
function schemaDiagnostics(file: YamlFile, issues: readonly z.core.$ZodIssue[]): Diagnostic[] {
  const suggested = new Set<string>();
  const all = issues.flatMap((issue) => {
    const at = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const field = dottedPath(at) || '(berkas)';
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const suggestion = suggest(key, keysAt(SheetTemplateSchema, at));
        if (suggestion !== undefined) suggested.add(dottedPath([...at, suggestion]));
        return diagnostic('report/workbook-template-unknown-key', locate(file, [...at, key], 'key'), {
          key,
          ...(suggestion !== undefined ? { suggestion } : {}),
        }, { path: dottedPath([...at, key]) });
      });
    }
    if (issue.code === 'invalid_type' && valueAt(file.data, at) === undefined) {
      return [diagnostic('report/workbook-template-required', locate(file, at, 'key'), { field }, { path: field })];
    }
    return [diagnostic('report/workbook-template-invalid', locate(file, at), { field, expected: expectation(issue) }, { path: field })];
  });
  return all.filter((d) => !(d.code === 'report/workbook-template-required' && suggested.has(d.path ?? '')));
}

/**
 * Loads the sheet templates in file-name order, a project's file replacing the built-in of the same
 * name; templates with `enabled: false` are dropped. Every problem is a diagnostic at its file,
 * line and column: YAML errors, keys and values the layout does not know, a sheet name used twice.
 * @param projectRoot the user's project folder (its `templates/workbook/` is optional)
 * @param builtinDir folder of the built-in templates
 * @returns the valid templates, and the diagnostics of the others
 */
export async function loadSheetTemplates(
  projectRoot: string | undefined,
  builtinDir: string = builtinWorkbookTemplates(),
): Promise<{ templates: SheetTemplate[]; diagnostics: Diagnostic[] }> {
  const chosen = new Map<string, { dir: string; display: string }>();
  for (const f of yamlFiles(builtinDir)) chosen.set(f, { dir: builtinDir, display: `(bawaan) templates/workbook/${f}` });
  if (projectRoot !== undefined) {
    const dir = path.join(projectRoot, 'templates', 'workbook');
    for (const f of yamlFiles(dir)) chosen.set(f, { dir, display: `templates/workbook/${f}` });
  }
  const templates: SheetTemplate[] = [];
  const diagnostics: Diagnostic[] = [];
  const names = new Map<string, string>();
  for (const [file, where] of [...chosen.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // 1. Read and parse with the input files' YAML loader.
    const read = await readText(path.join(where.dir, file), MAX_TEMPLATE_BYTES);
    if (!read.ok) {
      diagnostics.push(read.problem.kind === 'too-large'
        ? diagnostic('report/workbook-template-too-large', fileStart(where.display), { size: read.problem.size, limit: MAX_TEMPLATE_BYTES })
        : readProblemDiagnostic(where.display, read.problem));
      continue;
    }
    const parsed = parseYaml({ path: where.display, absolutePath: path.join(where.dir, file) }, read.text);
    if (parsed.diagnostics.length > 0) {
      diagnostics.push(...parsed.diagnostics);
      continue;
    }
    // 2. Check the layout.
    const checked = SheetTemplateSchema.safeParse(parsed.file.data);
    if (!checked.success) {
      diagnostics.push(...schemaDiagnostics(parsed.file, checked.error.issues));
      continue;
    }
    if (!checked.data.enabled) continue;
    // 3. One name per sheet.
    const key = checked.data.sheet.toLowerCase();
    const other = names.get(key);
    if (other !== undefined) {
      diagnostics.push(diagnostic('report/workbook-template-duplicate-sheet', locate(parsed.file, ['sheet']), { sheet: checked.data.sheet, other }, { path: 'sheet' }));
      continue;
    }
    names.set(key, where.display);
    templates.push({ ...checked.data, file: where.display });
  }
  return { templates, diagnostics };
}
