/**
 * The build: check → model → score → the final-build gate → books and workbook rendered in memory →
 * every file written as one step → PDF twins. One function for a single build and for every run of
 * `build --watch`; it never prints, it reports progress as events and returns what happened.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImageData } from '../doc/ast.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CatatanPerubahanVM } from '../report/perubahan/index.js';
import { arahDiagnostics, booksAt, defaultStage, evaluateStage, missingDiagnostics, stagesOf } from '../status/index.js';
import type { BookNaskah } from '../report/naskah/index.js';
import { projectKeptFolder, removeUnusedKept } from '../kept.js';
import { folderProblem, makeFolder, type FolderProblem } from '../write/folder.js';
import type { PdfFailure } from '../write/pdf.js';
import type { PdfBook } from './pdf.js';
import { checkAndAnalyse, type Analysis } from './analyse.js';
import type { SinceSpec } from './diff.js';
import type { BookJob, BookWorker, RenderedBookOutput } from './render-book.js';
import { keepSnapshot, type SnapshotKept } from './snapshot.js';

/** The output formats of a build. */
export const BUILD_FORMATS = ['docx', 'xlsx', 'pdf', 'md'] as const;
export type BuildFormat = (typeof BUILD_FORMATS)[number];

/** Seed of the sensitivity analysis printed in the books, fixed so identical input gives identical books. */
export const BOOK_SENSITIVITY_SEED = 1;

/** The inputs of a build, relative to the project: the outputs come from the YAML files and templates alone, not from forms/. */
export const BUILD_INPUTS: readonly string[] = ['masterplan.yaml', 'data', 'naskah', 'templates'];

/** What to build. */
export interface BuildRequest {
  /** Project folder (absolute). */
  readonly root: string;
  /** The formats asked for; a PDF twin needs the DOCX, so `pdf` implies `docx`. */
  readonly formats: ReadonlySet<BuildFormat>;
  /** Only these books (1–4); by default the books due at `stage`, or all four. */
  readonly books?: readonly number[];
  /**
   * The bimtek stage the build prepares for; such a build is a draft. `next` is the stage of the
   * next bimtek on or after `today` (else 4), the one `status` shows by default.
   */
  readonly stage?: number | 'next';
  /** The time now: `stage: 'next'` is reckoned from it, and a snapshot is taken at it. */
  readonly today: Date;
  /** A draft: missing data becomes visible placeholders and nothing is refused. */
  readonly draft: boolean;
  /** Output folder (absolute); by default `keluaran.folder` of the project. */
  readonly out?: string;
  /** The date stamped into the outputs. */
  readonly date: Date;
  /** Add the *Catatan Perubahan* since this version as an appendix to the draft books. */
  readonly changesSince?: SinceSpec;
  /** Add it to final books too (a final book has none unless asked). */
  readonly changesInFinal?: boolean;
  /** Whether a successful build keeps a snapshot of the data, taken at `today`, for a later `diff`. */
  readonly snapshot?: boolean;
  /** PDF twins as PDF/A-2b, for the archive copy. */
  readonly pdfA?: boolean;
}

/** A book as rendered by one run: the key of its inputs and its files. */
interface RenderedBook {
  readonly key: string;
  readonly files: ReadonlyArray<OutputFile>;
}

interface OutputFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/**
 * What one build keeps for the next in the same process (`build --watch`): the charts drawn so far,
 * and the books of the last run with the key of their inputs (view model, options, logo). A book
 * whose key did not change keeps its bytes and is not rendered again.
 */
export interface BuildSession {
  readonly charts: Map<string, ImageData>;
  readonly books: Map<number, RenderedBook>;
}

/**
 * A session with nothing drawn or rendered yet.
 * @returns an empty session
 */
export function buildSession(): BuildSession {
  return { charts: new Map(), books: new Map() };
}

