/**
 * The catalogue as a whole: every code, reason and error renders in both languages from typed
 * arguments, numbers are formatted when rendered (not before), and a missing or misspelt argument
 * does not compile (the `@ts-expect-error` lines below fail the typecheck when they stop being errors).
 */
import { describe, expect, it } from 'vitest';
import { codeDescription, diagnosticMessage } from '../cli/format/diagnostics/message.js';
import { userErrorMessage } from '../cli/format/errors.js';
import { MESSAGES } from '../cli/messages.js';
import { UserError, type ErrorArgs, type ErrorCode } from '../errors.js';
import { LANGS, render, renderCoded, type ArgsOfText } from '../text/index.js';
import { catalogue, diagnostic, type ArgsOf, type DiagnosticCode } from './catalogue.js';
import type { Diagnostic, Position } from './diagnostic.js';
import { errorTexts } from './codes/errors.js';
import { reasonTexts, type ReasonCode } from './codes/reasons.js';

const at = { file: 'data/opd/dinkes.yaml', line: 3, column: 5 };

/** One set of arguments per code; the type makes a missing code or a wrong argument a compile error. */
const SAMPLES: { readonly [C in DiagnosticCode]: ArgsOf<C> } = {
  'load/read-failed': { reason: 'EACCES' },
  'load/too-large': { size: 6 * 1024 * 1024 + 123456, limit: 5 * 1024 * 1024 },
  'load/empty': {}, 'load/binary': { offset: 12 }, 'load/encoding': { encoding: 'UTF-16 LE' },
  'load/bad-file-name': { name: 'Dinas Kesehatan.yaml' }, 'load/wrong-extension': { name: 'a.yml.txt' }, 'load/unknown-file': { name: 'x/y.yaml' },
  'yaml/syntax': { problem: 'BAD_INDENT', detail: 'Unexpected flow-seq-end' }, 'yaml/tab': {}, 'yaml/duplicate-key': { key: 'nama', first: 2 }, 'yaml/alias-limit': {},
  'yaml/control-character': { codePoint: 'U+0007', count: 3 }, 'yaml/too-deep': { limit: 100 }, 'load/not-a-file': { type: 'fifo' },
  'rule/path-outside': { field: 'keluaran.folder', path: '../../elsewhere' }, 'load/outside-project': { name: 'data/opd/x.yaml' },
  'rule/output-not-folder': { path: 'masterplan.yaml', file: 'masterplan.yaml' },
  'yaml/multiple-documents': {}, 'yaml/not-mapping': { found: 'list' }, 'yaml/forbidden-key': { key: '__proto__' }, 'yaml/unsupported-value': { type: '!!binary' },
  'report/template-not-found': { name: 'buku-9', searched: 'templates/buku-9.hbs, (bawaan) templates/buku-9.hbs' },
  'report/template-syntax': { detail: 'Parse error on line 3' }, 'report/partial-not-found': { name: 'bab' },
  'report/template-missing-field': { field: 'opd.nama' }, 'report/helper-failed': { helper: 'rupiah', detail: 'not a number' },
  'report/template-failed': { detail: 'boom' }, 'report/unescaped-value': { expression: 'opd.nama' },
  'report/unknown-directive': { name: 'pagi', mdLine: 3 }, 'report/unsupported-markdown': { construct: 'HTML', mdLine: 4 },
  'report/heading-too-deep': { depth: 5, mdLine: 6 }, 'report/bad-attribute': { attribute: 'lebar', value: 'x', name: 'gambar', expected: 'angka 1–100', mdLine: 7 },
  'report/unknown-asset': { key: 'peta', mdLine: 8 },
  'report/workbook-template-too-large': { size: 300 * 1024 + 14, limit: 256 * 1024 },
  'report/workbook-template-unknown-key': { key: 'colums', suggestion: 'columns' },
  'report/workbook-template-required': { field: 'title' },
  'report/workbook-template-invalid': { field: 'view', expected: { kind: 'one-of', values: ['ringkasan', 'peringkat'] } },
  'report/workbook-template-duplicate-sheet': { sheet: 'RINGKASAN', other: '(bawaan) templates/workbook/01-ringkasan.yaml' },
  'ref/unknown': { kind: 'opd', ref: 'dinkess', suggestion: 'dinkes' },
  'ref/duplicate-id': { id: 'dampak', where: 'penilaian.kriteria' },
  'rule/missing-config': {}, 'rule/provinsi-required': {}, 'rule/periode-order': { mulai: 2030, selesai: 2020 }, 'rule/periode-span': { years: 25 },
  'rule/outside-periode': { value: 2040, mulai: 2023, selesai: 2032 }, 'rule/elemen-dimensi': { elemen: 'x', dimensi: 'governance', options: 'a, b' },
  'rule/tik-exceeds-staff': { tik: 9, total: 5 }, 'rule/tik-exceeds-pagu': { tahun: 2023 }, 'rule/realisasi-exceeds-pagu': { tahun: 2023 },
  'rule/duplicate-year': { tahun: 2022 }, 'rule/duplicate-name': { name: 'Portal', where: 'aplikasi' }, 'rule/tahun-order': { mulai: 2025, selesai: 2024 },
  'rule/skala-order': {}, 'rule/weights-missing': {}, 'rule/weights-both': {}, 'rule/weights-partial': { criterion: 'dampak' },
  'rule/ahp-self-pair': { criterion: 'dampak' }, 'rule/ahp-duplicate-pair': { a: 'dampak', b: 'biaya' }, 'rule/ahp-missing-pair': { pairs: 'dampak–biaya, dampak–urgensi' },
  'rule/ahp-value-range': { value: 12 }, 'rule/skor-and-penilaian': {}, 'rule/not-scored': {}, 'rule/skor-missing': { criterion: 'dampak' },
  'rule/skor-derived': { criterion: 'anggaran', dari: 'anggaran' }, 'rule/skor-range': { value: 7, min: 1, max: 5 }, 'rule/duplicate-assessor': { name: 'Budi' },
  'rule/duration-exceeds-max': { value: 30, max: 12 }, 'rule/budget-exceeds-max': { max: 500000000 }, 'rule/isu-required': {},
  'rule/duplicate-stage': { tahap: 2 }, 'rule/stage-order': { tahap: 3 }, 'rule/multiple-ketua': {}, 'rule/logo': { path: 'logo.gif', problem: 'not-image' },
  'schema/required': { field: 'nama' }, 'schema/type': { field: 'sdm.asn', expected: 'int', found: 'string' },
  'schema/enum': { value: 'x', field: 'status', options: 'aktif, tidak-aktif' }, 'schema/unknown-key': { key: 'namaa', suggestion: 'nama' },
  'schema/too-small': { field: 'misi', minimum: 1, unit: 'items' }, 'schema/too-big': { field: 'skor.dampak', maximum: 5, unit: 'value' },
  'schema/text-empty': { field: 'nama' }, 'schema/format': { field: 'mulai', value: '2023/7', format: 'format-ym' },
  'schema/invalid': { field: 'x', detail: 'Invalid input' },
  'score/ahp-inconsistent': { cr: 0.23456, a: 'inovasi', b: 'dampak', given: 9, consistent: 0.5 },
  'score/ahp-missing-pair': { a: 'dampak', b: 'biaya' }, 'score/ahp-unknown-criterion': { criterion: 'x' }, 'score/ahp-self-comparison': { criterion: 'x' },
  'score/ahp-duplicate-pair': { a: 'a', b: 'b', first: 2 }, 'score/ahp-scale': { value: 0.05 }, 'score/weights-missing': { criteria: 'dampak, biaya' },
  'score/weights-conflict': {}, 'score/not-scored': {}, 'score/missing-score': { criterion: 'risiko', value: 1.5 },
  'score/assessor-spread': { threshold: 2, spreads: [{ criterion: 'dampak', min: 1, max: 4.5 }, { criterion: 'urgensi', min: 2, max: 5 }] },
  'score/non-positive': { criterion: 'dampak', value: -0.5, quickwins: ['a', 'b', 'c'], more: 2, shift: 1.5 },
  'score/zero-column': { criterion: 'dampak' }, 'score/constant-criterion': { value: 3.25, criterion: 'dampak' },
  'score/ineligible-duration': { durasi: 18, max: 12 }, 'score/ineligible-budget': { anggaran: 1250000000, max: 500000000 }, 'score/ineligible-no-issue': {},
  'stage/missing': { syarat: 'opd.sdm', owner: 'Dinas Sosial', stage: 1 },
  'stage/coverage-dimension': { dimensi: 'Smart Branding', without: 'swot' }, 'stage/coverage-opd': { opd: 'Dinas Sosial' },
  'xlsx/too-large': { size: 12 * 1024 * 1024 + 5, limit: 10 * 1024 * 1024 }, 'xlsx/not-zip': {}, 'xlsx/corrupt': { reason: 'truncated', entry: 'xl/workbook.xml' }, 'xlsx/zip-bomb': { reason: 'ratio', entry: 'xl/worksheets/sheet1.xml', n: 1200 },
  'xlsx/not-a-form': {}, 'xlsx/form-outdated': { version: '1', layout: 'abc', current: 2, currentLayout: 'def', opd: 'dinsos' },
  'xlsx/form-newer': { version: 9, current: 2 }, 'xlsx/form-other-project': { found: 'Kota A', expected: 'Kota B' }, 'xlsx/form-unknown-opd': { opd: 'x' },
  'xlsx/form-name-mismatch': { named: 'a', opd: 'b' }, 'xlsx/duplicate-form': { opd: 'a', other: 'forms/b.xlsx' }, 'xlsx/missing-sheet': { sheet: 'Profil' },
  'xlsx/missing-column': { header: 'Nama' }, 'xlsx/missing-field': { label: 'Nama OPD' }, 'xlsx/extra-sheet': { sheet: 'X' }, 'xlsx/extra-column': { header: 'X' },
  'xlsx/too-many-rows': { limit: 500 }, 'xlsx/formula-no-value': { formula: 'SUM(A1:A3)' }, 'xlsx/formula': { formula: 'A1', value: '3' },
  'xlsx/cell-error': { error: '#REF!' }, 'xlsx/merged-cell': { range: 'B2:C3' }, 'xlsx/hidden-row': {}, 'xlsx/bad-value': { value: 'mungkin', expected: 'bool' },
  'xlsx/foreign-item': { kind: 'quickwin', id: 'x', owner: 'dinkes' }, 'xlsx/duplicate-id': { id: 'x', row: 7 }, 'xlsx/item-not-in-form': { kind: 'program', id: 'y' },
  'diff/snapshot-unreadable': { problem: 'not-gzip' }, 'diff/since-invalid': { version: 'a1b2c3d', errors: 3 }, 'diff/current-invalid': { errors: 2 },
  'naskah/unknown-slot': { slot: 'buku-1/latar-belakan', suggestion: 'buku-1/latar-belakang' }, 'naskah/empty': {}, 'naskah/front-matter-unclosed': {},
  'naskah/heading-too-deep': { depth: 3, allowed: 1 }, 'naskah/image-missing': { url: 'peta.png' }, 'naskah/image-outside': { url: '../peta.png' },
  'naskah/image-not-image': { url: 'peta.gif' }, 'naskah/image-too-large': { url: 'foto.jpg', size: 6 * 1024 * 1024, limit: 5 * 1024 * 1024 },
  'naskah/image-inline': {}, 'naskah/unknown-reference': { kind: 'tabel', key: 'sdm-odp', suggestion: 'sdm-opd' }, 'naskah/bad-key': { key: 'Capaian Layanan' },
  'naskah/duplicate-key': { key: 'capaian', kind: 'tabel', other: 'naskah/buku-1/kesiapan.md' }, 'naskah/caption-without-table': {},
  'naskah/unsupported': { construct: 'thematic-break' }, 'naskah/missing': { slot: 'buku-1/latar-belakang', section: 'Buku I, Pendahuluan › Latar Belakang', stage: 1, owner: 'Dinas Sosial' },
  'naskah/reference-absent': { kind: 'gambar', key: 'peta-jalan' }, 'naskah/not-printed': { slot: 'buku-1/latar-belakang', template: 'templates/buku-1.hbs' }, 'report/unknown-slot': { slot: 'buku-1/x', mdLine: 12 },
};

