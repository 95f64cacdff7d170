/**
 * `masterplan build [dir]`: the books (DOCX, and Markdown or PDF on request) and the workbook (XLSX).
 * Everything is rendered in memory first; only then are files written, each atomically, so a failed
 * build leaves earlier outputs untouched.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { analyse, type Analysis } from '../../pipeline/analyse.js';
import { countSeverities, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { FORMATTERS } from '../../diagnostics/format/index.js';
import type { Lang } from '../../diagnostics/spec.js';
import { buildDate, type Env } from '../../env.js';
import { UserError } from '../../errors.js';
import { loadAndValidate } from '../../pipeline/check.js';
import { booksAt, evaluateStage, missingDiagnostics, stagesOf } from '../../status/index.js';
import { logger, parseStage, resolveLang, useColor, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { version } from '../version.js';

export interface BuildOptions extends GlobalOptions {
  out?: string;
  stage?: string;
  book?: string;
  format?: string;
  draft?: boolean;
  watch?: boolean;
}

const FORMATS = ['docx', 'xlsx', 'pdf', 'md'] as const;
type OutputFormat = (typeof FORMATS)[number];

/** Seed of the sensitivity analysis printed in the books, fixed so identical input gives identical books. */
export const BOOK_SENSITIVITY_SEED = 1;

interface Plan {
  /** Charts drawn so far, by spec: shared by the books of a build and kept between --watch runs. */
  readonly charts: Map<string, import('../../doc/ast.js').ImageData>;
  /**
   * The books of the previous --watch run with the key of their inputs (view model, options, logo):
   * a book whose key did not change is not rendered again.
   */
  readonly previous: Map<number, { readonly key: string; readonly files: ReadonlyArray<{ path: string; bytes: Uint8Array }> }>;
  readonly root: string;
  readonly lang: Lang;
  readonly books: number[];
  readonly formats: Set<OutputFormat>;
  readonly stage?: number;
  readonly draft: boolean;
}

/**
 * Builds the outputs of a project (once, or again on every change with --watch).
 * @param dir project folder
 * @param opts command options
 * @param env the environment
 * @returns the exit code
 */
export async function buildCommand(dir: string, opts: BuildOptions, env: Env): Promise<number> {
  const plan = makePlan(dir, opts, env);
  if (!opts.watch) return buildOnce(plan, opts, env);
  const { watchCommand } = await import('../watch.js');
  return watchCommand(env, {
    root: plan.root,
    lang: plan.lang,
    ...(opts.quiet !== undefined ? { quiet: opts.quiet } : {}),
    // The outputs are made from the YAML files alone, so returned forms are not watched.
    inputs: ['masterplan.yaml', 'data', 'templates'],
    run: (changed) => {
      // A changed template can change any book; a changed data file only the books whose view model changes.
      if (changed.some((f) => f.startsWith('templates/'))) plan.previous.clear();
      return buildOnce(plan, opts, env);
    },
  });
}

function makePlan(dir: string, opts: BuildOptions, env: Env): Plan {
  const root = path.resolve(env.cwd, dir);
  const lang = resolveLang(opts.lang, root);
  const stage = opts.stage === undefined ? undefined : parseStage(opts.stage);
  const formats = new Set<OutputFormat>();
  for (const f of (opts.format ?? 'docx,xlsx').split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!(FORMATS as readonly string[]).includes(f)) throw new UserError(`--format: "${f}" (${FORMATS.join(', ')})`);
    formats.add(f as OutputFormat);
  }
  // PDF twins are converted from the DOCX files.
  if (formats.has('pdf')) formats.add('docx');
  let books: number[] = [1, 2, 3, 4];
  if (opts.book !== undefined) {
    books = [...new Set(opts.book.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
      const n = Number(s);
      if (![1, 2, 3, 4].includes(n)) throw new UserError(`--book: "${s}" (1, 2, 3, 4)`);
      return n;
    }))].sort();
  }
  return {
    charts: new Map(),
    previous: new Map(),
    root,
    lang,
    books,
    formats,
    ...(stage !== undefined ? { stage } : {}),
    draft: opts.draft === true || stage !== undefined,
  };
}

