/** The state shared by the mdast-to-document mappers: language, assets, collected diagnostics. */
import type { Node as MdNode } from 'mdast';
import type { ImageData } from '../../../doc/ast.js';
import { diagnostic, type DiagnosticCode } from '../../../diagnostics/catalogue.js';
import type { Diagnostic } from '../../../diagnostics/diagnostic.js';
import type { Lang, MessageArgs } from '../../../diagnostics/spec.js';

/** Images the templates refer to by key (charts, logos). */
export type Assets = Readonly<Record<string, ImageData>>;

export interface MapContext {
  readonly lang: Lang;
  /** The template the Markdown came from, shown in diagnostics. */
  readonly file: string;
  readonly assets: Assets;
  /** The Markdown source, to keep the text of unknown inline directives. */
  readonly source: string;
  readonly diagnostics: Diagnostic[];
  /** Running header text, set by the cover. */
  title: string;
}

/**
 * Records a diagnostic about a Markdown node. Templates do not map output lines back to their
 * source, so the position is the template file and the message names the Markdown line.
 * @param ctx mapping context
 * @param code catalogue code
 * @param node the node at fault
 * @param args message arguments
 */
export function report(ctx: MapContext, code: DiagnosticCode, node: MdNode, args: MessageArgs = {}): void {
  const mdLine = node.position?.start.line ?? 1;
  ctx.diagnostics.push(diagnostic(code, ctx.lang, { file: ctx.file, line: 1, column: 1 }, { ...args, mdLine }));
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
