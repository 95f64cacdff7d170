/** Writing a few blocks as DOCX and reading back the XML they became, for the handler tests. */
import type { Block } from '../../src/doc/ast.js';
import { writeDocx, type DocxOptions } from '../../src/write/docx/index.js';
import { docxParts } from './unzip-docx.js';

/**
 * The raw XML of `<w:body>` of a document made of the given blocks (final section properties removed).
 * @param blocks the blocks
 * @param options writer options (page numbers off unless asked)
 * @returns the body XML, one line
 */
export async function bodyOf(blocks: readonly Block[], options: DocxOptions = {}): Promise<string> {
  const parts = await partsOf(blocks, options);
  const document = parts['word/document.xml'] ?? '';
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(document)?.[1] ?? '';
  return body.replace(/<w:sectPr>(?:(?!<w:sectPr>)[\s\S])*<\/w:sectPr>$/, '');
}

/**
 * All XML parts of a document made of the given blocks.
 * @param blocks the blocks
 * @param options writer options
 * @returns part text by name
 */
export async function partsOf(blocks: readonly Block[], options: DocxOptions = {}): Promise<Record<string, string>> {
  const bytes = await writeDocx({ type: 'doc', title: 'Buku Uji', children: blocks }, { pageNumbers: false, ...options });
  return docxParts(bytes);
}
