/** The fixture book of the document engine, rendered from its templates and view model, and written as DOCX. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../../src/doc/ast.js';
import { renderTemplate, type RenderResult } from '../../src/report/render.js';
import { writeDocx, type DocxOptions } from '../../src/write/docx/index.js';
import { barChartPng, barChartSvg } from './png.js';

const fixtureDir = fileURLToPath(new URL('../fixtures/doc-engine/', import.meta.url));

/** The fixture's view model. */
export function fixtureViewModel(): unknown {
  return JSON.parse(readFileSync(`${fixtureDir}view-model.json`, 'utf8')) as unknown;
}

/**
 * Renders the fixture book.
 * @returns the render result (doc, markdown, diagnostics)
 */
export function renderFixture(): RenderResult {
  const png = barChartPng();
  return renderTemplate('buku-uji', fixtureViewModel(), {
    builtinTemplatesDir: `${fixtureDir}templates`,
    assets: {
      logo: { png: barChartPng(200, 200), width: 200, height: 200 },
      kesiapan: { png, svg: barChartSvg(), width: 480, height: 270 },
    },
  });
}

/**
 * The fixture book as a document.
 * @returns the document
 */
export function fixtureDoc(): Doc {
  const { doc, diagnostics } = renderFixture();
  if (doc === undefined) throw new Error(`fixture did not render: ${JSON.stringify(diagnostics)}`);
  return doc;
}

/**
 * The fixture book as DOCX: draft, A4, fixed date unless given.
 * @param options writer options
 * @returns DOCX bytes
 */
export function fixtureDocx(options: DocxOptions = {}): Promise<Uint8Array> {
  return writeDocx(fixtureDoc(), { draft: true, date: new Date(Date.UTC(2025, 5, 21)), ...options });
}
