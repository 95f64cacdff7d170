/**
 * A final book never prints that something is missing (docs/stages.md): no "belum ada", "belum
 * ditetapkan", "belum diserahkan", "belum dirumuskan" or any other "belum …" of its own wording, and
 * no placeholder. Checked on every final book of the example and of the minimal project, whose many
 * absent optional parts must be left out. What the project's own data says is the Tim's text and
 * is taken out before the check.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnosticMessage } from '../cli/format/diagnostics/message.js';
import type { Doc } from '../doc/ast.js';
import { walk } from '../doc/walk.js';
import { loadAndValidate } from '../pipeline/check.js';
import { docLines, EXAMPLE, loadAnalysis } from '../../test/fixtures/books/example.js';
import { MINIMAL, writeFiles } from '../../test/support/project.js';
import { BOOKS, composeBook } from './books.js';
import { buildViewModel } from './view-model/index.js';

/** What a final book must not say in its own words. */
const MISSING = /\bbelum\b|\btidak tersedia\b|\bsedang disusun\b/i;

/** Every string of a value, recursively. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v !== null && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

/** The book's text with every text of the project's data taken out (as written, and as a phrase in running text). */
async function ownWording(root: string, doc: Doc): Promise<string> {
  const { project } = await loadAndValidate(root);
  const data = [...new Set(project.files.flatMap((f) => strings(f.data)))]
    .map((s) => s.trim())
    .filter((s) => s.length >= 3)
    .flatMap((s) => {
      const phrase = s.replace(/[.]+$/, '');
      return [s, phrase, phrase.charAt(0).toLowerCase() + phrase.slice(1)];
    })
    .sort((a, b) => b.length - a.length);
  let text = docLines(doc).join('\n');
  for (const s of data) text = text.split(s).join(' ');
  return text;
}

async function finalBooks(root: string): Promise<Array<{ file: string; doc: Doc }>> {
  const a = await loadAnalysis(root);
  const out: Array<{ file: string; doc: Doc }> = [];
  for (const info of BOOKS) {
    const composed = await composeBook(info.no, buildViewModel(a.model, a.ranking, info.no, { draft: false, buildDate: new Date(Date.UTC(2025, 0, 1)) }));
    if (composed.doc === undefined) throw new Error(composed.diagnostics.map((d) => diagnosticMessage(d, 'id')).join('\n'));
    out.push({ file: info.file, doc: composed.doc });
  }
  return out;
}

let minimal = '';

beforeAll(async () => {
  minimal = await mkdtemp(path.join(os.tmpdir(), 'masterplan-minimal-'));
  await writeFiles(minimal, MINIMAL);
});

afterAll(async () => {
  if (minimal !== '') await rm(minimal, { recursive: true, force: true });
});

describe('final books never say that something is missing', () => {
  it.each([
    ['the example', () => EXAMPLE],
    ['the minimal project', () => minimal],
  ])('%s', async (_name, rootOf) => {
    const root = rootOf();
    for (const { file, doc } of await finalBooks(root)) {
      const placeholders: string[] = [];
      walk(doc, (n) => {
        if (n.type === 'placeholder') placeholders.push(n.what);
      });
      expect(placeholders, file).toEqual([]);
      const own = await ownWording(root, doc);
      const found = own.split('\n').filter((line) => MISSING.test(line));
      expect(found, file).toEqual([]);
    }
  });

  it('the check finds such wording where a book has it (a draft of the minimal project)', async () => {
    const a = await loadAnalysis(minimal);
    const composed = await composeBook(2, buildViewModel(a.model, a.ranking, 2, { draft: true, buildDate: new Date(Date.UTC(2025, 0, 1)) }));
    const doc = composed.doc as Doc;
    expect((await ownWording(minimal, doc)).split('\n').some((line) => MISSING.test(line))).toBe(true);
  });
});
