/** The four books (docs/stages.md) and their composition from a view model: charts, then the template rendered into the document model. */
import type { Doc, DocProperties, ImageData } from '../doc/ast.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Kept } from '../kept.js';
import { bookChartSpecs, renderBookCharts, type ChartCache } from './charts/index.js';
import type { NaskahRender } from './engine/to-doc/index.js';
import { renderTemplate } from './render.js';
import type { BookNo, BookViewModels, Stage } from './view-model/index.js';
import type { BukuUmumVM } from './view-model/umum.js';

/** One book: its number, title, output file, template and the bimtek stages it is due at. */
export interface BookInfo {
  readonly no: BookNo;
  /** "Analisis Strategis". */
  readonly title: string;
  /** File name in the output folder. */
  readonly file: string;
  /** Template name without `.hbs`. */
  readonly template: string;
  /** The stages at which the book is due, first one first (docs/stages.md). */
  readonly stages: readonly Stage[];
}

/** The four books, in order. */
export const BOOKS: readonly BookInfo[] = [
  { no: 1, title: 'Analisis Strategis', file: 'buku-1-analisis-strategis.docx', template: 'buku-1', stages: [1, 4] },
  { no: 2, title: 'Masterplan Smart City', file: 'buku-2-masterplan.docx', template: 'buku-2', stages: [2, 3, 4] },
  { no: 3, title: 'Ringkasan Eksekutif', file: 'buku-3-ringkasan-eksekutif.docx', template: 'buku-3', stages: [4] },
  { no: 4, title: 'Profil Quick Win', file: 'buku-4-profil-quick-win.docx', template: 'buku-4', stages: [3, 4] },
];

/** Options of {@link composeBook}: what the rendering needs besides the view model. */
export interface ComposeOptions {
  /** The region's logo for the covers; the view model must be built with `logo: true` when given. */
  readonly logo?: ImageData;
  /** The project's `templates/` folder, whose files override the built-ins by name. */
  readonly projectTemplatesDir?: string;
  /** The built-in templates folder (default: the package's). */
  readonly builtinTemplatesDir?: string;
  /** Pass the same (initially empty) map to every book of a build: charts they share are drawn once. */
  readonly chartCache?: ChartCache;
  /** The book's authored text (`naskahRender(model, bookNaskah(…))`); without it every slot prints its built-in wording. */
  readonly naskah?: NaskahRender;
  /**
   * Only the Markdown and the diagnostics are wanted: the charts are not drawn (the book is still
   * mapped, with the charts' keys, for its diagnostics and its authored text) and no document is returned.
   */
  readonly markdownOnly?: boolean;
  /** What earlier runs parsed and drew, kept between runs (src/kept.ts). */
  readonly kept?: Kept;
}

/** The result of {@link composeBook}. */
export interface ComposedBook {
  /** The document, unless the template could not be found, compiled or run, or only the Markdown was asked for. */
  readonly doc?: Doc;
  /** The Markdown the template produced. */
  readonly markdown?: string;
  readonly diagnostics: Diagnostic[];
}

/**
 * Composes one book from its view model (`buildViewModel`): renders its charts and its template.
 * Identical view models give identical books with the same templates and logo, which lets a rebuild
 * skip a book its change does not touch.
 * @param bookNo which book (1–4)
 * @param vm the book's view model; with a sensitivity analysis in the ranking, the books print it
 * @param options logo, template folders, chart cache
 * @returns the document, its Markdown and the diagnostics of the rendering
 */
export async function composeBook<N extends BookNo>(bookNo: N, vm: BookViewModels[N], options: ComposeOptions = {}): Promise<ComposedBook> {
  const info = BOOKS.find((b) => b.no === bookNo);
  if (info === undefined) throw new RangeError(`no book ${String(bookNo)}`);
  const charts = options.markdownOnly === true ? chartKeys(bookNo, vm) : await renderBookCharts(bookNo, vm, options.chartCache, options.kept);
  const assets = options.logo !== undefined ? { ...charts, logo: options.logo } : charts;
  const result = renderTemplate(info.template, vm, {
    assets,
    ...(options.naskah !== undefined ? { naskah: options.naskah } : {}),
    ...(options.kept !== undefined ? { kept: options.kept } : {}),
    ...(options.projectTemplatesDir !== undefined ? { projectTemplatesDir: options.projectTemplatesDir } : {}),
    ...(options.builtinTemplatesDir !== undefined ? { builtinTemplatesDir: options.builtinTemplatesDir } : {}),
  });
  if (options.markdownOnly === true) return { ...(result.markdown !== undefined ? { markdown: result.markdown } : {}), diagnostics: result.diagnostics };
  return result.doc === undefined ? result : { ...result, doc: { ...result.doc, properties: bookProperties(vm) } };
}

/** An empty image for the asset key of each chart of the book: what the mapping needs when no document is made. */
function chartKeys<N extends BookNo>(bookNo: N, vm: BookViewModels[N]): Record<string, ImageData> {
  const blank: ImageData = { png: new Uint8Array(0), width: 1, height: 1 };
  return Object.fromEntries(Object.keys(bookChartSpecs(bookNo, vm)).map((key) => [key, blank]));
}

/**
 * The file properties of a book: the plan and the book as title, the book as subject, the daerah's
 * Tim Pelaksana as author, in Indonesian.
 * @param vm the book's view model
 * @returns the properties
 */
export function bookProperties(vm: BukuUmumVM): DocProperties {
  return {
    title: `${vm.sampul.rencana} — ${vm.sampul.buku}`,
    subject: vm.sampul.buku,
    creator: `Tim Pelaksana Smart City ${vm.daerah.nama}`,
    language: 'id-ID',
  };
}
