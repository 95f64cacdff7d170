/**
 * The book's sections: the cover (no page number), the front matter (roman page numbers), the body
 * from the first chapter (arabic, restarting at 1), and a section of its own for each landscape run,
 * all with their headers and footers.
 */
import {
  Bookmark,
  LineRuleType,
  NumberFormat,
  PageOrientation,
  Paragraph,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import type { Block, Doc, Table } from '../../doc/ast.js';
import { restartBookmark } from './bookmarks.js';
import type { Output, WriteContext } from './context.js';
import { writeBlock } from './handlers/index.js';
import { footer, header } from './header-footer.js';
import { rowHeights, tableLayout } from './handlers/table.js';
import { pageGeometry, type ResolvedOptions } from './options.js';
import { cm, tableTextSize } from './styles.js';

type Part = 'cover' | 'front' | 'body';

/** A run of blocks that share a section: its part of the book and orientation. */
interface SectionPlan {
  readonly part: Part;
  readonly landscape: boolean;
  /** Whether page numbering restarts at 1 here (front matter, first chapter). */
  readonly restart: boolean;
  readonly blocks: readonly Block[];
}

const isChapter = (b: Block): boolean => b.type === 'heading' && b.level === 1 && b.numbered;

/** How much taller a table may be on portrait pages than on landscape ones and still be set portrait. */
export const LANDSCAPE_GAIN = 1.5;

/**
 * Whether blocks need landscape pages: a table whose words do not fit the portrait text width at the
 * table's text size, or whose text wraps so much more there that it is more than {@link LANDSCAPE_GAIN}
 * times as tall; or a figure asked wider than the portrait text. Anything else reads as well on
 * portrait pages, which do not leave most of a turned page empty.
 * @param blocks the blocks of a landscape run
 * @param o resolved options
 * @returns whether to set them on landscape pages
 */
export function needsLandscape(blocks: readonly Block[], o: ResolvedOptions): boolean {
  const portrait = pageGeometry(o, false).textWidth;
  const landscape = pageGeometry(o, true).textWidth;
  const size = tableTextSize(o.style);
  const wide = (b: Table): boolean => {
    const upright = tableLayout(b, portrait, size);
    if (upright.sizePt < size) return true;
    const height = (layout: ReturnType<typeof tableLayout>): number => {
      const h = rowHeights(b, layout);
      return h.header + h.rows.reduce((a, r) => a + r, 0);
    };
    return height(upright) > LANDSCAPE_GAIN * height(tableLayout(b, landscape, size));
  };
  return blocks.some((b): boolean => {
    if (b.type === 'table') return wide(b);
    if (b.type === 'figure') return b.widthCm !== undefined && cm(b.widthCm) > portrait;
    if (b.type === 'landscape') return needsLandscape(b.children, o);
    if (b.type === 'list') return b.items.some((i) => needsLandscape(i.children, o));
    return false;
  });
}

/**
 * Splits the top-level blocks of a document into sections. A landscape run whose blocks do not need
 * landscape pages (see {@link needsLandscape}) stays on the portrait pages around it, unless it is
 * asked to be landscape always.
 * @param doc the document
 * @param o resolved options
 * @returns the section plans, in order
 */
export function planSections(doc: Doc, o: ResolvedOptions): SectionPlan[] {
  const plans: SectionPlan[] = [];
  let part: Part = doc.children[0]?.type === 'cover' ? 'cover' : 'front';
  let current: Block[] = [];
  let restart = true;
  const flush = (landscape: boolean): void => {
    if (current.length > 0) plans.push({ part, landscape, restart, blocks: current });
    if (current.length > 0) restart = false;
    current = [];
  };
  doc.children.forEach((block, i) => {
    if (part === 'cover' && i > 0 && block.type !== 'cover') {
      flush(false);
      part = 'front';
      restart = true;
    }
    if (part !== 'body' && isChapter(block)) {
      flush(false);
      part = 'body';
      restart = true;
    }
    if (block.type === 'landscape' && block.always !== true && !needsLandscape(block.children, o)) {
      current.push(...block.children);
      return;
    }
    if (block.type === 'landscape') {
      flush(false);
      current = [...block.children];
      flush(true);
      return;
    }
    current.push(block);
  });
  flush(false);
  return plans;
}

/** A section's children once the slots of the tables of contents are filled, and how many blocks the layout counts in each. */
export interface WrittenSection {
  readonly options: ISectionOptions;
  readonly outputs: readonly Output[];
}

/** A section planned: its options (page, header, footer; no children), and its blocks, written when asked. */
export interface SectionWriter {
  readonly options: ISectionOptions;
  /** Writes the section's blocks one after the other, each when the one before is taken; call once, sections in order. */
  readonly outputs: () => Generator<Output, void, undefined>;
}

/**
 * Plans the sections and how to write them (the tables of contents stay slots until every entry is known).
 * @param doc the document
 * @param ctx write context
 * @returns each section's options without children, and the writing of its blocks
 */
export function sectionWriters(doc: Doc, ctx: WriteContext): SectionWriter[] {
  const o = ctx.options;
  return planSections(doc, o).map((plan, index) => {
    const geometry = pageGeometry(o, plan.landscape);
    const onCover = plan.part === 'cover';
    const options: ISectionOptions = {
      properties: {
        page: {
          size: {
            width: geometry.width,
            height: geometry.height,
            orientation: plan.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: geometry.margin,
          pageNumbers: {
            ...(plan.restart ? { start: 1 } : {}),
            formatType: plan.part === 'body' ? NumberFormat.DECIMAL : NumberFormat.LOWER_ROMAN,
          },
        },
      },
      headers: { default: header(doc.title, geometry.textWidth, o, onCover) },
      footers: { default: footer(onCover) },
      children: [],
    };
    return { options, outputs: () => sectionOutputs(plan, index, ctx) };
  });
}

/**
 * Writes a section's blocks, one block at a time; the first output of a section whose page numbering
 * restarts is bookmarked (see {@link markStart}).
 */
function* sectionOutputs(plan: SectionPlan, index: number, ctx: WriteContext): Generator<Output, void, undefined> {
  const geometry = pageGeometry(ctx.options, plan.landscape);
  ctx.textWidth = geometry.textWidth;
  ctx.textHeight = geometry.textHeight;
  const mark = ctx.bookmarks && plan.restart && plan.part !== 'cover' ? restartBookmark(index, plan.part === 'body' ? 'arabic' : 'roman') : undefined;
  let marked = mark === undefined;
  for (let i = 0; i < plan.blocks.length; i++) {
    const written = writeBlock(plan.blocks[i] as Block, ctx, plan.blocks[i + 1]);
    if (!marked && written.length > 0) {
      marked = true;
      yield* markStart(written, mark as string, ctx);
    } else yield* written;
  }
  if (!marked) yield* markStart([], mark as string, ctx);
}

/**
 * Writes the sections' blocks (first step: the tables of contents stay slots until every entry is known).
 * @param doc the document
 * @param ctx write context
 * @returns the section options without children, and their outputs
 */
export function writeSections(doc: Doc, ctx: WriteContext): WrittenSection[] {
  return sectionWriters(doc, ctx).map((s) => ({ options: s.options, outputs: [...s.outputs()] }));
}

/**
 * Bookmarks the first paragraph of a section (where its page numbering restarts), so its page can be
 * read back from a rendering: the paragraph is written again with its runs inside the bookmark (an
 * entry pointing at it points at the new one), or, when the section starts with a table, an empty
 * paragraph of a twip's height holds the bookmark.
 * @param outputs the section's outputs
 * @param name the bookmark's name
 * @param ctx write context
 * @returns the outputs, the first one marked
 */
function markStart(outputs: readonly Output[], name: string, ctx: WriteContext): Output[] {
  const [first, ...rest] = outputs;
  if (first instanceof Paragraph) {
    const marked = new Paragraph({ ...first.options, children: [new Bookmark({ id: name, children: [...(first.options.children ?? [])] })] });
    ctx.entries.forEach((e, i) => {
      if (e.target === first) ctx.entries[i] = { ...e, target: marked };
    });
    return [marked, ...rest];
  }
  const holder = new Paragraph({
    spacing: { line: 1, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    run: { size: 2 },
    children: [new Bookmark({ id: name, children: [] })],
  });
  return [holder, ...outputs];
}

/**
 * Fills the slots and gives each section its children.
 * @param sections written sections
 * @param ctx the context, now holding every entry
 * @returns the docx section options
 */
export function resolveSections(sections: readonly WrittenSection[], ctx: WriteContext): ISectionOptions[] {
  return sections.map((s) => ({
    ...s.options,
    children: s.outputs.flatMap((out): FileChild[] => ('deferred' in out ? out.deferred(ctx) : 'slices' in out ? [out.whole()] : [out])),
  }));
}
