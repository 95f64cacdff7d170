/** The look every chart shares: a font found without the network, shades of grey that survive a black-and-white print, Indonesian number format. */

/**
 * Font families, most wanted first: Liberation Sans and DejaVu Sans ship with most Linux systems
 * and LibreOffice, Arial with Windows and macOS; the renderer takes the first one it finds.
 */
export const FONT = 'Liberation Sans, Arial, Helvetica, DejaVu Sans, sans-serif';

/** The family the PNG renderer falls back to for generic names. */
export const FONT_FALLBACK = 'Liberation Sans';

/** Shades from darkest to lightest, distinct in greyscale. */
export const SHADES = ['#1f1f1f', '#5f5f5f', '#9a9a9a', '#cfcfcf'] as const;

/** Ink of text and lines. */
export const INK = '#1f1f1f';

/** Vega's number locale for Indonesian: decimal comma, thousands dot. */
export const LOCALE = {
  number: { decimal: ',', thousands: '.', grouping: [3], currency: ['Rp', ''] },
} as const;

/** The Vega-Lite config shared by every chart: font, sizes, no view border, white background. */
export const CONFIG = {
  font: FONT,
  background: 'white',
  padding: { left: 8, right: 24, top: 8, bottom: 8 },
  view: { stroke: null },
  axis: {
    labelFont: FONT,
    titleFont: FONT,
    labelFontSize: 11,
    titleFontSize: 11,
    titleFontWeight: 'bold',
    labelColor: INK,
    titleColor: INK,
    domainColor: '#555555',
    tickColor: '#555555',
    gridColor: '#e3e3e3',
  },
  legend: {
    labelFont: FONT,
    titleFont: FONT,
    labelFontSize: 11,
    titleFontSize: 11,
    orient: 'bottom',
    direction: 'horizontal',
    symbolStrokeColor: INK,
    labelColor: INK,
    titleColor: INK,
  },
  header: { labelFont: FONT, titleFont: FONT, labelFontSize: 11, labelFontWeight: 'bold', labelColor: INK },
  text: { font: FONT, fontSize: 10, color: INK },
  title: { font: FONT, fontSize: 12, color: INK },
} as const;
