/** The four books of the Kota Tegal example: everything a reader looks for is there, in order, with correct totals and no markup artefacts. */
import { beforeAll, describe, expect, it } from 'vitest';
import { diagnosticMessage } from '../cli/format/diagnostics/message.js';
import type { Analysis } from '../pipeline/analyse.js';
import type { Block, Doc, Placeholder } from '../doc/ast.js';
import { walk } from '../doc/walk.js';
import { docLines, docTables, loadAnalysis, SCAFFOLD, withEditedCopy, withEditedExample } from '../../test/fixtures/books/example.js';
import { rupiah } from './format/index.js';
import type { Model } from '../model/index.js';
import type { Ranking } from '../score/types.js';
import { BOOKS, composeBook, type ComposedBook, type ComposeOptions } from './books.js';
import { buildViewModel, type BookNo, type ViewModelOptions } from './view-model/index.js';

const BUILD_DATE = new Date(Date.UTC(2022, 8, 14));

/** Headings directly followed by a heading of the same or a higher level: sections with nothing in them. */
function emptySections(doc: Doc): string[] {
  const flat = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => (b.type === 'landscape' ? flat(b.children) : [b]));
  const blocks = flat(doc.children);
  return blocks.flatMap((b, i) => {
    const next = blocks[i + 1];
    const title = b.type === 'heading' ? docLines({ type: 'doc', title: '', children: [b] }).join('') : '';
    if (b.type !== 'heading') return [];
    if (next === undefined || (next.type === 'heading' && next.level <= b.level)) return [title];
    return [];
  });
}

/** Composes a book as a build does: its view model first, then the book from the view model. */
function compose(model: Model, ranking: Ranking, no: BookNo, view: ViewModelOptions, options: ComposeOptions = {}): Promise<ComposedBook> {
  return composeBook(no, buildViewModel(model, ranking, no, view), options);
}

let analysis: Analysis;
const books = new Map<number, ComposedBook & { doc: Doc }>();

function book(no: number): Doc {
  const b = books.get(no);
  if (b === undefined) throw new Error(`book ${no} not composed`);
  return b.doc;
}

function text(no: number): string {
  return docLines(book(no)).join('\n');
}

function table(no: number, caption: string): string[][] {
  const found = docTables(book(no)).find((t) => t.caption === caption);
  if (found === undefined) throw new Error(`no table "${caption}" in book ${no}`);
  return found.rows;
}

/** The first table after a heading (the appendix's tables have no caption). */
function tableAfter(no: number, heading: string): string[][] {
  const blocks = book(no).children;
  const at = blocks.findIndex((b) => b.type === 'heading' && docLines({ type: 'doc', title: '', children: [b] }).join('') === heading);
  const found = blocks.slice(at + 1).find((b) => b.type === 'table');
  if (at < 0 || found === undefined) throw new Error(`no table after "${heading}" in book ${no}`);
  return docTables({ type: 'doc', title: '', children: [found] })[0]?.rows ?? [];
}

beforeAll(async () => {
  analysis = await loadAnalysis();
  for (const info of BOOKS) {
    const composed = await compose(analysis.model, analysis.ranking, info.no, { draft: false, buildDate: BUILD_DATE });
    if (composed.doc === undefined) throw new Error(composed.diagnostics.map((d) => diagnosticMessage(d, 'id')).join('\n'));
    books.set(info.no, { ...composed, doc: composed.doc });
  }
});

describe('the list of books', () => {
  it('names the four books, their files, templates and stages', () => {
    expect(BOOKS.map((b) => [b.no, b.file, b.template, b.stages[0]])).toEqual([
      [1, 'buku-1-analisis-strategis.docx', 'buku-1', 1],
      [2, 'buku-2-masterplan.docx', 'buku-2', 2],
      [3, 'buku-3-ringkasan-eksekutif.docx', 'buku-3', 4],
      [4, 'buku-4-profil-quick-win.docx', 'buku-4', 3],
    ]);
  });
});

