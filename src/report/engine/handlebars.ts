/**
 * Running a template set: an isolated Handlebars environment per run, compiled strict, without HTML
 * escaping and with known helpers only; every failure becomes a Diagnostic naming the template file and line.
 */
import Handlebars from 'handlebars';
import type { HelperDelegate } from 'handlebars';
import { diagnostic } from '../../diagnostics/catalogue.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { MissingValueError } from './escape.js';
import { createHelpers, HelperError, helperNames } from './helpers.js';
import { lintTemplate, type ParamIndex } from './lint.js';
import { PRECOMPILED, type PrecompiledTemplate, type TemplateSpecification } from './precompiled.js';
import type { TemplateFile, TemplateSet } from './templates.js';

/**
 * The built-in block helpers that also refuse a missing (undefined) field, as strict mode does for
 * plain lookups: a misspelt list is an error, not an empty chapter. `#if` and `#unless` keep
 * Handlebars' behaviour (a missing field is false), so optional fields need not be present.
 */
const STRICT_BUILTINS = ['each', 'with'] as const;

const BUILTIN_HELPERS = [...STRICT_BUILTINS, 'if', 'unless', 'lookup'];

interface HandlebarsError {
  message: string;
  lineNumber?: number;
  column?: number;
}

function asHandlebarsError(e: unknown): HandlebarsError {
  if (e instanceof Error) return e;
  return { message: String(e) };
}

/** The first line of an error message, without Handlebars' trailing ` - line:col`. */
function detailOf(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/ - \d+:\d+$/, '').replace(/[.:]$/, '');
}

function parseError(file: TemplateFile, e: unknown): Diagnostic {
  const err = asHandlebarsError(e);
  const line = err.lineNumber ?? Number(/line (\d+)/.exec(err.message)?.[1] ?? 1);
  const column = (err.column ?? 0) + 1;
  const lines = err.message.split('\n');
  // Jison's message: "Parse error on line N:", the source line, a caret line, then "Expecting …".
  const detail = lines.length > 3 ? `${detailOf(lines[0] ?? '')}: ${lines.slice(3).join(' ')}` : detailOf(err.message);
  return diagnostic('report/template-syntax', { file: file.display, line, column }, { detail });
}

