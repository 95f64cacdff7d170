/**
 * Figures: a PNG, or an SVG with the PNG as fallback, scaled down to fit the text width and, with its
 * caption and source, the page height; the caption below.
 */
import { ImageRun, Paragraph } from 'docx';
import type { Figure, ImageData } from '../../../doc/ast.js';
import { inlineText } from '../../../doc/walk.js';
import type { Output, WriteContext } from '../context.js';
import { textEm } from '../measure.js';
import { cm, tableTextSize, type StyleOptions } from '../styles.js';
import { captionParagraph, sourceParagraph } from './caption.js';
import type { BlockHandler } from './types.js';

/** Twips per pixel at the 96 dpi docx sizes images in. */
const TWIPS_PER_PX = 15;

/** The size an image is shown at, twips. */
export interface ImageBox {
  readonly width: number;
  readonly height: number;
}

/**
 * The size of an image scaled to a wanted width, then down (keeping its proportions) to fit a height,
 * in whole pixels of 96 dpi as docx writes them.
 * @param image the image's intrinsic size
 * @param widthTwips wanted width, twips
 * @param maxHeightTwips greatest height, twips
 * @returns the width and height, twips
 */
export function fitImage(image: Pick<ImageData, 'width' | 'height'>, widthTwips: number, maxHeightTwips = Infinity): ImageBox {
  const ratio = Math.max(1, image.height) / Math.max(1, image.width);
  const byHeight = maxHeightTwips / ratio;
  // Rounded to the nearest pixel, or down when the height is what limits it.
  const width = Math.max(1, byHeight < widthTwips ? Math.floor(byHeight / TWIPS_PER_PX) : Math.round(widthTwips / TWIPS_PER_PX));
  const height = Math.max(1, Math.round(width * ratio));
  return { width: width * TWIPS_PER_PX, height: height * TWIPS_PER_PX };
}

/** Lines a text takes in a width, from its measured length (a line more when it wraps, as words do not break). */
function linesOf(text: string, sizePt: number, widthTwips: number, bold: boolean): number {
  const lines = (textEm(text, bold) * sizePt * 20 * 1.03) / Math.max(1, widthTwips);
  return lines <= 1 ? 1 : Math.ceil(lines) + 1;
}

/**
 * The height a figure's caption and source lines take under (and the spacing above) the image, twips,
 * from the sizes and spacing of the FigureImage, Caption and SourceNote styles; with some room to
 * spare for the descent under an inline image and renderers' rounding.
 * @param node the figure
 * @param textWidth the width of the text, twips
 * @param style style options
 * @returns the height to keep free on the page besides the image
 */
export function figureTextHeight(node: Pick<Figure, 'caption' | 'source'>, textWidth: number, style: StyleOptions): number {
  const small = tableTextSize(style);
  const lineTw = (sizePt: number): number => sizePt * 20 * 1.15;
  // The image paragraph's 6 pt before, and half a body line for the descent under the inline image.
  let h = 6 * 20 + style.sizePt * 20 * 0.5;
  if (node.caption !== undefined) {
    const size = small + 0.5;
    h += (6 + 6) * 20 + linesOf(`Gambar 10.10 ${inlineText(node.caption)}`, size, textWidth, true) * lineTw(size);
  }
  if (node.source !== undefined) h += (3 + 12) * 20 + linesOf(`Sumber: ${inlineText(node.source)}`, small, textWidth, false) * lineTw(small);
  return Math.ceil(h);
}

/**
 * The size of a figure's image: the asked width (`lebar`) or the text width, whichever is smaller, then
 * smaller still, in proportion, when the image with its caption and source would not fit on a page.
 * @param node the figure
 * @param textWidth the width of the text, twips
 * @param textHeight the height of the text, twips (of a landscape page in a landscape section)
 * @param style style options
 * @returns the image's width and height, twips
 */
export function figureBox(node: Figure, textWidth: number, textHeight: number, style: StyleOptions): ImageBox {
  const wanted = node.widthCm !== undefined ? Math.min(cm(node.widthCm), textWidth) : textWidth;
  return fitImage(node.image, wanted, textHeight - figureTextHeight(node, textWidth, style));
}

/**
 * An image run of a given size.
 * @param image the image bytes and intrinsic size
 * @param box the size to show it at, twips (from {@link fitImage})
 * @param ctx write context (for the drawing id)
 * @param name name shown in Word's selection pane
 * @returns the run
 */
export function imageRun(image: ImageData, box: ImageBox, ctx: WriteContext, name: string): ImageRun {
  const transformation = { width: Math.round(box.width / TWIPS_PER_PX), height: Math.round(box.height / TWIPS_PER_PX) };
  // An explicit id: docx otherwise counts drawings across all documents of the process.
  const altText = { id: String(ctx.nextDrawingId()), name, description: name };
  return image.svg !== undefined
    ? new ImageRun({ type: 'svg', data: image.svg, fallback: { type: 'png', data: image.png }, transformation, altText })
    : new ImageRun({ type: 'png', data: image.png, transformation, altText });
}

/** A figure paragraph kept with its caption below. */
export const figure: BlockHandler<'figure'> = (node, ctx) => {
  const name = node.caption !== undefined ? inlineText(node.caption) : 'Gambar';
  const box = figureBox(node, ctx.textWidth, ctx.textHeight, ctx.options.style);
  const out: Output[] = [new Paragraph({ style: 'FigureImage', children: [imageRun(node.image, box, ctx, name)] })];
  if (node.caption !== undefined) out.push(captionParagraph('gambar', node.caption, ctx, node.source !== undefined));
  if (node.source !== undefined) out.push(sourceParagraph(node.source));
  return out;
};