describe('all four books', () => {
  it('render without any diagnostic', () => {
    for (const info of BOOKS) expect(books.get(info.no)?.diagnostics, info.file).toEqual([]);
  });

  it('contain no Markdown, Handlebars, directive or JavaScript artefacts', () => {
    for (const info of BOOKS) {
      const all = text(info.no);
      for (const bad of ['undefined', 'NaN', '[object', 'Infinity', '{{', '}}', ':::', '::', '**', '__', '](', '\\', '|', '*', '#', '<', '>']) {
        // Cells are joined with " | " by the test helper; look for pipes inside the cells only.
        const haystack = bad === '|' ? all.replace(/ \| /g, '\n') : all;
        expect(haystack.includes(bad), `${info.file} contains ${bad}`).toBe(false);
      }
      expect(all).not.toMatch(/^\s*[-+]\s/m);
    }
  });

  it('have no empty section', () => {
    for (const info of BOOKS) expect(emptySections(book(info.no)), info.file).toEqual([]);
  });

  it('start with a cover, a foreword signed by the head of the region, and the three lists', () => {
    for (const info of BOOKS) {
      const kinds = book(info.no).children.slice(0, 5).map((b) => (b.type === 'toc' ? `toc:${b.kind}` : b.type));
      expect(kinds, info.file).toEqual(['cover', 'foreword', 'toc:contents', 'toc:tabel', 'toc:gambar']);
      const foreword = book(info.no).children[1];
      expect(foreword?.type === 'foreword' ? foreword.signature : undefined).toEqual({
        place: 'Tegal',
        date: '14 September 2022',
        name: 'H. Dedy Yon Supriyono',
        role: 'Wali Kota Tegal',
      });
    }
  });

  it('share charts between books through a cache without changing them', async () => {
    const cache = new Map();
    await compose(analysis.model, analysis.ranking, 2, { draft: false, buildDate: BUILD_DATE }, { chartCache: cache });
    expect(cache.size).toBe(3);
    const b3 = await compose(analysis.model, analysis.ranking, 3, { draft: false, buildDate: BUILD_DATE }, { chartCache: cache });
    expect(cache.size).toBe(4);
    expect(JSON.stringify(b3.doc)).toBe(JSON.stringify(book(3)));
  });

  it('leave the sensitivity section out of a final book when the ranking has none', async () => {
    const { sensitivity: _s, ...ranking } = analysis.ranking;
    const composed = await compose(analysis.model, ranking, 4, { draft: false, buildDate: BUILD_DATE });
    expect(composed.diagnostics).toEqual([]);
    expect(composed.markdown).not.toContain('Analisis Sensitivitas');
    expect(books.get(4)?.markdown).toContain('## Analisis Sensitivitas');
  });

  it('are the same document when composed twice (charts included)', async () => {
    const again = await compose(analysis.model, analysis.ranking, 2, { draft: false, buildDate: BUILD_DATE });
    expect(again.markdown).toBe(books.get(2)?.markdown);
    expect(JSON.stringify(again.doc)).toBe(JSON.stringify(book(2)));
  });
});

describe('Buku I — Analisis Strategis', () => {
  it('lists every OPD with its staff, and totals that equal the sums of the data', () => {
    const rows = table(1, 'Perangkat Daerah dan Sumber Daya Manusia');
    const names = rows.slice(1, -1).map((r) => r[1]);
    expect([...names].sort()).toEqual(analysis.model.opd.map((o) => o.data.nama).sort());
    const sum = (f: (s: { asn: number; non_asn: number; tik: number }) => number): number =>
      analysis.model.opd.reduce((t, o) => t + (o.data.sdm === undefined ? 0 : f(o.data.sdm)), 0);
    const fmt = (n: number): string => n.toLocaleString('id-ID');
    expect(rows.at(-1)).toEqual(['', 'Jumlah', fmt(sum((s) => s.asn)), fmt(sum((s) => s.non_asn)), fmt(sum((s) => s.asn + s.non_asn)), fmt(sum((s) => s.tik))]);
  });

  it('counts the applications per status as the data does', () => {
    const apps = analysis.model.opd.flatMap((o) => o.data.aplikasi ?? []);
    const rows = table(1, 'Aplikasi menurut Status');
    const count = (s: string): string => String(apps.filter((a) => a.status === s).length);
    expect(rows.slice(1, 4).map((r) => [r[0], r[1]])).toEqual([
      ['Aktif', count('aktif')],
      ['Dalam pengembangan', count('pengembangan')],
      ['Tidak aktif', count('tidak-aktif')],
    ]);
    expect(rows.at(-1)?.[1]).toBe(String(apps.length));
    expect(table(1, 'Daftar Aplikasi Perangkat Daerah')).toHaveLength(apps.length + 1);
  });

  it('maps every issue to its dimensions in the matrix', () => {
    const rows = table(1, 'Matriks Isu Strategis dan Dimensi Smart City');
    const dims = analysis.model.dimensions.map((d) => d.info.id);
    for (const isu of analysis.model.isu) {
      const row = rows.find((r) => r[1] === isu.data.judul);
      expect(row, isu.id).toBeDefined();
      expect(row?.slice(2).map((c) => c === '√')).toEqual(dims.map((d) => (isu.data.dimensi as string[]).includes(d)));
    }
  });

  it('describes every issue under each of its dimensions, and every aspect of readiness', () => {
    const all = text(1);
    for (const isu of analysis.model.isu) expect(all).toContain(`${isu.data.judul}. ${isu.data.deskripsi ?? ''}`);
    for (const pilar of analysis.model.pilar) {
      expect(all).toContain(pilar.nama);
      for (const aspek of pilar.aspek) expect(all).toContain(aspek.nama);
    }
  });

  it('has the readiness figures and the gap table', () => {
    const figures: string[] = [];
    walk(book(1), (n) => {
      if (n.type === 'figure') figures.push(n.caption?.map((c) => (c.type === 'text' ? c.value : '')).join('') ?? '');
    });
    expect(figures).toEqual([
      'Tren Indikator Daerah (1 dari 2)',
      'Tren Indikator Daerah (2 dari 2)',
      'Skor Rata-rata Kesiapan per Pilar',
      'Skor Kesiapan per Aspek terhadap Target',
    ]);
    const gaps = table(1, 'Kesenjangan Kesiapan per Aspek, dari yang Terbesar').slice(1);
    expect(gaps).toHaveLength(9);
    const values = gaps.map((r) => Number(r[4]));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    for (const r of gaps) expect(Number(r[3]) + Number(r[4])).toBe(5);
  });
});

