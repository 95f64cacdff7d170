import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { directBinding, resvg } from './resvg.js';

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect x="2" y="2" width="60" height="20" fill="#777"/>' +
  '<text x="4" y="34" font-family="Liberation Sans, DejaVu Sans, sans-serif" font-size="12">Kota Tegal 2024</text></svg>';

describe('resvg loading', () => {
  it('names the binding package only where the C library is known', () => {
    expect(directBinding('linux', 'x64', () => 'gnu')).toBe('@resvg/resvg-js-linux-x64-gnu');
    expect(directBinding('linux', 'arm64', () => 'musl')).toBe('@resvg/resvg-js-linux-arm64-musl');
    expect(directBinding('linux', 'x64', () => undefined)).toBeUndefined();
    expect(directBinding('linux', 'arm', () => 'gnu')).toBeUndefined();
    expect(directBinding('darwin', 'arm64', () => 'gnu')).toBeUndefined();
    expect(directBinding('win32', 'x64', () => 'gnu')).toBeUndefined();
  });

  it('draws the same PNG as the package, with options and without', async () => {
    const make = await resvg();
    const options = { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } } as const;
    expect(Buffer.from(make(SVG, options).render().asPng())).toEqual(Buffer.from(new Resvg(SVG, options).render().asPng()));
    expect(Buffer.from(make(SVG).render().asPng())).toEqual(Buffer.from(new Resvg(SVG).render().asPng()));
    expect(make(SVG).innerBBox()).toEqual(new Resvg(SVG).innerBBox());
  });

  it('is loaded once per thread', async () => {
    expect(await resvg()).toBe(await resvg());
  });
});