/** Progress of a build, in the order it happens. */
export type BuildEvent =
  /** A book or the workbook was rendered; `ms` is how long it took. */
  | { readonly type: 'rendered'; readonly file: string; readonly ms: number }
  /** A book's inputs did not change since the last run: its bytes are kept. */
  | { readonly type: 'unchanged'; readonly file: string }
  /** The diagnostics of a book's template or of the workbook's layout templates (warnings, or the errors that stop the build). */
  | { readonly type: 'diagnostics'; readonly file: string; readonly diagnostics: readonly Diagnostic[] }
  /** A PDF twin was converted, in `passes` renderings (its lists show the pages read back from the last one). */
  | { readonly type: 'converted'; readonly file: string; readonly ms: number; readonly passes: number };

/** How a build ended. */
export type BuildResult =
  /** The folder has neither masterplan.yaml nor data files. */
  | { readonly kind: 'not-a-project' }
  /** The project has errors; nothing was built. */
  | { readonly kind: 'invalid'; readonly errors: readonly Diagnostic[] }
  /** There is no valid masterplan.yaml to model. */
  | { readonly kind: 'no-model' }
  /** A final build refused: required data is missing or the scoring is inconsistent. */
  | { readonly kind: 'refused'; readonly blocking: readonly Diagnostic[]; readonly stage: number }
  /** The output folder is a file, or lies below one; nothing was rendered or written. */
  | { readonly kind: 'unusable-output'; readonly problem: FolderProblem }
  /** A book's template or a workbook layout template failed (its diagnostics were reported); nothing was written. */
  | { readonly kind: 'render-failed'; readonly file: string }
  /**
   * The outputs were written, except those in `locked`: files another program holds open (a book
   * open in Word), which keep their previous content. `stage` is the stage built for, when one was
   * asked for; `pdfError` when converting a PDF twin failed; `changes` whether the change notes
   * were added, or left out of final books; `snapshot` what became of the snapshot of the data.
   */
  | {
    readonly kind: 'built';
    readonly outDir: string;
    readonly files: readonly string[];
    readonly locked: readonly string[];
    readonly stage?: number;
    readonly pdfError?: PdfFailure;
    readonly changes?: 'added' | 'final-skipped';
    readonly snapshot?: SnapshotKept;
  };

/** How to run a build. */
export interface BuildRun {
  /** Kept between the runs of `build --watch`; a fresh one by default. */
  readonly session?: BuildSession;
  /** The project files changed since the last run, relative to the project (watch mode). */
  readonly changed?: readonly string[];
  /** Receives the progress. */
  readonly onProgress?: (event: BuildEvent) => void;
}

/**
 * Builds the outputs of a project. Everything is rendered in memory first; only then are the files
 * written, all as one step, so a failed build leaves earlier outputs untouched.
 * @param request what to build
 * @param run the session kept between watch runs, the changed files, and the progress callback
 * @returns how the build ended
 */
export async function build(request: BuildRequest, run: BuildRun = {}): Promise<BuildResult> {
  const session = run.session ?? buildSession();
  // A changed template can change any book; a changed data file only the books whose view model changes.
  if (run.changed?.some((f) => f.startsWith('templates/'))) session.books.clear();
  // PDF twins are converted from the DOCX files.
  const formats = new Set(request.formats);
  if (formats.has('pdf')) formats.add('docx');
  const draft = request.draft || request.stage !== undefined;

  // A single build may share the books with a second core (build --watch keeps one thread and its
  // chart cache; PDF twins need the document models here). The worker is started now, so that
  // loading the renderer there overlaps the check here; a build that stops before rendering stops it.
  const wantsBooks = (formats.has('docx') || formats.has('md')) && (request.books === undefined || request.books.length > 1);
  const worker = run.session === undefined && wantsBooks && !formats.has('pdf') ? await parallelWorker(formats.has('docx')) : undefined;
  try {
    return await buildWith(request, run, session, formats, draft, worker);
  } finally {
    // Its books are all answered by now (or no longer wanted).
    await worker?.stop();
  }
}