describe('Buku II — Masterplan Smart City', () => {
  it('places every program in the strategy, by horizon, by action-plan block and on the roadmap', () => {
    const all = text(2);
    const roadmap = table(2, 'Peta Jalan Quick Win dan Program Pembangunan').map((r) => r[1]);
    for (const p of analysis.model.program) {
      expect(all).toContain(p.data.nama);
      expect(roadmap, p.id).toContain(p.data.nama);
    }
    const byHorizon = ['Jangka Pendek (satu tahun)', 'Jangka Menengah (lima tahun)', 'Jangka Panjang (sepuluh tahun)']
      .flatMap((j) => table(2, `Program ${j}`).slice(1, -1))
      .map((r) => r[1]);
    expect(byHorizon.sort()).toEqual(analysis.model.program.map((p) => p.data.nama).sort());
  });

  it('prints the ranking table in ranked order, with every proposal and the reasons of ineligibility', () => {
    const rows = table(2, 'Peringkat Seluruh Usulan Quick Win').slice(1);
    expect(rows.map((r) => r[0])).toEqual(analysis.ranking.quickwins.map((p) => String(p.rank)));
    expect(rows.map((r) => r[1])).toEqual(analysis.ranking.quickwins.map((p) => p.nama));
    expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => String(i + 1)));
    const ineligible = rows.find((r) => r[1] === 'Penerangan Jalan Umum Cerdas Hemat Energi');
    expect(ineligible?.[6]).toBe('Tidak memenuhi syarat: Durasi 18 bulan melebihi batas 12 bulan');
  });

  it('totals the budget of the selected quick wins', () => {
    const selected = analysis.ranking.quickwins.filter((p) => p.selected);
    const total = selected.reduce((t, p) => t + (analysis.model.quickwinById.get(p.id)?.data.anggaran.nilai ?? 0), 0);
    const rows = table(2, 'Quick Win Terpilih dan Anggarannya');
    expect(rows.slice(1, -1).map((r) => r[1]).sort()).toEqual(selected.map((p) => p.nama).sort());
    expect(rows.at(-1)?.[4]).toBe(rupiah(total));
    expect(text(2)).toContain(`berjumlah ${rupiah(total)} (dua miliar dua ratus dua puluh lima juta rupiah)`);
  });

  it('shows the weights, the selection per dimension, the governance bodies and the sensitivity', () => {
    const criteria = table(2, 'Kriteria dan Bobot Penilaian Quick Win').slice(1);
    expect(criteria.map((r) => r[4])).toEqual(['30,0%', '25,0%', '20,0%', '15,0%', '10,0%']);
    expect(table(2, 'Pemilihan Quick Win per Dimensi').slice(1).map((r) => r[3])).toEqual([
      'E-Kelurahan',
      'SI Langit Cerah',
      'Job Cafe Anteraja',
      'Tegal Padang Jingrang',
      'Asela Dijaketi',
      'Pengolahan Limbah B3',
    ]);
    expect(table(2, 'Susunan Dewan Smart City')).toHaveLength((analysis.model.config.tim?.dewan?.length ?? 0) + 1);
    expect(tableAfter(2, 'Susunan Tim Pelaksana Smart City')[1]?.[3]).toBe('Ketua');
    expect(table(2, 'Stabilitas Peringkat terhadap Perubahan Bobot')).toHaveLength(analysis.ranking.quickwins.length + 1);
  });

  it('puts the roadmap on landscape pages', () => {
    const landscape = book(2).children.filter((b) => b.type === 'landscape');
    expect(landscape.some((l) => l.children.some((c) => c.type === 'figure'))).toBe(true);
  });
});