async function buildOnce(plan: Plan, opts: BuildOptions, env: Env): Promise<number> {
  const { lang } = plan;
  const log = logger(env, opts.quiet);
  const printDiagnostics = (list: readonly Diagnostic[]) => {
    if (list.length > 0) env.stderr(FORMATTERS.stylish(list, { lang, color: env.stderrIsTTY && useColor(env), files: new Set(list.map((d) => d.file)).size, version: version() }));
  };
  const started = performance.now();

  // 1. Load and validate.
  const checked = await loadAndValidate(plan.root, lang, { forms: false });
  if (!checked.loaded.hasConfig && checked.loaded.files.length === 0) {
    throw new UserError(lang === 'en' ? `${plan.root} is not a masterplan project (no masterplan.yaml).` : `${plan.root} bukan proyek masterplan (tidak ada masterplan.yaml).`);
  }
  if (countSeverities(checked.diagnostics).errors > 0) {
    printDiagnostics(checked.diagnostics.filter((d) => d.severity === 'error'));
    return EXIT.FINDINGS;
  }

  // 2. Model and ranking (with the sensitivity analysis the books print).
  const { analysis, diagnostics: scoreDiagnostics } = analyse(checked.project, lang, { sensitivity: { seed: BOOK_SENSITIVITY_SEED } });
  if (analysis === undefined) return EXIT.FINDINGS;
  const config = analysis.model.config;
  const stages = stagesOf(config);
  const books = plan.stage !== undefined && opts.book === undefined ? booksAt(stages, plan.stage) : plan.books;

  // 3. A final build refuses missing required data and an inconsistent scoring.
  if (!plan.draft) {
    const required = finalStage(stages, books);
    const selected = analysis.ranking.proposals.filter((p) => p.selected).length;
    const missing = missingDiagnostics(evaluateStage(analysis.model, stages, required, { selected }), analysis.model, lang);
    const blocking = [...missing, ...scoreDiagnostics.filter((d) => d.severity === 'error')];
    if (blocking.length > 0) {
      printDiagnostics(blocking);
      env.stderr(lang === 'en'
        ? `Final build refused: ${blocking.length} item(s) missing or wrong. Build a draft with --stage ${required} or --draft.\n`
        : `Buku final tidak dibuat: ${blocking.length} butir belum ada atau salah. Buat draf dengan --stage ${required} atau --draft.\n`);
      return EXIT.FINDINGS;
    }
  }

  // 4. Render everything in memory.
  const outDir = path.resolve(plan.root, opts.out !== undefined ? path.resolve(env.cwd, opts.out) : config.keluaran.folder);
  const files = await renderOutputs(plan, books, analysis, outDir, env, log);
  if (files === undefined) return EXIT.FINDINGS;

  // 5. Write: every output to a temporary file first, then all renamed into place.
  const { writeAllAtomic } = await import('../../write/atomic.js');
  await mkdir(outDir, { recursive: true });
  await writeAllAtomic(files.map((f) => ({ path: f.path, data: f.bytes })), { lang });

  // 6. PDF twins through LibreOffice.
  let code: number = EXIT.OK;
  if (plan.formats.has('pdf')) {
    const { convertToPdf } = await import('../../write/pdf.js');
    for (const f of files.filter((x) => x.path.endsWith('.docx'))) {
      const t = performance.now();
      const result = await convertToPdf(f.path, outDir);
      if (!result.ok) {
        env.stderr(`masterplan: ${result.message}\n`);
        code = EXIT.CANNOT_RUN;
        break;
      }
      log(`  ${path.basename(result.pdfPath)}  ${ms(t)}`);
    }
  }
  log(`${lang === 'en' ? 'Done in' : 'Selesai dalam'} ${ms(started)} → ${path.relative(env.cwd, outDir) || '.'}`);
  return code;
}

/** The stage whose requirements a final build of these books must meet: the latest first-due stage. */
function finalStage(stages: ReturnType<typeof stagesOf>, books: readonly number[]): number {
  let stage = 1;
  for (const b of books) {
    const first = stages.find((s) => s.buku.includes(b))?.tahap ?? 4;
    stage = Math.max(stage, first);
  }
  return stage;
}