/** A worker thread for books when there is a second core and the code runs bundled. */
async function parallelWorker(docx: boolean): Promise<BookWorker | undefined> {
  const { canRenderInParallel, startBookWorker } = await import('./render-book.js');
  return canRenderInParallel() ? startBookWorker({ docx }) : undefined;
}

/** The build itself, given the book worker started for it (if any). */
async function buildWith(
  request: BuildRequest,
  run: BuildRun,
  session: BuildSession,
  formats: Set<BuildFormat>,
  draft: boolean,
  worker: BookWorker | undefined,
): Promise<BuildResult> {
  const progress = run.onProgress ?? (() => undefined);
  // 1. Check, model and rank (with the sensitivity analysis the books print).
  const analysed = await checkAndAnalyse(request.root, { sensitivity: { seed: BOOK_SENSITIVITY_SEED } });
  if (!analysed.isProject) return { kind: 'not-a-project' };
  if (analysed.errors.length > 0) return { kind: 'invalid', errors: analysed.errors };
  const { analysis } = analysed;
  if (analysis === undefined) return { kind: 'no-model' };
  const config = analysis.model.config;
  const stages = stagesOf(config);
  const stage = request.stage === 'next' ? defaultStage(config, request.today) : request.stage;
  const books = request.books ?? (stage !== undefined ? booksAt(stages, stage) : [1, 2, 3, 4]);

  // 2. A final build refuses missing required data and an inconsistent scoring.
  if (!draft) {
    const required = finalStage(stages, books);
    const selected = analysis.ranking.quickwins.filter((p) => p.selected).length;
    // The authored text counts for the books being built only.
    const missing = missingDiagnostics(evaluateStage(analysis.model, stages, required, { selected, books }), analysis.model);
    const blocking = [...missing, ...analysed.diagnostics.filter((d) => d.severity === 'error')];
    if (blocking.length > 0) return { kind: 'refused', blocking, stage: required };
    // The books that print the elements' directions leave out those the Tim has not written (docs/stages.md).
    const arah = books.some((b) => b === 2 || b === 4) ? arahDiagnostics(analysis.model) : [];
    if (arah.length > 0) progress({ type: 'diagnostics', file: 'data/strategi', diagnostics: arah });
  }

  // 3. The output folder must be usable before anything is computed or rendered for it.
  const outDir = path.resolve(request.root, request.out ?? config.keluaran.folder);
  const unusable = await folderProblem(outDir);
  if (unusable !== undefined) return { kind: 'unusable-output', problem: unusable };

  // 4. The change notes for the appendix: in draft books, in final ones only when asked.
  let perubahan: CatatanPerubahanVM | undefined;
  let changes: 'added' | 'final-skipped' | undefined;
  if (request.changesSince !== undefined) {
    if (draft || request.changesInFinal === true) {
      const { compareWith } = await import('./diff.js');
      const report = await compareWith(analysed, { root: request.root, since: request.changesSince, ...(stage !== undefined ? { stage } : {}), today: request.today });
      if (report.diagnostics.length > 0) progress({ type: 'diagnostics', file: 'masterplan.yaml', diagnostics: report.diagnostics });
      perubahan = report.words;
      changes = 'added';
    } else changes = 'final-skipped';
  }

  // 5. Render everything in memory.
  // A draft shows a placeholder for each slot of authored text due by its stage (or, without one, by the books' stage).
  const naskahStage = stage ?? finalStage(stages, books);
  const plan: Plan = { ...request, stage, formats, draft, books, outDir, naskahStage, ...(perubahan !== undefined ? { perubahan } : {}) };
  // Only build --watch keeps what this run rendered for the next one.
  const rendered = await renderOutputs(plan, analysis, session, progress, run.session !== undefined, worker);
  if ('failed' in rendered) return { kind: 'render-failed', file: rendered.failed };
  const { files, pdfError } = rendered;

  // 6. Write: every output to a temporary file first, then all renamed into place.
  //    A file another program holds open keeps its previous content; the others are still replaced.
  const { writeAllAtomic } = await import('../write/atomic.js');
  await makeFolder(outDir);
  const { locked } = await writeAllAtomic(files.map((f) => ({ path: f.path, data: f.bytes })));
  const written = files.filter((f) => !locked.includes(f.path));

  // 7. A snapshot of the data built, for a later `diff` (never inside the output folder).
  const snapshot = request.snapshot === true ? await keepSnapshot(request.root, outDir, analysed.checked.loaded.files, request.today) : undefined;
  return {
    kind: 'built',
    outDir,
    files: written.map((f) => f.path),
    locked,
    ...(stage !== undefined ? { stage } : {}),
    ...(pdfError !== undefined ? { pdfError } : {}),
    ...(changes !== undefined ? { changes } : {}),
    ...(snapshot !== undefined ? { snapshot } : {}),
  };
}