describe('Buku III — Ringkasan Eksekutif', () => {
  it('names the vision, every issue and every selected quick win with the total budget', () => {
    const all = text(3);
    expect(all).toContain(analysis.model.config.visi ?? '(no vision)');
    for (const isu of analysis.model.isu) expect(all).toContain(isu.data.judul);
    for (const p of analysis.ranking.quickwins.filter((x) => x.selected)) expect(all).toContain(p.nama);
    expect(all).toContain('Rp2.225.000.000');
  });
});

describe('Buku IV — Profil Quick Win', () => {
  it('has one profile per selected quick win, with owner, budget, indicators and score breakdown', () => {
    const headings = book(4)
      .children.filter((b) => b.type === 'heading' && b.level === 2)
      .map((b) => (b.type === 'heading' ? b.children.map((c) => (c.type === 'text' ? c.value : '')).join('') : ''));
    const selected = analysis.ranking.quickwins.filter((p) => p.selected);
    for (const p of selected) {
      expect(headings).toContain(p.nama);
      const q = analysis.model.quickwinById.get(p.id);
      const identity = table(4, `Identitas Quick Win ${p.nama}`);
      expect(identity.find((r) => r[0] === 'Perangkat daerah pemilik')?.[1]).toContain(analysis.model.opdById.get(q?.data.opd ?? '')?.data.nama ?? '?');
      expect(identity.find((r) => r[0] === 'Anggaran')?.[1]).toBe(`${rupiah(q?.data.anggaran.nilai ?? 0)} (${q?.data.anggaran.sumber ?? ''})`);
      expect(table(4, `Indikator Kinerja ${p.nama}`)).toHaveLength((q?.data.indikator?.length ?? 0) + 1);
      expect(table(4, `Rincian Skor ${p.nama} (Metode SAW)`)).toHaveLength(analysis.ranking.criteria.length + 2);
    }
  });

  it('ranks all proposals and lists the ineligible ones with their reasons', () => {
    expect(table(4, 'Peringkat Seluruh Usulan Quick Win').slice(1).map((r) => r[1])).toEqual(analysis.ranking.quickwins.map((p) => p.nama));
    expect(table(4, 'Usulan Quick Win yang Tidak Memenuhi Syarat').slice(1)).toEqual([
      ['8', 'Penerangan Jalan Umum Cerdas Hemat Energi', 'Dishub', 'Durasi 18 bulan melebihi batas 12 bulan'],
    ]);
  });
});

