import { describe, expect, it } from 'vitest';
import { exampleBooksMarkdown } from '../../../../test/fixtures/books/example.js';
import { markdownPieces, parseMarkdownPieces, parseMarkdownWhole } from '../markdown.js';
import { mdastToDoc } from './index.js';

describe('mapping the Markdown piece by piece', () => {
  it('gives the document, diagnostics and slots of the whole tree for the four books of the example, cut at every heading and directive', async () => {
    for (const { template, markdown } of await exampleBooksMarkdown(true)) {
      // Not vacuous: the book is cut in many pieces.
      expect(markdownPieces(markdown, 1).length, template).toBeGreaterThan(5);
      const options = { source: markdown, file: 'templates/buku.hbs', assets: {} };
      const pieces = mdastToDoc(parseMarkdownPieces(markdown, 1), options);
      const whole = mdastToDoc(parseMarkdownWhole(markdown), options);
      expect(pieces, template).toStrictEqual(whole);
      expect(whole.doc.children.length).toBeGreaterThan(10);
    }
  });
});
