/** Figures: a PNG, or an SVG with the PNG as fallback, scaled to fit the text width, the caption below. */
import { ImageRun, Paragraph } from 'docx';
import type { ImageData } from '../../../doc/ast.js';
import { inlineText } from '../../../doc/walk.js';
import type { Output, WriteContext } from '../context.js';
import { cm } from '../styles.js';
import { captionParagraph, sourceParagraph } from './caption.js';
import type { BlockHandler } from './types.js';

/** Twips per pixel at the 96 dpi docx sizes images in. */
const TWIPS_PER_PX = 15;

/**
 * An image run of a given width, keeping the image's proportions.
 * @param image the image bytes and intrinsic size
 * @param widthTwips wanted width, twips
 * @param ctx write context (for the drawing id)
 * @param name name shown in Word's selection pane
 * @returns the run
 */
export function imageRun(image: ImageData, widthTwips: number, ctx: WriteContext, name: string): ImageRun {
  const width = Math.max(1, Math.round(widthTwips / TWIPS_PER_PX));
  const height = Math.max(1, Math.round((width * image.height) / Math.max(1, image.width)));
  const transformation = { width, height };
  // An explicit id: docx otherwise counts drawings across all documents of the process.
  const altText = { id: String(ctx.nextDrawingId()), name, description: name };
  return image.svg !== undefined
    ? new ImageRun({ type: 'svg', data: image.svg, fallback: { type: 'png', data: image.png }, transformation, altText })
    : new ImageRun({ type: 'png', data: image.png, transformation, altText });
}

/** A figure paragraph kept with its caption below. */
export const figure: BlockHandler<'figure'> = (node, ctx) => {
  const wanted = node.widthCm !== undefined ? cm(node.widthCm) : ctx.textWidth;
  const name = node.caption !== undefined ? inlineText(node.caption) : 'Gambar';
  const out: Output[] = [
    new Paragraph({ style: 'FigureImage', children: [imageRun(node.image, Math.min(wanted, ctx.textWidth), ctx, name)] }),
  ];
  if (node.caption !== undefined) out.push(captionParagraph('gambar', node.caption, ctx, node.source !== undefined));
  if (node.source !== undefined) out.push(sourceParagraph(node.source));
  return out;
};
