/** The report stage: book templates rendered into the document model, and Indonesian formatting. */
export { renderTemplate, type RenderOptions, type RenderResult } from './render.js';
export type { Assets } from './engine/to-doc/index.js';
export { escapeAttribute, escapeMarkdown } from './engine/escape.js';
export { builtinTemplatesDir } from './engine/templates.js';
export { angka, bulan, persen, romawi, rupiah, tanggal, terbilang } from './format/index.js';
