/** Parses YAML text (an input file or a layout template), turning every YAML-level problem into a positioned diagnostic. */
import type { Document } from 'yaml';
import { diagnostic } from '../diagnostics/catalogue.js';
import type { DataPath, Diagnostic } from '../diagnostics/diagnostic.js';
import type { Event } from 'js-yaml';
import { duplicateKeys, forbiddenCharacter, MAX_DEPTH, tooDeep } from './guards.js';
import type { ParseCache } from './parse-cache.js';
import { cleanYamlData } from './quick-file.js';
import { quickEvents, quickSpan } from './quick-yaml.js';
import { fileStart, offsetToPosition, type SourceFile, type TextLines, type YamlFile } from './source-file.js';
import { yamlLib } from './yaml-lib.js';

/** Keys that could reach an object's prototype once the data becomes a JavaScript object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Tags allowed on values: the plain YAML 1.2 core types. */
const PLAIN_TAGS = new Set(['tag:yaml.org,2002:str', 'tag:yaml.org,2002:int', 'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool', 'tag:yaml.org,2002:null', 'tag:yaml.org,2002:map', 'tag:yaml.org,2002:seq']);
/** Text that may hold a forbidden key, a tag or an alias; files without it need no tree walk. */
const MAY_NEED_WALK = /__proto__|constructor|prototype|[!&*]/;
/** Alias expansion limit: well above any honest file, far below an alias bomb. */
const MAX_ALIAS_COUNT = 100;

export interface ParsedYaml<F extends YamlFile = SourceFile> {
  readonly file: F;
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses one YAML file.
 * @param meta where the file is (and, for an input file, what kind it holds)
 * @param text the decoded text
 * @param cache what earlier parses gave, when there is a cache
 * @returns the parsed file (with `data` only when there was no error) and its diagnostics
 */
export function parseYaml<M extends { path: string; absolutePath: string }>(
  meta: M,
  text: string,
  cache?: ParseCache,
): ParsedYaml<M & YamlFile> {
  return parsedYaml(meta, text, cleanYamlData(text, cache));
}

/**
 * {@link parseYaml} of a file whose clean data is already known (see quick-file.ts).
 * @param meta where the file is (and, for an input file, what kind it holds)
 * @param text the decoded text
 * @param data its data when it is clean, undefined when it needs `yaml`'s parse
 * @returns the parsed file and its diagnostics, as {@link parseYaml} gives them
 */
export function parsedYaml<M extends { path: string; absolutePath: string }>(
  meta: M,
  text: string,
  data: Record<string, unknown> | undefined,
): ParsedYaml<M & YamlFile> {
  // Most files are clean: their data comes the quick way, and their YAML tree only if a diagnostic
  // asks where. A forbidden character or nesting past the limit is told by the full parse.
  return data !== undefined ? { file: lazyFile(meta, text, data), diagnostics: [] } : parseYamlTree(meta, text);
}

/**
 * Parses one YAML file with its YAML tree, the way that finds every problem and its position.
 * {@link parseYaml} gives the same, reading clean files the quick way.
 * @param meta where the file is (and, for an input file, what kind it holds)
 * @param text the decoded text
 * @returns the parsed file (with `data` only when there was no error) and its diagnostics
 */
export function parseYamlTree<M extends { path: string; absolutePath: string }>(
  meta: M,
  text: string,
): ParsedYaml<M & YamlFile> {
  const { Composer, isAlias, isMap, isPair, isScalar, isSeq, Parser, visit } = yamlLib();
  const lineCounter = linesOf(text);
  const base = { ...meta, text, lineCounter };
  // 1. Characters YAML forbids never reach the parser (nor, through it, any output).
  const forbidden = forbiddenCharacter(text);
  if (forbidden !== undefined) {
    return { file: base, diagnostics: [diagnostic('yaml/control-character', offsetToPosition(base, forbidden.offset), { codePoint: forbidden.codePoint, count: forbidden.count })] };
  }
  // 2. The syntax tree (built without recursion), checked for nesting before it is composed (which recurses).
  const tokens = [...new Parser().parse(text)];
  const deep = tooDeep(tokens);
  if (deep !== undefined) return { file: base, diagnostics: [diagnostic('yaml/too-deep', offsetToPosition(base, deep), { limit: MAX_DEPTH })] };
  // Duplicate keys are found below in one pass: the composer's own check is quadratic in the keys of a map.
  const composer = new Composer({ uniqueKeys: false, version: '1.2', schema: 'core', merge: false, keepSourceTokens: false });
  const docs = [...composer.compose(tokens)] as Document.Parsed[];
  const diagnostics: Diagnostic[] = [];
  const document = docs[0];
  const file: M & YamlFile = { ...base, ...(document !== undefined ? { document } : {}) };
  if (document === undefined) {
    // An empty stream: only comments or directives.
    return { file, diagnostics: [diagnostic('load/empty', fileStart(meta.path))] };
  }
  if (docs.length > 1) {
    const second = docs[1] as Document.Parsed;
    const at = second.range[0];
    diagnostics.push(diagnostic('yaml/multiple-documents', offsetToPosition(file, at)));
  }
  // A tab used for indentation throws off everything after it on its line; only the tab is told.
  const tabs = document.errors.filter((e) => e.code === 'TAB_AS_INDENT');
  for (const err of tabs.length > 0 ? tabs : document.errors) {
    const at = offsetToPosition(file, err.pos[0], err.pos[1]);
    if (err.code === 'TAB_AS_INDENT') diagnostics.push(diagnostic('yaml/tab', at));
    else diagnostics.push(diagnostic('yaml/syntax', at, { problem: err.code, detail: firstLine(err.message) }));
  }
  for (const dup of duplicateKeys(document)) {
    const first = offsetToPosition(file, dup.first).line;
    diagnostics.push(diagnostic('yaml/duplicate-key', offsetToPosition(file, dup.range[0], dup.range[1]), { key: dup.key, first }));
  }
  for (const warn of document.warnings) {
    const at = offsetToPosition(file, warn.pos[0], warn.pos[1]);
    diagnostics.push(diagnostic('yaml/unsupported-value', at, { type: text.slice(warn.pos[0], warn.pos[1]) || warn.code }));
  }
  if (diagnostics.length > 0) return { file, diagnostics };

  const root = document.contents;
  if (!isMap(root)) {
    const found = root === null ? 'empty' : isSeq(root) ? 'list' : 'scalar';
    const at = root?.range ? offsetToPosition(file, root.range[0]) : fileStart(meta.path);
    return { file, diagnostics: [diagnostic('yaml/not-mapping', at, { found })] };
  }
  let aliases = 0;
  // The walk below only finds something when one of these appears in the text; most files skip it.
  if (MAY_NEED_WALK.test(text)) visit(document, {
    Pair(_key, pair) {
      if (isPair(pair) && isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        const r = pair.key.range;
        diagnostics.push(diagnostic('yaml/forbidden-key', r ? offsetToPosition(file, r[0], r[1]) : fileStart(meta.path), {
          key: String(pair.key.value),
        }));
      }
    },
    Alias() {
      aliases++;
    },
    Node(_key, node) {
      if (isAlias(node)) return;
      const tag = node.tag;
      if (tag !== undefined && !PLAIN_TAGS.has(tag)) {
        const r = node.range;
        diagnostics.push(diagnostic('yaml/unsupported-value', r ? offsetToPosition(file, r[0]) : fileStart(meta.path), { type: tag }));
      }
    },
  });
  if (diagnostics.length > 0) return { file, diagnostics };
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    if (aliases > 0 && /alias/i.test(detail)) {
      return { file, diagnostics: [diagnostic('yaml/alias-limit', firstAliasPosition(file))] };
    }
    return { file, diagnostics: [diagnostic('yaml/syntax', fileStart(meta.path), { detail: firstLine(detail) })] };
  }
  return { file: { ...file, data }, diagnostics };
}