async function renderOutputs(
  plan: Plan,
  books: readonly number[],
  analysis: Analysis,
  outDir: string,
  env: Env,
  log: (line: string) => void,
): Promise<Array<{ path: string; bytes: Uint8Array }> | undefined> {
  const { lang } = plan;
  const date = buildDate(env.vars);
  // A long --watch session keeps only a bounded number of drawn charts.
  if (plan.charts.size > 64) plan.charts.clear();
  const out: Array<{ path: string; bytes: Uint8Array }> = [];
  const wantsBooks = plan.formats.has('docx') || plan.formats.has('md');
  if (wantsBooks && books.length > 0) {
    const { BOOKS, composeBook } = await import('../../report/books.js');
    const { buildViewModel } = await import('../../report/view-model/index.js');
    const { writeDocx } = await import('../../write/docx/index.js');
    const logoPath = analysis.model.config.daerah.logo;
    const logoBytes = logoPath !== undefined ? new Uint8Array(await readFile(path.resolve(plan.root, logoPath))) : undefined;
    const logo = logoBytes !== undefined ? await (await import('../../report/logo.js')).logoImage(logoBytes) : undefined;
    const logoHash = logoBytes !== undefined ? createHash('sha256').update(logoBytes).digest('hex') : '';
    for (const no of books) {
      const t = performance.now();
      const info = BOOKS.find((b) => b.no === no);
      if (info === undefined) continue;
      const vm = buildViewModel(analysis.model, analysis.ranking, info.no, {
        draft: plan.draft,
        ...(plan.stage !== undefined ? { stage: plan.stage as 1 | 2 | 3 | 4 } : {}),
        buildDate: date,
        logo: logo !== undefined,
      });
      const key = JSON.stringify([vm, [...plan.formats].sort(), analysis.model.config.keluaran.kertas, plan.draft, plan.stage ?? null, date.toISOString(), outDir, logoHash]);
      const previous = plan.previous.get(no);
      if (previous !== undefined && previous.key === key) {
        out.push(...previous.files);
        log(`  ${info.file}  ${lang === 'en' ? 'unchanged' : 'tidak berubah'}`);
        continue;
      }
      const result = await composeBook(info.no, vm, {
        lang,
        ...(logo !== undefined ? { logo } : {}),
        projectTemplatesDir: path.join(plan.root, 'templates'),
        chartCache: plan.charts,
      });
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (result.diagnostics.length > 0) {
        env.stderr(FORMATTERS.stylish(result.diagnostics, { lang, color: false, files: new Set(result.diagnostics.map((d) => d.file)).size, version: version() }));
      }
      if (result.doc === undefined || errors.length > 0) return undefined;
      const bookFiles: Array<{ path: string; bytes: Uint8Array }> = [];
      if (plan.formats.has('md') && result.markdown !== undefined) {
        bookFiles.push({ path: path.join(outDir, info.file.replace(/\.docx$/, '.md')), bytes: new TextEncoder().encode(result.markdown) });
      }
      if (plan.formats.has('docx')) {
        // PDF twins show the pre-filled contents as they are (LibreOffice does not update fields), so their
        // page numbers come from laying the pages out; otherwise a fast estimate that Word refreshes.
        const bytes = await writeDocx(result.doc, {
          paper: analysis.model.config.keluaran.kertas,
          draft: plan.draft,
          date,
          pageNumbers: plan.formats.has('pdf') ? 'layout' : 'estimate',
        });
        bookFiles.push({ path: path.join(outDir, info.file), bytes });
      }
      plan.previous.set(no, { key, files: bookFiles });
      out.push(...bookFiles);
      log(`  ${info.file}  ${ms(t)}`);
    }
  }
  if (plan.formats.has('xlsx')) {
    const t = performance.now();
    const { writeWorkbook } = await import('../../write/xlsx/index.js');
    const bytes = await writeWorkbook(analysis.model, analysis.ranking, { date, projectRoot: plan.root });
    out.push({ path: path.join(outDir, 'masterplan.xlsx'), bytes });
    log(`  masterplan.xlsx  ${ms(t)}`);
  }
  return out;
}

function ms(since: number): string {
  const d = performance.now() - since;
  return d >= 1000 ? `${(d / 1000).toFixed(1)} s` : `${Math.round(d)} ms`;
}
