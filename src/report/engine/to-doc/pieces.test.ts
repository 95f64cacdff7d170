import { describe, expect, it } from 'vitest';
import { loadAnalysis } from '../../../../test/fixtures/books/example.js';
import { BOOKS } from '../../books.js';
import { buildViewModel } from '../../view-model/index.js';
import { runTemplates } from '../handlebars.js';
import { markdownPieces, parseMarkdownPieces, parseMarkdownWhole } from '../markdown.js';
import { loadTemplateSet } from '../templates.js';
import { mdastToDoc } from './index.js';

describe('mapping the Markdown piece by piece', () => {
  it('gives the document, diagnostics and slots of the whole tree for the four books of the example, cut at every heading and directive', async () => {
    const analysis = await loadAnalysis();
    for (const book of BOOKS) {
      const vm = buildViewModel(analysis.model, analysis.ranking, book.no, { draft: true, buildDate: new Date(Date.UTC(2022, 8, 14)), logo: false });
      const found = loadTemplateSet(book.template, {});
      if ('searched' in found) throw new Error(`no template ${book.template}`);
      const markdown = runTemplates(found.set, vm).markdown ?? '';
      // Not vacuous: the book is cut in many pieces.
      expect(markdownPieces(markdown, 1).length, book.template).toBeGreaterThan(5);
      const options = { source: markdown, file: 'templates/buku.hbs', assets: {} };
      const pieces = mdastToDoc(parseMarkdownPieces(markdown, 1), options);
      const whole = mdastToDoc(parseMarkdownWhole(markdown), options);
      expect(pieces, book.template).toStrictEqual(whole);
      expect(whole.doc.children.length).toBeGreaterThan(10);
    }
  });
});