/**
 * The lines of a text, found from the text itself, so positions are known before (or without)
 * parsing: `yaml`'s LineCounter filled with every line start, its answers written out here, so that
 * placing a diagnostic in a file read the quick way does not load `yaml`.
 * @param text the text
 * @returns its lines
 */
export function linesOf(text: string): TextLines {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const linePos = (offset: number): { line: number; col: number } => {
    let low = 0;
    let high = lineStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((lineStarts[mid] as number) < offset) low = mid + 1;
      else high = mid;
    }
    if (lineStarts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - (lineStarts[low - 1] as number) + 1 };
  };
  return { lineStarts, linePos };
}

/**
 * A clean file whose data is known: its line counter and YAML tree, the same as
 * {@link parseYamlTree} gives, are made when first asked for (to locate a diagnostic) and kept.
 * Most positions are found without the tree, from the quick parser's events (see quickSpan).
 */
function lazyFile<M extends { path: string; absolutePath: string }>(meta: M, text: string, data: unknown): M & YamlFile {
  let lines: TextLines | undefined;
  let document: Document.Parsed | undefined;
  let events: Event[] | undefined | null;
  const file = { ...meta, text, data };
  Object.defineProperties(file, {
    lineCounter: { get: () => (lines ??= linesOf(text)), enumerable: true },
    document: { get: () => (document ??= parseYamlTree(meta, text).file.document), enumerable: true },
    quickSpan: {
      value: (path: DataPath, target: 'key' | 'value') => {
        if (document !== undefined) return undefined;
        events ??= quickEvents(text) ?? null;
        return events === null ? undefined : quickSpan(text, events, path, target);
      },
    },
  });
  return file;
}

function firstAliasPosition(file: YamlFile) {
  let pos = fileStart(file.path);
  if (file.document === undefined) return pos;
  const { visit } = yamlLib();
  visit(file.document, {
    Alias(_k, node) {
      if (node.range) pos = offsetToPosition(file, node.range[0]);
      return visit.BREAK;
    },
  });
  return pos;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}