/** More arguments for the branches a single sample does not reach (optional parts, fallbacks). */
const VARIANTS: ReadonlyArray<{ [C in DiagnosticCode]: readonly [C, ArgsOf<C>] }[DiagnosticCode]> = [
  ['yaml/syntax', { detail: 'Something else' }],
  ['rule/output-not-folder', { path: 'keluaran/buku', file: 'keluaran' }],
  ...(['end-missing', 'directory-truncated', 'directory-damaged', 'header', 'size', 'inflate', 'workbook-missing'] as const).map((reason) => ['xlsx/corrupt', { reason }] as const),
  ['xlsx/corrupt', { reason: 'method', entry: 'a.xml', n: 12 }],
  ['xlsx/corrupt', { reason: 'unreadable', detail: 'Unexpected end' }],
  ...(['zip64', 'larger-than-declared', 'merged-cells'] as const).map((reason) => ['xlsx/zip-bomb', { reason }] as const),
  ...(['entries', 'total-size', 'column'] as const).map((reason) => ['xlsx/zip-bomb', { reason, n: 1001 }] as const),
  ['yaml/duplicate-key', { key: 'nama' }],
  ['yaml/control-character', { codePoint: 'U+0000', count: 1 }],
  ['load/encoding', { encoding: 'not-utf8' }],
  ...(['directory', 'socket', 'device', 'other'] as const).map((type) => ['load/not-a-file', { type }] as const),
  ['ref/unknown', { kind: 'criterion', ref: 'dampakk' }],
  ['ref/unknown', { kind: 'isu', ref: 'x' }],
  ['schema/unknown-key', { key: 'foo' }],
  ['schema/unknown-key', { key: '4 persen', quote: '1,4 persen' }],
  ['stage/missing', { syarat: 'kesiapan', stage: 2, detail: 'struktur.sdm' }],
  ['rule/logo', { path: 'logo.png', problem: 'missing' }],
  ['diff/snapshot-unreadable', { problem: 'too-large' }],
  ['score/non-positive', { criterion: 'dampak', value: 0, quickwins: ['a'], more: 0, shift: 1 }],
  ['schema/type', { field: 'x', expected: 'weird', found: 'array' }],
  ['schema/format', { field: 'x', value: 'y', format: 'uuid' }],
  ['load/too-large', { size: 2048, limit: 512 }],
  ['naskah/unknown-slot', { slot: 'buku-9/x' }],
  ['naskah/heading-too-deep', { depth: 2, allowed: 0 }],
  ['naskah/heading-too-deep', { depth: 4, allowed: 2 }],
  ['naskah/unknown-reference', { kind: 'gambar', key: 'kesenjangan', other: 'tabel' }],
  ['naskah/unknown-reference', { kind: 'tabel', key: 'x' }],
  ['naskah/missing', { slot: 'buku-3/ringkasan', section: 'Buku III, Ringkasan Eksekutif', stage: 4 }],
  ['naskah/reference-absent', { kind: 'tabel', key: 'anggaran-opd' }],
  ['report/workbook-template-unknown-key', { key: 'wdth' }],
  ...(['type', 'bool-or-range', 'min-length', 'min-items', 'more-than', 'at-least', 'max-length', 'at-most', 'format', 'other'] as const).map(
    (kind) =>
      [
        'report/workbook-template-invalid',
        {
          field: 'columns[0].width',
          expected:
            kind === 'type' ? { kind, type: 'number' } : kind === 'bool-or-range' ? { kind } : kind === 'format' ? { kind, format: 'band-name' } : kind === 'other' ? { kind, detail: 'Invalid input' } : { kind, n: 3 },
        },
      ] as const,
  ),
];