/** The request with everything decided: stage, formats, draft, books, output folder and the change notes. */
interface Plan extends Omit<BuildRequest, 'stage'> {
  /** The stage built for (`next` resolved), if any. */
  readonly stage: number | undefined;
  readonly formats: ReadonlySet<BuildFormat>;
  readonly books: readonly number[];
  readonly outDir: string;
  readonly perubahan?: CatatanPerubahanVM;
  /** The stage whose slots of authored text a draft marks as missing. */
  readonly naskahStage: number;
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

/** Renders the books (unless unchanged since the last run) and the workbook, in memory. */
async function renderOutputs(
  plan: Plan,
  analysis: Analysis,
  session: BuildSession,
  progress: (event: BuildEvent) => void,
  keep: boolean,
  worker: BookWorker | undefined,
): Promise<{ files: OutputFile[]; pdfError?: PdfFailure } | { failed: string }> {
  const { date, outDir } = plan;
  /** Books waiting for their PDF twins, rendered together once every book is composed. */
  const forPdf: { no: number; key: string; files: OutputFile[]; book: PdfBook }[] = [];
  // A long --watch session keeps only a bounded number of drawn charts.
  if (session.charts.size > 64) session.charts.clear();
  const out: OutputFile[] = [];
  /** The workbook, rendered on this thread once its books are done (the worker's may still be rendering). */
  let workbook: Promise<RenderedWorkbook | undefined> | undefined;
  const startWorkbook = () => (plan.formats.has('xlsx') ? renderWorkbook(plan, analysis) : undefined);
  const wantsBooks = plan.formats.has('docx') || plan.formats.has('md');
  if (wantsBooks && plan.books.length > 0) {
    const { BOOKS } = await import('../report/books.js');
    const { buildViewModel } = await import('../report/view-model/index.js');
    const { bookNaskah, naskahRender } = await import('../report/naskah/index.js');
    const { renderBooks } = await import('./render-book.js');
    const logoPath = analysis.model.config.daerah.logo;
    const logoBytes = logoPath !== undefined ? new Uint8Array(await readFile(path.resolve(plan.root, logoPath))) : undefined;
    const logo = logoBytes !== undefined ? await (await import('../report/logo.js')).logoImage(logoBytes) : undefined;
    const logoHash = logoBytes !== undefined ? createHash('sha256').update(logoBytes).digest('hex') : '';
    const options = { paper: analysis.model.config.keluaran.kertas, draft: plan.draft, date } as const;
    // What earlier runs parsed and drew for this project, kept between runs.
    const keptFolder = projectKeptFolder(path.resolve(plan.root));
    // The books to render, in order; in build --watch a book whose inputs did not change keeps its files.
    const todo: Array<{ info: (typeof BOOKS)[number]; shown: string; key: string; job: BookJob } | { shown: string; kept: RenderedBook }> = [];
    for (const no of plan.books) {
      const info = BOOKS.find((b) => b.no === no);
      if (info === undefined) continue;
      // The file progress names: the DOCX, or the Markdown when that is all that is asked for.
      const shown = plan.formats.has('docx') ? info.file : info.file.replace(/\.docx$/, '.md');
      const vm = {
        ...buildViewModel(analysis.model, analysis.ranking, info.no, {
          draft: plan.draft,
          ...(plan.stage !== undefined ? { stage: plan.stage as 1 | 2 | 3 | 4 } : {}),
          buildDate: date,
          logo: logo !== undefined,
        }),
        ...(plan.perubahan !== undefined ? { perubahan: plan.perubahan } : {}),
      };
      const naskah = bookNaskah(analysis.model, info.no, { draft: plan.draft, stage: plan.naskahStage });
      // Only a session that outlives this run (build --watch) needs the key of the book's inputs.
      const key = keep
        ? JSON.stringify([vm, naskahKey(naskah), [...plan.formats].sort(), analysis.model.config.keluaran.kertas, plan.draft, plan.stage ?? null, date.toISOString(), outDir, logoHash, plan.pdfA === true])
        : '';
      const previous = session.books.get(no);
      if (keep && previous?.key === key) {
        todo.push({ shown, kept: previous });
        continue;
      }
      todo.push({
        info,
        shown,
        key,
        job: {
          no: info.no,
          vm,
          naskah: await naskahRender(analysis.model, naskah),
          ...(logo !== undefined ? { logo } : {}),
          projectTemplatesDir: path.join(plan.root, 'templates'),
          ...(keptFolder !== undefined ? { kept: keptFolder } : {}),
          markdown: plan.formats.has('md'),
          // PDF twins show the pre-filled lists as they are (LibreOffice does not update fields): their
          // pages are read back from the rendering, below, and the DOCX gets the same; so the document
          // model comes back. Otherwise the DOCX, with a fast estimate of the pages that Word refreshes
          // when it updates the fields.
          ...(plan.formats.has('pdf') ? { doc: true } : plan.formats.has('docx') ? { docx: options } : {}),
        },
      });
    }
    const jobs = todo.flatMap((t) => ('job' in t ? [t.job] : []));
    // The workbook is rendered on this thread once its own books are done (the worker's may still be rendering).
    const { answers, next, stop } = renderBooks(jobs, session.charts, { ...(worker !== undefined ? { worker } : {}), workbook: plan.formats.has('xlsx'), next: startWorkbook });
    workbook = next;
    // Awaited below, unless a book fails first.
    workbook.catch(() => undefined);
    const answerOf = new Map(jobs.map((j, i) => [j, answers[i] as Promise<RenderedBookOutput>] as const));
    for (const t of todo) {
      if ('kept' in t) {
        out.push(...t.kept.files);
        progress({ type: 'unchanged', file: t.shown });
        continue;
      }
      const { info, shown, key, job } = t;
      const result = await (answerOf.get(job) as Promise<RenderedBookOutput>);
      if (result.diagnostics.length > 0) progress({ type: 'diagnostics', file: info.file, diagnostics: result.diagnostics });
      if (result.failed) {
        await stop();
        return { failed: info.file };
      }
      const bookFiles: OutputFile[] = [];
      if (result.markdown !== undefined) {
        bookFiles.push({ path: path.join(outDir, info.file.replace(/\.docx$/, '.md')), bytes: new TextEncoder().encode(result.markdown) });
      }
      if (result.doc !== undefined) {
        forPdf.push({ no: info.no, key, files: bookFiles, book: { file: info.file, doc: result.doc, options } });
        progress({ type: 'rendered', file: info.file, ms: result.ms });
        continue;
      }
      if (result.docx !== undefined) bookFiles.push({ path: path.join(outDir, info.file), bytes: result.docx });
      if (keep) session.books.set(info.no, { key, files: bookFiles });
      out.push(...bookFiles);
      progress({ type: 'rendered', file: shown, ms: result.ms });
    }
    if (keptFolder !== undefined) removeUnusedKept(keptFolder);
  }
  workbook ??= startWorkbook();
  const pdfError = forPdf.length > 0 ? await renderPdfs(forPdf, plan, progress) : undefined;
  for (const b of forPdf) {
    if (keep) session.books.set(b.no, { key: b.key, files: b.files });
    out.push(...b.files);
  }
  const result = await workbook;
  if (result !== undefined) {
    if (result.diagnostics.length > 0) progress({ type: 'diagnostics', file: 'masterplan.xlsx', diagnostics: result.diagnostics });
    if (result.bytes === undefined) return { failed: 'masterplan.xlsx' };
    out.push({ path: path.join(outDir, 'masterplan.xlsx'), bytes: result.bytes });
    progress({ type: 'rendered', file: 'masterplan.xlsx', ms: result.ms });
  }
  return { files: out, ...(pdfError !== undefined ? { pdfError } : {}) };
}

/** The workbook rendered: its bytes unless its layout templates failed, and their diagnostics. */
interface RenderedWorkbook {
  readonly bytes?: Uint8Array;
  readonly diagnostics: readonly Diagnostic[];
  readonly ms: number;
}

/** Renders the workbook in memory. */
async function renderWorkbook(plan: Plan, analysis: Analysis): Promise<RenderedWorkbook> {
  const t = performance.now();
  const { masterplanWorkbook } = await import('../report/workbook/index.js');
  const { writeXlsx } = await import('../write/xlsx/index.js');
  const result = await masterplanWorkbook(analysis.model, analysis.ranking, { date: plan.date, projectRoot: plan.root });
  if (result.workbook === undefined) return { diagnostics: result.diagnostics, ms: performance.now() - t };
  const bytes = await writeXlsx(result.workbook, { date: plan.date });
  return { bytes, diagnostics: result.diagnostics, ms: performance.now() - t };
}

/**
 * Renders the PDF twins of the books with exact page numbers, adding each book's DOCX and PDF to its
 * files. When LibreOffice is missing or fails, the books get their DOCX with estimated page numbers,
 * and the failure is returned (and such books are not kept for the next run of a watch).
 */
async function renderPdfs(
  books: { no: number; key: string; files: OutputFile[]; book: PdfBook }[],
  plan: Plan,
  progress: (event: BuildEvent) => void,
): Promise<PdfFailure | undefined> {
  const { renderExactPdfs } = await import('./pdf.js');
  const spent = new Map<string, number>();
  const result = await renderExactPdfs(
    books.map((b) => b.book),
    { archive: plan.pdfA === true },
    (files, ms) => files.forEach((f) => spent.set(f, (spent.get(f) ?? 0) + ms / files.length)),
  );
  const { writeDocx } = await import('../write/docx/index.js');
  for (const b of books) {
    const rendered = result.ok ? result.books.get(b.book.file) : undefined;
    const docx = rendered?.docx ?? (await writeDocx(b.book.doc, b.book.options));
    if (plan.formats.has('docx')) b.files.push({ path: path.join(plan.outDir, b.book.file), bytes: docx });
    if (rendered === undefined) {
      b.key = '';
      continue;
    }
    const pdfFile = b.book.file.replace(/\.docx$/, '.pdf');
    b.files.push({ path: path.join(plan.outDir, pdfFile), bytes: rendered.pdf });
    progress({ type: 'converted', file: pdfFile, ms: spent.get(b.book.file) ?? 0, passes: rendered.passes });
  }
  return result.ok ? undefined : result;
}

/** What a book's authored text depends on, for the key of its inputs: each slot's text, owner and images. */
function naskahKey(naskah: BookNaskah): unknown[] {
  const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
  return [...naskah].map(([id, c]) =>
    c.kind === 'authored' ? [id, c.text.file, c.text.penulis ?? null, c.text.body, [...c.text.images].map(([url, bytes]) => [url, digest(bytes)])] : [id, c.what, c.opd],
  );
}
