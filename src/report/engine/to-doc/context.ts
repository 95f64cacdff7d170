/** The state shared by the mdast-to-document mappers: assets and collected diagnostics. */
import type { Node as MdNode } from 'mdast';
import type { ImageData } from '../../../doc/ast.js';
import { diagnostic, type ArgsOf, type DiagnosticCode } from '../../../diagnostics/catalogue.js';
import type { Diagnostic } from '../../../diagnostics/diagnostic.js';

/** Images the templates refer to by key (charts, logos). */
export type Assets = Readonly<Record<string, ImageData>>;

export interface MapContext {
  /** The template the Markdown came from, shown in diagnostics. */
  readonly file: string;
  readonly assets: Assets;
  /** The Markdown source, to keep the text of unknown inline directives. */
  readonly source: string;
  readonly diagnostics: Diagnostic[];
  /** Running header text, set by the cover. */
  title: string;
}

/** The codes a Markdown node can be reported with: those whose message names the Markdown line. */
type MarkdownCode = { [C in DiagnosticCode]: ArgsOf<C> extends { mdLine: number } ? C : never }[DiagnosticCode];

/**
 * Records a diagnostic about a Markdown node. Templates do not map output lines back to their
 * source, so the position is the template file and the message names the Markdown line.
 * @param ctx mapping context
 * @param code catalogue code
 * @param node the node at fault
 * @param args the code's arguments but the Markdown line
 */
export function report<C extends MarkdownCode>(ctx: MapContext, code: C, node: MdNode, args: Omit<ArgsOf<C>, 'mdLine'>): void {
  const mdLine = node.position?.start.line ?? 1;
  ctx.diagnostics.push(diagnostic(code, { file: ctx.file, line: 1, column: 1 }, ...([{ ...args, mdLine }] as never)));
}

/**
 * An asset by key, own properties only (a key such as "constructor" is not an asset).
 * @param assets the assets
 * @param key the key
 * @returns the image, if supplied
 */
export function assetOf(assets: Assets, key: string): ImageData | undefined {
  return Object.prototype.hasOwnProperty.call(assets, key) ? assets[key] : undefined;
}