const REASONS: { readonly [C in ReasonCode]: ArgsOfText<(typeof reasonTexts)[C]> } = {
  'not-scored': {},
  'incomplete-scores': { criteria: ['dampak', 'urgensi'] },
  'duration-over': { durasi: 18, max: 12 },
  'budget-over': { anggaran: 1_250_000_000, max: 1_000_000_000 },
  'no-issue': {},
};

const ERRORS: { readonly [C in ErrorCode]: ErrorArgs<C> } = {
  'option/invalid': { option: '--format', value: 'pdf', choices: 'table | json' },
  'target/not-found': { path: 'data/x.yaml' },
  'target/mixed': {},
  'target/several-projects': {},
  'project/not-a-project': { dir: 'kota' },
  'project/no-config': { dir: 'kota' },
  'validate/write-failed': { path: 'out.json', detail: 'EACCES' },
  'schemas/write-failed': { dir: 'schema', detail: 'EACCES' },
  'explain/unknown': { id: 'x' },
  'init/not-empty': { dir: 'kota' },
  'init/from-invalid': { from: 'git+ssh://', detail: 'Invalid URL' },
  'init/from-folder': { from: '../masterplan' },
  'init/from-missing': { from: 'masterplan-0.1.0.tgz' },
  'new/unknown-kind': { kind: 'x', kinds: 'opd | isu' },
  'new/invalid-id': { id: 'X Y' },
  'new/unknown-slot': { slot: 'buku-1/latar', suggestion: 'buku-1/latar-belakang' },
  'new/exists': { path: 'data/opd/x.yaml' },
  'new/write-failed': { path: 'data/opd/x.yaml', detail: 'EACCES' },
  'form/ids-and-all': {},
  'form/no-ids': {},
  'form/invalid-config': {},
  'form/unknown-opd': { id: 'dinkess', suggestion: 'dinkes' },
  'form/unreadable-opd': { id: 'dinkes' },
  'import/no-project': { dir: '.' },
  'import/not-found': { path: 'a.xlsx' },
  'import/would-overwrite': { files: ['data/opd/a.yaml', 'data/opd/b.yaml'], backupDir: '.masterplan/backup' },
  'write/failed': { path: 'buku.docx', reason: 'EACCES' },
  'write/locked': { path: 'keluaran/buku-1-analisis-strategis.docx' },
  'pdf/not-found': {},
  'pdf/timeout': {},
  'pdf/failed': { detail: 'no profile' },
  'diff/bad-since': { value: 'kemarin' },
  'diff/unknown-revision': { rev: 'v9' },
  'diff/revision-needs-git': { rev: 'HEAD~1', dir: 'kota' },
  'diff/before-first-commit': { date: '2020-01-01', first: '2024-05-02' },
  'diff/no-snapshot-before': { date: '2020-01-01', first: '2024-05-02' },
  'diff/no-history': { dir: 'kota' },
  'diff/no-bimtek': { tahap: 3, known: [1, 2] },
  'diff/tahap-needs-config': {},
  'output/not-a-folder': { path: 'keluaran/x', file: 'keluaran' },
  'output/outside-project': { folder: '../../elsewhere' },
};