describe('drafts', () => {
  it('show placeholders naming what is missing and which OPD owes it', async () => {
    const placeholders = await withEditedExample(
      {
        'data/opd/dinsos.yaml': ({ sdm: _sdm, ...rest }) => rest,
        'data/isu/air-bersih.yaml': ({ deskripsi: _d, ...rest }) => rest,
        'data/quickwin/asela-dijaketi.yaml': ({ latar_belakang: _l, indikator: _i, ...rest }) => rest,
        'data/kesiapan.yaml': () => undefined,
      },
      async (root) => {
        const a = await loadAnalysis(root);
        const found: Placeholder[] = [];
        for (const no of [1, 4] as const) {
          const composed = await compose(a.model, a.ranking, no, { draft: true, stage: 3, buildDate: BUILD_DATE });
          expect(composed.diagnostics).toEqual([]);
          if (composed.doc !== undefined) walk(composed.doc, (n) => (n.type === 'placeholder' ? found.push(n) : undefined));
        }
        return found;
      },
    );
    expect(placeholders).toContainEqual({ type: 'placeholder', what: 'Data SDM', opd: 'Dinas Sosial' });
    expect(placeholders).toContainEqual({
      type: 'placeholder',
      what: 'Deskripsi isu Pemenuhan air bersih',
      opd: 'Perusahaan Umum Daerah Air Minum Tirta Bahari',
    });
    expect(placeholders).toContainEqual({ type: 'placeholder', what: 'Penilaian kesiapan daerah', opd: 'Tim Pelaksana Smart City' });
    expect(placeholders).toContainEqual({ type: 'placeholder', what: 'Latar belakang', opd: 'Dinas Sosial' });
    expect(placeholders).toContainEqual({ type: 'placeholder', what: 'Indikator kinerja', opd: 'Dinas Sosial' });
  });

  it('leave optional gaps out of a final book instead of showing placeholders', async () => {
    const found = await withEditedExample(
      { 'data/quickwin/asela-dijaketi.yaml': ({ latar_belakang: _l, ...rest }) => rest },
      async (root) => {
        const a = await loadAnalysis(root);
        const composed = await compose(a.model, a.ranking, 4, { draft: false, buildDate: BUILD_DATE });
        let count = 0;
        if (composed.doc !== undefined) walk(composed.doc, (n) => (n.type === 'placeholder' ? count++ : undefined));
        return count;
      },
    );
    expect(found).toBe(0);
  });

  it('have no empty section for a small project without programs, quick wins, readiness, SWOT or teams', async () => {
    const drop = (keys: string[]) => (d: Record<string, unknown>) => Object.fromEntries(Object.entries(d).filter(([k]) => !keys.includes(k)));
    const empty = await withEditedCopy(
      SCAFFOLD,
      {
        'masterplan.yaml': drop(['visi', 'misi', 'tim', 'bimtek']),
        'data/kesiapan.yaml': () => undefined,
        'data/swot.yaml': () => undefined,
        'data/quickwin/layanan-daring.yaml': () => undefined,
        'data/program/portal-layanan.yaml': () => undefined,
      },
      async (root) => {
        const a = await loadAnalysis(root);
        const found: string[] = [];
        for (const draft of [false, true]) {
          for (const info of BOOKS) {
            const composed = await compose(a.model, a.ranking, info.no, { draft, buildDate: BUILD_DATE });
            expect(composed.diagnostics, info.file).toEqual([]);
            if (composed.doc !== undefined) found.push(...emptySections(composed.doc).map((t) => `${info.file} ${draft}: ${t}`));
          }
        }
        return found;
      },
    );
    expect(empty).toEqual([]);
  });

  it('print a hostile name literally', async () => {
    const name = 'Aplikasi *SiPeDe* | #1 <b> {{x}} [t](u) _x_';
    const lines = await withEditedExample({ 'data/opd/dinsos.yaml': (d) => ({ ...d, nama: name }) }, async (root) => {
      const a = await loadAnalysis(root);
      const composed = await compose(a.model, a.ranking, 1, { draft: false, buildDate: BUILD_DATE });
      expect(composed.diagnostics).toEqual([]);
      return composed.doc === undefined ? [] : docTables(composed.doc).flatMap((t) => t.rows.flat());
    });
    expect(lines).toContain(name);
  });
});

describe('the file properties of the books', () => {
  it('name the plan and the book as title, the book as subject, the daerah\'s Tim as author, in Indonesian', () => {
    expect(BOOKS.map((info) => book(info.no).properties)).toEqual([
      {
        title: 'Masterplan Smart City Kota Tegal 2023–2032 — Buku I: Analisis Strategis',
        subject: 'Buku I: Analisis Strategis',
        creator: 'Tim Pelaksana Smart City Kota Tegal',
        language: 'id-ID',
      },
      expect.objectContaining({ title: 'Masterplan Smart City Kota Tegal 2023–2032 — Buku II: Masterplan Smart City' }),
      expect.objectContaining({ title: 'Masterplan Smart City Kota Tegal 2023–2032 — Buku III: Ringkasan Eksekutif' }),
      expect.objectContaining({ subject: 'Buku IV: Profil Quick Win', creator: 'Tim Pelaksana Smart City Kota Tegal' }),
    ]);
  });
});

describe('a book composed for its Markdown alone', () => {
  it('has the Markdown and the diagnostics of the full composition, without drawing a chart or making the document', async () => {
    const scaffold = await loadAnalysis(SCAFFOLD);
    for (const [a, view] of [
      [analysis, { draft: false, buildDate: BUILD_DATE }],
      [scaffold, { draft: true, buildDate: BUILD_DATE }],
    ] as const) {
      for (const info of BOOKS) {
        const drawn = new Map();
        const full = await compose(a.model, a.ranking, info.no, view, { chartCache: drawn });
        const kept = new Map();
        const alone = await compose(a.model, a.ranking, info.no, view, { chartCache: kept, markdownOnly: true });
        expect(alone).toStrictEqual({ markdown: full.markdown, diagnostics: full.diagnostics });
        expect(kept.size).toBe(0);
        // Not vacuous: the example's books have charts.
        if (a === analysis) expect(drawn.size, info.template).toBeGreaterThan(0);
      }
    }
  });
});
