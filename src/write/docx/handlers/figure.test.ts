import { describe, expect, it } from 'vitest';
import * as b from '../../../doc/builders.js';
import { bodyOf } from '../../../../test/support/docx-fragment.js';
import { barChartPng } from '../../../../test/support/png.js';
import { pageGeometry, resolveOptions } from '../options.js';
import { figureTextHeight, fitImage } from './figure.js';

const EMU_PER_TWIP = 635;
const tall = { png: barChartPng(60, 400), width: 60, height: 400 };
const wide = { png: barChartPng(400, 100), width: 400, height: 100 };

/** The extents (width, height) of the drawings of a body, twips. */
function extents(xml: string): [number, number][] {
  return [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]) / EMU_PER_TWIP, Number(m[2]) / EMU_PER_TWIP]);
}

describe('figure size', () => {
  it('scales an image to a width, or down to a height, keeping its proportions in whole pixels', () => {
    expect(fitImage(wide, 6000)).toEqual({ width: 6000, height: 1500 });
    const limited = fitImage(tall, 6000, 3000);
    expect(limited.height).toBeLessThanOrEqual(3000);
    expect(limited.height).toBeGreaterThan(2900);
    expect(limited.width / limited.height).toBeCloseTo(60 / 400, 2);
    expect(limited.width % 15).toBe(0);
  });

  it('fits a tall image with its caption and source on a portrait and on a landscape page', async () => {
    const o = resolveOptions();
    const figure = { ...b.figure(tall, 'Gambar yang sangat tinggi'), source: [b.text('Bappeda')] };
    const xml = await bodyOf([figure, { ...b.landscape(figure), always: true }]);
    const [portrait, landscape] = extents(xml) as [[number, number], [number, number]];
    for (const [[width, height], geometry] of [
      [portrait, pageGeometry(o, false)],
      [landscape, pageGeometry(o, true)],
    ] as const) {
      const room = geometry.textHeight - figureTextHeight(figure, geometry.textWidth, o.style);
      expect(height).toBeLessThanOrEqual(room);
      // Less than a pixel of width (400 / 60 pixels of height) below the room.
      expect(height).toBeGreaterThan(room - 15 * (400 / 60) - 15);
      expect(width / height).toBeCloseTo(60 / 400, 2);
      // The spacing above the image, the caption (one line of 10.5 pt) and the source line (10 pt) fit in what is left.
      expect(geometry.textHeight - height).toBeGreaterThan((6 + 6 + 6 + 3 + 12) * 20 + (10.5 + 10) * 20 * 1.15);
    }
    expect(landscape[1]).toBeLessThan(portrait[1]);
  });

  it('keeps a tall logo on the cover within 5 by 5 cm', async () => {
    const [[width, height]] = extents(await bodyOf([b.cover({ title: 'Buku', logo: tall })])) as [[number, number]];
    expect(height).toBeLessThanOrEqual(2835);
    expect(width / height).toBeCloseTo(60 / 400, 2);
  });

  it('leaves images that fit as wide as asked', async () => {
    expect(extents(await bodyOf([b.figure(wide, 'Lebar'), b.figure(wide, 'Sempit', 5)]))).toEqual([
      [7935, 1980],
      [2835, 705],
    ]);
  });
});
