/** The state shared by the mdast-to-document mappers: assets, authored text, collected diagnostics and references. */
import type { Node as MdNode } from 'mdast';
import type { CaptionKind, ImageData } from '../../../doc/ast.js';
import type { Position } from '../../../diagnostics/diagnostic.js';
import type { NaskahText } from '../../../model/index.js';
import type { NaskahCatalogue } from '../../../taxonomy/index.js';
import { diagnostic, type ArgsOf, type DiagnosticCode } from '../../../diagnostics/catalogue.js';
import type { Diagnostic } from '../../../diagnostics/diagnostic.js';

/** Images the templates refer to by key (charts, logos). */
export type Assets = Readonly<Record<string, ImageData>>;

/** What a book prints in one slot of authored text instead of its built-in wording. */
export type SlotContent =
  /** The Tim's text, with the images it shows. */
  | { readonly kind: 'authored'; readonly text: NaskahText; readonly images: ReadonlyMap<string, ImageData> }
  /** A slot due and not written yet, in a draft: what is missing and who owes it. */
  | { readonly kind: 'placeholder'; readonly what: string; readonly opd: string };

/** The authored text of one book: the slot list and, by slot id, what each slot prints (absent: its built-in wording). */
export interface NaskahRender {
  readonly catalogue: NaskahCatalogue;
  readonly slots: ReadonlyMap<string, SlotContent>;
}

/** A reference in authored text: the text node that will print the number, once the book is numbered. */
export interface PendingReference {
  readonly node: { readonly type: 'text'; value: string };
  readonly kind: CaptionKind;
  readonly key: string;
  /** Where it is written, in the naskah file. */
  readonly at: Position;
}

/** Where a slot stands in the template's Markdown (offsets), and what it printed. */
export interface SlotSpan {
  readonly start: number;
  readonly end: number;
  readonly slot: string;
  readonly content?: SlotContent;
}

export interface MapContext {
  /** The template the Markdown came from, shown in diagnostics. */
  readonly file: string;
  readonly assets: Assets;
  /** The Markdown source, to keep the text of unknown inline directives. */
  readonly source: string;
  readonly diagnostics: Diagnostic[];
  /** Running header text, set by the cover. */
  title: string;
  /** The book's authored text (every slot prints its built-in wording when it has none). */
  readonly naskah: NaskahRender;
  /** References in authored text, given their numbers once the whole book is mapped. */
  readonly references: PendingReference[];
  /** The slots met, in order. */
  readonly slots: SlotSpan[];
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
