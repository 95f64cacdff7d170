/** Parses YAML text (an input file or a layout template), turning every YAML-level problem into a positioned diagnostic. */
import type { Document, EmptyStream, LineCounter } from 'yaml';
import { diagnostic } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { quickYamlData } from './quick-yaml.js';
import { fileStart, offsetToPosition, type SourceFile, type YamlFile } from './source-file.js';
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
 * @returns the parsed file (with `data` only when there was no error) and its diagnostics
 */
export function parseYaml<M extends { path: string; absolutePath: string }>(
  meta: M,
  text: string,
): ParsedYaml<M & YamlFile> {
  // Most files are clean: their data comes the quick way, and their YAML tree only if a diagnostic asks where.
  const quick = quickYamlData(text);
  if (quick !== undefined) return { file: lazyFile(meta, text, quick.data), diagnostics: [] };
  return parseYamlTree(meta, text);
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
  const { docs, lineCounter } = parseDocuments(text);
  const base = { ...meta, text, lineCounter };
  const diagnostics: Diagnostic[] = [];
  if (!Array.isArray(docs)) {
    // An empty stream: only comments or directives.
    return { file: base, diagnostics: [diagnostic('load/empty', fileStart(meta.path))] };
  }
  const document = docs[0];
  const file: M & YamlFile = { ...base, ...(document !== undefined ? { document } : {}) };
  if (document === undefined) {
    return { file, diagnostics: [diagnostic('load/empty', fileStart(meta.path))] };
  }
  if (docs.length > 1) {
    const second = docs[1] as Document.Parsed;
    const at = second.range[0];
    diagnostics.push(diagnostic('yaml/multiple-documents', offsetToPosition(file, at)));
  }
  for (const err of document.errors) {
    const at = offsetToPosition(file, err.pos[0], err.pos[1]);
    if (err.code === 'TAB_AS_INDENT') diagnostics.push(diagnostic('yaml/tab', at));
    else if (err.code === 'DUPLICATE_KEY') {
      diagnostics.push(diagnostic('yaml/duplicate-key', at, { key: text.slice(err.pos[0], err.pos[1]) }));
    } else diagnostics.push(diagnostic('yaml/syntax', at, { detail: firstLine(err.message) }));
  }
  for (const warn of document.warnings) {
    const at = offsetToPosition(file, warn.pos[0], warn.pos[1]);
    diagnostics.push(diagnostic('yaml/unsupported-value', at, { type: text.slice(warn.pos[0], warn.pos[1]) || warn.code }));
  }
  if (diagnostics.length > 0) return { file, diagnostics };

  const { isAlias, isMap, isPair, isScalar, isSeq, visit } = yamlLib();
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

/** The YAML documents of a text, with the line counter that turns their offsets into positions. */
function parseDocuments(text: string): { docs: Document.Parsed[] | EmptyStream; lineCounter: LineCounter } {
  const { LineCounter, parseAllDocuments } = yamlLib();
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    version: '1.2',
    schema: 'core',
    merge: false,
    keepSourceTokens: false,
  });
  return { docs, lineCounter };
}

/**
 * A clean file whose data is known: its YAML tree and line counter, the same as {@link parseYaml}
 * would give, are parsed when first asked for (to locate a diagnostic) and kept.
 */
function lazyFile<M extends { path: string; absolutePath: string }>(meta: M, text: string, data: unknown): M & YamlFile {
  let parsed: { document: Document.Parsed; lineCounter: LineCounter } | undefined;
  const parse = () => {
    if (parsed === undefined) {
      const { docs, lineCounter } = parseDocuments(text);
      parsed = { document: docs[0] as Document.Parsed, lineCounter };
    }
    return parsed;
  };
  const file = { ...meta, text, data };
  Object.defineProperties(file, {
    lineCounter: { get: () => parse().lineCounter, enumerable: true },
    document: { get: () => parse().document, enumerable: true },
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