function strictBuiltin(name: string, original: HelperDelegate): HelperDelegate {
  return function (this: unknown, ...args: unknown[]): unknown {
    const options = args[args.length - 1] as { loc?: { start: { line: number; column: number } } };
    if (args.length === 2 && args[0] === undefined) {
      const start = options.loc?.start ?? { line: 1, column: 0 };
      throw new HelperError(name, new MissingValueError().message, true, start.line, start.column + 1);
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as HelperDelegate;
}

/**
 * The prototype of view-model objects: nothing but a `toString` for Handlebars' error messages, so a
 * template can only read fields the data has (`x.constructor` is a missing field, not an inherited
 * member that Handlebars refuses and logs).
 */
const DATA_PROTOTYPE: object = Object.freeze(
  Object.create(null, { toString: { value: () => '[object]', enumerable: false } }) as object,
);

/** Copies the view model into plain data objects with {@link DATA_PROTOTYPE}. */
function plainData(value: unknown, depth = 0): unknown {
  if (depth > 100 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => plainData(v, depth + 1));
  if (value instanceof Date) return value.toISOString();
  const out = Object.create(DATA_PROTOTYPE) as Record<string, unknown>;
  for (const [k, v] of Object.entries(value)) out[k] = plainData(v, depth + 1);
  return out;
}

/** The compile options of every template: strict, without HTML escaping, with known helpers only. */
export const COMPILE_OPTIONS = {
  strict: true,
  noEscape: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(helperNames.map((n) => [n, true])),
} as const;

/** Every helper a template may call, ours and Handlebars' own. */
export const HELPER_SET: ReadonlySet<string> = new Set([...helperNames, ...BUILTIN_HELPERS]);

/** The lint of a file: its diagnostics and its argument index. */
interface Lint {
  readonly diagnostics: readonly Diagnostic[];
  readonly params: ParamIndex;
}

/**
 * What is known of one template file's text: its tree (or the syntax error), its lint by the set of
 * partials beside it, and its compiled form, which every Handlebars environment instantiates. Each
 * is made when first needed (a template compiled when the program was bundled is never parsed
 * while its partials are the built-in ones).
 */
interface PreparedFile {
  readonly file: TemplateFile;
  parsed?: { readonly ast: hbs.AST.Program } | { readonly syntaxError: Diagnostic };
  readonly lints: Map<string, Lint>;
  spec?: TemplateSpecification;
}

/** The compiler's side of Handlebars, which its types leave out: a tree to a template specification. */
interface HandlebarsCompilers {
  readonly Compiler: new () => { compile(ast: hbs.AST.Program, options: object): unknown };
  readonly JavaScriptCompiler: new () => {
    compile(environment: unknown, options: object, context: undefined, asObject: true): TemplateSpecification;
  };
  parse(ast: hbs.AST.Program, options: object): hbs.AST.Program;
}

/**
 * The template files seen by this process, by path shown and text: each is parsed, linted and
 * compiled once, however many books (and builds, in watch mode) use it. A changed text is another
 * entry; the oldest are dropped past {@link PREPARED_LIMIT}.
 */
const prepared = new Map<string, PreparedFile>();
const PREPARED_LIMIT = 256;

/** Counts of the work done for {@link prepared}, for tests. */
export const preparedStats = { parsed: 0, compiled: 0 };

const keyOf = (file: { readonly display: string; readonly source: string }): string => `${file.display}\n${file.source}`;
const partialsKey = (names: Iterable<string>): string => [...names].join('\n');

function remember(key: string, entry: PreparedFile): void {
  if (prepared.size >= PREPARED_LIMIT) prepared.delete(prepared.keys().next().value as string);
  prepared.set(key, entry);
}

/**
 * Adds templates compiled beforehand (the built-in ones, when the program was bundled) to what this
 * process knows: a file read with the same path and text is then neither parsed nor compiled.
 * @param templates the compiled templates, with the lint each had beside its partials
 */
export function usePrecompiled(templates: readonly PrecompiledTemplate[]): void {
  for (const t of templates) {
    const file: TemplateFile = { name: '', display: t.display, fromProject: false, source: t.source };
    const lint: Lint = { diagnostics: t.lint.diagnostics, params: new Map(t.lint.params) };
    remember(keyOf(t), { file, lints: new Map([[t.partials, lint]]), spec: t.spec });
  }
}

/** Forgets every template this process prepared (for tests). */
export function forgetPrepared(): void {
  prepared.clear();
}

usePrecompiled(PRECOMPILED);

function prepare(file: TemplateFile): PreparedFile {
  const key = keyOf(file);
  const known = prepared.get(key);
  if (known !== undefined) return known;
  const entry: PreparedFile = { file, lints: new Map() };
  remember(key, entry);
  return entry;
}

function parsedOf(entry: PreparedFile): NonNullable<PreparedFile['parsed']> {
  if (entry.parsed !== undefined) return entry.parsed;
  preparedStats.parsed++;
  try {
    entry.parsed = { ast: Handlebars.parseWithoutProcessing(entry.file.source) };
  } catch (e) {
    entry.parsed = { syntaxError: parseError(entry.file, e) };
  }
  return entry.parsed;
}

/**
 * The lint of a file beside the given partials (the partials it may use), or its syntax error.
 * @param entry the file
 * @param partialNames names of the partials beside it, sorted
 * @returns the lint, or the syntax error
 */
export function lintOf(entry: PreparedFile, partialNames: ReadonlySet<string>): Lint | { syntaxError: Diagnostic } {
  const key = partialsKey(partialNames);
  const known = entry.lints.get(key);
  if (known !== undefined) return known;
  const parsed = parsedOf(entry);
  if ('syntaxError' in parsed) return parsed;
  const lint = lintTemplate(parsed.ast, entry.file.display, partialNames, HELPER_SET);
  entry.lints.set(key, lint);
  return lint;
}

/**
 * The template specification of a file, as `Handlebars.compile` makes it (with `data`, on the tree
 * as parsed: Handlebars strips the white space of standalone tags as it compiles).
 */
function specOf(entry: PreparedFile): TemplateSpecification {
  if (entry.spec !== undefined) return entry.spec;
  const parsed = parsedOf(entry);
  if ('syntaxError' in parsed) throw new Error(`${entry.file.display} has a syntax error`);
  const hb = Handlebars as unknown as HandlebarsCompilers;
  const options = { ...COMPILE_OPTIONS, data: true };
  const environment = new hb.Compiler().compile(hb.parse(parsed.ast, options), options);
  preparedStats.compiled++;
  entry.spec = new hb.JavaScriptCompiler().compile(environment, options, undefined, true);
  return entry.spec;
}

/**
 * Everything {@link usePrecompiled} needs of a template file, but its compiled form: its lint beside
 * the given partials (undefined for a file with a syntax error).
 * @param file the file
 * @param partialNames names of the partials beside it, sorted
 * @returns the parts of a precompiled template
 */
export function precompiledParts(file: TemplateFile, partialNames: ReadonlySet<string>): Omit<PrecompiledTemplate, 'spec'> | undefined {
  const lint = lintOf({ file, lints: new Map() }, partialNames);
  if ('syntaxError' in lint) return undefined;
  return {
    display: file.display,
    source: file.source,
    partials: partialsKey(partialNames),
    lint: { diagnostics: lint.diagnostics, params: [...lint.params] },
  };
}

/** A copy of a diagnostic kept in {@link prepared}, so a caller may change what it is given. */
function fresh(d: Diagnostic): Diagnostic {
  return structuredClone(d);
}

/**
 * Renders a template set with a view model.
 * @param set the template and its partials
 * @param viewModel plain data the template reads (no class instances: prototype access is refused)
 * @returns the Markdown text, or diagnostics explaining why there is none
 */
export function runTemplates(
  set: TemplateSet,
  viewModel: unknown,
): { markdown?: string; diagnostics: Diagnostic[] } {
  const hb = Handlebars.create();
  const helpers = createHelpers();
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn);
  for (const name of STRICT_BUILTINS) {
    const original = hb.helpers[name];
    if (original !== undefined) hb.registerHelper(name, strictBuiltin(name, original));
  }

  // Phase 1: parse and lint every file, so all syntax errors are reported at once (each text once
  // per process: see `prepared`).
  const files = [set.main, ...set.partials.values()];
  const diagnostics: Diagnostic[] = [];
  const paramIndex = new Map<string, ParamIndex>();
  const entries = new Map<TemplateFile, PreparedFile>();
  const partialNames = new Set(set.partials.keys());
  for (const file of files) {
    const entry = prepare(file);
    const lint = lintOf(entry, partialNames);
    if ('syntaxError' in lint) {
      diagnostics.push(fresh(lint.syntaxError));
      continue;
    }
    entries.set(file, entry);
    for (const d of lint.diagnostics) diagnostics.push(fresh(d));
    paramIndex.set(file.display, lint.params);
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  // Compiled on first use, as Handlebars.compile does, so a compile error surfaces while running,
  // inside the partial that has it.
  const compiler = (file: TemplateFile): ((context: unknown, options?: Handlebars.RuntimeOptions) => string) => {
    let compiled: Handlebars.TemplateDelegate | undefined;
    return (context, options) => {
      const entry = entries.get(file);
      if (entry === undefined) throw new Error(`${file.display} is not parsed`);
      compiled ??= hb.template(specOf(entry));
      return compiled(context, options);
    };
  };

  // Phase 2: register the partials; each is wrapped so an error inside it is attributed to its own file.
  const origin = new WeakMap<object, string>();
  const tag = (e: unknown, file: string): void => {
    if (typeof e === 'object' && e !== null && !origin.has(e)) origin.set(e, file);
  };
  for (const partial of set.partials.values()) {
    const compiled = compiler(partial);
    hb.registerPartial(partial.name, ((context: unknown, options?: Handlebars.RuntimeOptions) => {
      try {
        return compiled(context, options);
      } catch (e) {
        tag(e, partial.display);
        throw e;
      }
    }) as Handlebars.TemplateDelegate);
  }
  const main = compiler(set.main);

  // Phase 3: run.
  try {
    return { markdown: main(plainData(viewModel)), diagnostics };
  } catch (e) {
    const file = (typeof e === 'object' && e !== null ? origin.get(e) : undefined) ?? set.main.display;
    diagnostics.push(runError(e, file, paramIndex.get(file)));
    return { diagnostics };
  }
}

function runError(e: unknown, file: string, params: ParamIndex | undefined): Diagnostic {
  if (e instanceof HelperError) {
    const at = { file, line: e.line, column: e.column };
    if (e.missing) {
      const field = params?.get(`${e.line}:${e.column}`) ?? '?';
      return diagnostic('report/template-missing-field', at, { field });
    }
    return diagnostic('report/helper-failed', at, { helper: e.helper, detail: e.detail });
  }
  const err = asHandlebarsError(e);
  const at = { file, line: err.lineNumber ?? 1, column: (err.column ?? 0) + 1 };
  // Strict lookups throw these two: a field absent from an object, or a field looked up on text or a number.
  const missing = /^"(.+)" not defined in/.exec(err.message) ?? /^Cannot use 'in' operator to search for '(.+)' in/.exec(err.message);
  if (missing) return diagnostic('report/template-missing-field', at, { field: missing[1] ?? '?' });
  // A helper argument such as `opd.alamat.kota` whose middle part is missing fails inside Handlebars'
  // generated code without a position; the first such argument in the file that reads that name is the culprit.
  const reading = /^Cannot read properties of (?:undefined|null) \(reading '(.+)'\)/.exec(err.message);
  if (reading) {
    const name = reading[1] ?? '';
    const suspect = [...(params ?? new Map<string, string>()).entries()].find(([, path]) =>
      path.split(/[./]/).slice(1).includes(name),
    );
    const [line, column] = (suspect?.[0] ?? '1:1').split(':').map(Number);
    return diagnostic('report/template-missing-field', { file, line: line ?? 1, column: column ?? 1 }, {
      field: suspect?.[1] ?? name,
    });
  }
  if (/unknown helper|could not be found|doesn't match/i.test(err.message)) {
    return diagnostic('report/template-syntax', at, { detail: detailOf(err.message) });
  }
  return diagnostic('report/template-failed', at, { detail: detailOf(err.message) });
}