/** What a rendered text must never show: an argument that was missing or not formatted. */
const LEFTOVER = /undefined|NaN|\[object Object\]|"\?"|\(\?\)|: \?(?!\w)/;

/** The one text that says "undefined" on purpose (TOPSIS's normalisation of an all-zero column). */
const wording = (text: string) => text.replace('vector normalisation is undefined', 'vector normalisation is not defined');

describe('the catalogue', () => {
  it('has a sample for every code, and every code renders in both languages', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(catalogue).sort());
    for (const [code, args] of [...Object.entries(SAMPLES), ...VARIANTS]) {
      const d = (diagnostic as (code: DiagnosticCode, at: Position, args: unknown) => Diagnostic)(code as DiagnosticCode, at, args);
      expect(d).toMatchObject({ code, severity: catalogue[code as DiagnosticCode].severity, args, file: at.file, line: 3, column: 5 });
      const id = diagnosticMessage(d, 'id');
      const en = diagnosticMessage(d, 'en');
      for (const text of [id, en].map(wording)) {
        expect(text, code).not.toMatch(LEFTOVER);
        // A question mark only ends a question about a quoted name: 'did you mean "dinkes"?'.
        expect(text, code).not.toMatch(/(?<!")\?|\?(?![\s]|$)/);
        expect(text.length, code).toBeGreaterThan(10);
      }
      expect(id, `${code} is translated`).not.toBe(en);
    }
  });

  it('keeps a diagnostic plain data: code, severity, raw arguments and position, no message', () => {
    const d = diagnostic('score/ahp-inconsistent', at, { cr: 0.23456, a: 'inovasi', b: 'dampak', given: 9, consistent: 0.5 }, { path: 'penilaian.perbandingan[2]' });
    expect(d).toEqual({
      code: 'score/ahp-inconsistent',
      severity: 'error',
      args: { cr: 0.23456, a: 'inovasi', b: 'dampak', given: 9, consistent: 0.5 },
      file: at.file,
      line: 3,
      column: 5,
      path: 'penilaian.perbandingan[2]',
    });
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    expect(diagnostic('load/empty', at)).toEqual({ code: 'load/empty', severity: 'error', args: {}, file: at.file, line: 3, column: 5 });
    expect(diagnostic('load/empty', at, {}, { severity: 'warning' }).severity).toBe('warning');
  });

  it('formats numbers when it renders: a decimal comma in Indonesian, a point in English, Rupiah in both', () => {
    const ahp = { code: 'score/ahp-inconsistent', args: { cr: 0.23456, a: 'a', b: 'b', given: 9, consistent: 0.5 } } as const;
    expect(diagnosticMessage(ahp, 'id')).toContain('CR = 0,235 melebihi batas 0,10');
    expect(diagnosticMessage(ahp, 'id')).toContain('(nilai 9; yang selaras dengan perbandingan lain sekitar 0,5)');
    expect(diagnosticMessage(ahp, 'en')).toContain('CR = 0.235 is above the 0.10 limit');
    const budget = { code: 'score/ineligible-budget', args: { anggaran: 1_250_000_000, max: 500_000_000 } } as const;
    expect(diagnosticMessage(budget, 'id')).toMatch(/^Anggaran Rp1\.250\.000\.000 melebihi batas Rp500\.000\.000 /);
    expect(diagnosticMessage(budget, 'en')).toMatch(/^The budget of Rp1\.250\.000\.000 exceeds the Rp500\.000\.000 limit /);
    const large = { code: 'load/too-large', args: { size: 6 * 1024 * 1024 + 123_456, limit: 5 * 1024 * 1024 } } as const;
    expect(diagnosticMessage(large, 'en')).toBe('The file is 6.1 MB, over the 5.0 MB limit; split the data over several files.');
    const spread = { code: 'score/assessor-spread', args: { threshold: 2, spreads: [{ criterion: 'dampak', min: 1, max: 4.5 }] } } as const;
    expect(diagnosticMessage(spread, 'id')).toContain('(selisih ≥ 2): dampak 1–4,5;');
    expect(diagnosticMessage(spread, 'en')).toContain('(a gap of 2 or more): dampak 1–4.5;');
  });

  it('leaves out optional parts that are not given and names labels by their code', () => {
    expect(diagnosticMessage({ code: 'schema/unknown-key', args: { key: 'foo' } }, 'en')).toBe(
      'Unknown field "foo". Check the spelling, or keep extra data under "ekstra:".',
    );
    expect(diagnosticMessage({ code: 'schema/unknown-key', args: { key: 'namaa', suggestion: 'nama' } }, 'id')).toBe('Kolom "namaa" tidak dikenal; maksudnya "nama"?');
    expect(diagnosticMessage({ code: 'ref/unknown', args: { kind: 'opd', ref: 'dinkess', suggestion: 'dinkes' } }, 'id')).toBe('OPD "dinkess" tidak ditemukan; maksudnya "dinkes"?');
    expect(diagnosticMessage({ code: 'ref/unknown', args: { kind: 'opd', ref: 'dinkess', suggestion: 'dinkes' } }, 'en')).toBe('OPD "dinkess" does not exist; did you mean "dinkes"?');
    expect(diagnosticMessage({ code: 'schema/format', args: { field: 'kontak.email', value: 'x', format: 'format-email' } }, 'en')).toBe('Value "x" of "kontak.email" is not a valid email address.');
    expect(diagnosticMessage({ code: 'stage/missing', args: { syarat: 'opd.sdm', stage: 1, owner: 'Dinas Sosial' } }, 'en')).toBe(
      'Staff data (sdm) has not been submitted by Dinas Sosial; required from stage 1. Complete the data, or build a draft with --stage/--draft.',
    );
    expect(diagnosticMessage({ code: 'stage/missing', args: { syarat: 'kesiapan', stage: 2, detail: 'struktur.sdm' } }, 'id')).toMatch(
      /^Analisis kesiapan daerah \(struktur\.sdm\) belum diserahkan oleh Tim Pelaksana;/,
    );
    expect(diagnosticMessage({ code: 'schema/type', args: { field: 'sdm.asn', expected: 'int', found: 'string' } }, 'id')).toBe(
      'Kolom "sdm.asn" harus berupa bilangan bulat, bukan teks.',
    );
    expect(diagnosticMessage({ code: 'schema/type', args: { field: 'x', expected: 'weird', found: 'string' } }, 'en')).toBe('Field "x" must be weird, not text.');
  });

  it('describes every code in general with its arguments as "…" (SARIF rules)', () => {
    for (const code of Object.keys(catalogue) as DiagnosticCode[]) {
      for (const lang of LANGS) {
        const text = wording(codeDescription(code, lang));
        expect(text, code).not.toMatch(/undefined|NaN|\?/);
        expect(text.length, code).toBeGreaterThan(10);
      }
    }
    expect(codeDescription('ref/unknown', 'en')).toBe('… … does not exist. Create data/…/….yaml or fix the id.');
    expect(codeDescription('score/ahp-inconsistent', 'id')).toContain('CR = … melebihi batas 0,10');
  });

  it('renders every reason and every error in both languages', () => {
    expect(Object.keys(REASONS).sort()).toEqual(Object.keys(reasonTexts).sort());
    for (const [code, args] of Object.entries(REASONS)) {
      const texts = LANGS.map((lang) => renderCoded(reasonTexts, { code: code as ReasonCode, args }, lang));
      for (const text of texts) expect(text, code).not.toMatch(LEFTOVER);
      expect(texts[0], code).not.toBe(texts[1]);
    }
    expect(renderCoded(reasonTexts, { code: 'budget-over', args: REASONS['budget-over'] }, 'id')).toBe('anggaran Rp1.250.000.000 melebihi batas Rp1.000.000.000');
    expect(Object.keys(ERRORS).sort()).toEqual(Object.keys(errorTexts).sort());
    for (const [code, args] of Object.entries(ERRORS)) {
      const e = new (UserError as new (code: ErrorCode, args: unknown) => UserError)(code as ErrorCode, args);
      expect(e).toMatchObject({ code, args, name: 'UserError' });
      for (const lang of LANGS) expect(userErrorMessage(e, lang), code).not.toMatch(LEFTOVER);
    }
    expect(userErrorMessage(new UserError('write/failed', { path: 'a.docx', reason: 'EACCES' }), 'en')).toBe('Cannot write a.docx (EACCES).');
    expect(userErrorMessage(new UserError('write/failed', { path: 'a.docx', reason: 'EACCES' }), 'id')).toBe('Tidak dapat menulis a.docx (EACCES).');
  });

  it('renders every CLI message in both languages', () => {
    const args: Record<string, unknown> = {
      files: ['a.yaml'], path: 'a', ms: 12, updated: true, backup: 'b', count: 3, dir: 'd', stage: 2, time: '1 s', out: 'o', file: 'f',
      pinned: 'masterplan@0.1.0', lines: ['keluaran/'], reason: 'EACCES', fields: ['sdm.asn'], list: 'aplikasi', action: 'removed', label: 'Portal',
    };
    for (const [name, text] of Object.entries(MESSAGES)) {
      const [id, en] = LANGS.map((lang) => render(text as never, lang, args as never));
      expect(id, name).not.toMatch(LEFTOVER);
      expect(en, name).not.toMatch(LEFTOVER);
      expect(id, name).not.toBe(en);
    }
  });

  it('does not compile a missing, misspelt or superfluous argument', () => {
    // Checked by `npm run typecheck` (each line must stay a type error); never run.
    const mistakes = () => {
      // @ts-expect-error the code's argument "field" is missing
      diagnostic('schema/required', at, {});
      // @ts-expect-error "feld" is not an argument of the code
      diagnostic('schema/required', at, { feld: 'nama' });
      // @ts-expect-error the code takes arguments
      diagnostic('schema/required', at);
      // @ts-expect-error "size" is a number of bytes, not formatted text
      diagnostic('load/too-large', at, { size: '6.1 MB', limit: 5 });
      // @ts-expect-error a code without arguments takes none
      diagnostic('load/empty', at, { name: 'x' });
      // @ts-expect-error not a code
      diagnostic('load/emptty', at);
      // @ts-expect-error an error's arguments are typed too
      new UserError('write/failed', { path: 'a' });
      // @ts-expect-error an error without arguments takes none
      new UserError('pdf/timeout', { detail: 'x' });
      // @ts-expect-error a text's arguments are typed too
      render(MESSAGES.checked, 'id', { files: 2 });
    };
    expect(typeof mistakes).toBe('function');
    expect(diagnostic('schema/required', at, { field: 'nama' }).args).toEqual({ field: 'nama' });
  });
});
