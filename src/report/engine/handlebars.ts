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
  const knownHelpers = Object.fromEntries(helperNames.map((n) => [n, true]));
  const compileOptions = { strict: true, noEscape: true, knownHelpersOnly: true, knownHelpers } as const;
  const helperSet = new Set([...helperNames, ...BUILTIN_HELPERS]);

  // Phase 1: parse and lint every file, so all syntax errors are reported at once. The trees are
  // compiled as they are (Handlebars strips the white space of standalone tags when it compiles them),
  // so no file is parsed twice.
  const files = [set.main, ...set.partials.values()];
  const diagnostics: Diagnostic[] = [];
  const paramIndex = new Map<string, ParamIndex>();
  const parsed = new Map<TemplateFile, hbs.AST.Program>();
  const partialNames = new Set(set.partials.keys());
  for (const file of files) {
    let ast: hbs.AST.Program;
    try {
      ast = hb.parseWithoutProcessing(file.source);
    } catch (e) {
      diagnostics.push(parseError(file, e));
      continue;
    }
    parsed.set(file, ast);
    const lint = lintTemplate(ast, file.display, partialNames, helperSet);
    diagnostics.push(...lint.diagnostics);
    paramIndex.set(file.display, lint.params);
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const treeOf = (file: TemplateFile): hbs.AST.Program | string => parsed.get(file) ?? file.source;

  // Phase 2: compile; each partial is wrapped so an error inside it is attributed to its own file.
  const origin = new WeakMap<object, string>();
  const tag = (e: unknown, file: string): void => {
    if (typeof e === 'object' && e !== null && !origin.has(e)) origin.set(e, file);
  };
  for (const partial of set.partials.values()) {
    const compiled = hb.compile(treeOf(partial), compileOptions);
    hb.registerPartial(partial.name, ((context: unknown, options?: Handlebars.RuntimeOptions) => {
      try {
        return compiled(context, options);
      } catch (e) {
        tag(e, partial.display);
        throw e;
      }
    }) as Handlebars.TemplateDelegate);
  }
  const main = hb.compile(treeOf(set.main), compileOptions);

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
