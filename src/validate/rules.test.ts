/** Table-driven tests of the shape check and the semantic rules: code and position, never message text. */
import { describe, expect, it } from 'vitest';
import { diagnosticMessage } from '../cli/format/diagnostics/message.js';
import { loadProject } from '../load/index.js';
import { loadAndValidate } from '../pipeline/check.js';
import { MINIMAL, minimalProject } from '../../test/support/project.js';
import { expectRuleCase, type RuleCase } from '../../test/support/rule-cases.js';
import { checkShape, validateProject, type ShapeCheck } from './index.js';

const QW = MINIMAL['data/quickwin/portal.yaml'] as string;
const OPD = MINIMAL['data/opd/diskominfo.yaml'] as string;
const CONFIG = MINIMAL['masterplan.yaml'] as string;
const PROGRAM = MINIMAL['data/program/integrasi.yaml'] as string;

const cases: RuleCase[] = [
  { name: 'the minimal project is valid', files: {}, expect: [] },
  {
    name: 'unknown key with a suggestion',
    files: { 'data/opd/bappeda.yaml': 'nama: Bappeda\nsingkatn: Bappeda\nsdm: { asn: 1, non_asn: 0, tik: 0 }\naplikasi: []\n' },
    // The misspelt key is reported once, as unknown with the suggestion, not again as a missing field.
    expect: [{ code: 'schema/unknown-key', file: 'data/opd/bappeda.yaml', line: 2, column: 1 }],
  },
  {
    name: 'nested misspelt key, and a missing field with no likely typo',
    files: { 'data/opd/bappeda.yaml': 'nama: Bappeda\nsdm: { asn: 1, non_asnn: 0, tik: 0 }\naplikasi: []\n' },
    expect: [
      { code: 'schema/unknown-key', file: 'data/opd/bappeda.yaml', line: 2, column: 16 },
      { code: 'schema/required', file: 'data/opd/bappeda.yaml', line: 1, column: 1 },
    ],
  },
  {
    name: 'missing required nested field points at its parent key',
    files: { 'data/opd/bappeda.yaml': 'nama: Bappeda\nsingkatan: B\nsdm:\n  asn: 1\n  non_asn: 0\naplikasi: []\n' },
    expect: [{ code: 'schema/required', file: 'data/opd/bappeda.yaml', line: 3, column: 1 }],
  },
  {
    name: 'wrong type points at the value',
    files: { 'data/opd/bappeda.yaml': 'nama: Bappeda\nsingkatan: B\nsdm: { asn: banyak, non_asn: 0, tik: 0 }\naplikasi: []\n' },
    expect: [{ code: 'schema/type', file: 'data/opd/bappeda.yaml', line: 3, column: 13 }],
  },
  {
    name: 'enum value',
    files: { 'data/opd/bappeda.yaml': 'nama: Bappeda\nsingkatan: B\njenis: kantor\naplikasi: []\n' },
    expect: [{ code: 'schema/enum', file: 'data/opd/bappeda.yaml', line: 3, column: 8 }],
  },
  {
    name: 'an empty choice is a missing answer, not a wrong one',
    files: { 'data/opd/bappeda.yaml': 'nama: Bappeda\nsingkatan: B\njenis: ""\naplikasi: []\n' },
    expect: [{ code: 'schema/required', file: 'data/opd/bappeda.yaml', line: 3, column: 1 }],
  },
  {
    name: 'invalid email and url formats',
    files: {
      'data/opd/bappeda.yaml':
        'nama: Bappeda\nsingkatan: B\nkontak:\n  email: bukan-email\naplikasi:\n  - nama: A\n    status: aktif\n    tautan: ftp://x\n',
    },
    expect: [
      { code: 'schema/format', file: 'data/opd/bappeda.yaml', line: 4, column: 10 },
      { code: 'schema/format', file: 'data/opd/bappeda.yaml', line: 8, column: 13 },
    ],
  },
  {
    name: 'empty text',
    files: { 'data/isu/layanan.yaml': 'judul: "  "\ndimensi: [governance]\n' },
    expect: [{ code: 'schema/text-empty', file: 'data/isu/layanan.yaml', line: 1, column: 8 }],
  },
  {
    name: 'negative rupiah and empty dimension list',
    files: { 'data/isu/layanan.yaml': 'judul: Isu\ndimensi: []\n', 'data/quickwin/portal.yaml': QW.replace('nilai: 100000000', 'nilai: -5') },
    expect: [
      { code: 'schema/too-small', file: 'data/isu/layanan.yaml', line: 2, column: 10 },
      { code: 'schema/too-small', file: 'data/quickwin/portal.yaml', line: 6, column: 20 },
    ],
  },
  {
    name: 'ym format',
    files: { 'data/quickwin/portal.yaml': QW.replace('"2025-03"', '"2025-13"') },
    expect: [{ code: 'schema/format', file: 'data/quickwin/portal.yaml', line: 8, column: 8 }],
  },
  {
    name: 'dangling references with suggestion',
    files: { 'data/quickwin/portal.yaml': QW.replace('opd: diskominfo', 'opd: diskominfoo').replace('isu: [layanan]', 'isu: [layanan, air]') },
    expect: [
      { code: 'ref/unknown', file: 'data/quickwin/portal.yaml', line: 2, column: 6 },
      { code: 'ref/unknown', file: 'data/quickwin/portal.yaml', line: 5, column: 16 },
    ],
  },
  {
    name: 'program reference to an unknown quick win and tim.pelaksana opd',
    files: {
      'data/program/integrasi.yaml': PROGRAM.replace('quickwin: portal', 'quickwin: portl'),
      'masterplan.yaml': CONFIG.replace('opd: bappeda', 'opd: bapeda'),
    },
    expect: [
      { code: 'ref/unknown', file: 'data/program/integrasi.yaml', line: 8, column: 11 },
      { code: 'ref/unknown', file: 'masterplan.yaml', line: 13, column: 12 },
    ],
  },
  {
    name: 'elemen outside its dimension',
    files: { 'data/quickwin/portal.yaml': QW.replace('elemen: pelayanan', 'elemen: energi') },
    expect: [{ code: 'rule/elemen-dimensi', file: 'data/quickwin/portal.yaml', line: 4, column: 9 }],
  },
  {
    name: 'scores: unknown criterion, derived criterion, out of scale, missing',
    files: { 'data/quickwin/portal.yaml': QW.replace('skor: { dampak: 4, kemudahan: 3 }', 'skor: { dampak: 6, anggaran: 2, inovasi: 3 }') },
    expect: [
      { code: 'rule/skor-range', file: 'data/quickwin/portal.yaml', line: 9, column: 17 },
      { code: 'rule/skor-derived', file: 'data/quickwin/portal.yaml', line: 9, column: 20 },
      { code: 'ref/unknown', file: 'data/quickwin/portal.yaml', line: 9, column: 33 },
      { code: 'rule/skor-missing', file: 'data/quickwin/portal.yaml', line: 9, column: 1 },
    ],
  },
  {
    name: 'both skor and penilaian',
    files: { 'data/quickwin/portal.yaml': `${QW}penilaian:\n  - penilai: A\n    skor: { dampak: 4, kemudahan: 3 }\n` },
    expect: [{ code: 'rule/skor-and-penilaian', file: 'data/quickwin/portal.yaml', line: 10, column: 1 }],
  },
  {
    name: 'neither skor nor penilaian is a warning',
    files: { 'data/quickwin/portal.yaml': QW.replace(/skor:.*\n/, '') },
    expect: [{ code: 'rule/not-scored', file: 'data/quickwin/portal.yaml', line: 1, column: 1, severity: 'warning' }],
  },
  {
    name: 'weights: both bobot and perbandingan',
    files: { 'masterplan.yaml': `${CONFIG}  perbandingan:\n    - [dampak, kemudahan, 2]\n` },
    expect: [{ code: 'rule/weights-both', file: 'masterplan.yaml', line: 19, column: 3 }],
  },
  {
    name: 'weights: partial bobot',
    files: { 'masterplan.yaml': CONFIG.replace('jenis: benefit, bobot: 2 }', 'jenis: benefit }') },
    expect: [{ code: 'rule/weights-partial', file: 'masterplan.yaml', line: 17, column: 13 }],
  },
  {
    name: 'AHP structure: self pair, unknown criterion, out of range, missing pairs',
    files: {
      'masterplan.yaml': CONFIG.replace(/, bobot: \d/g, '') +
        '  perbandingan:\n    - [dampak, dampak, 1]\n    - [dampak, inovasi, 3]\n    - [dampak, kemudahan, 12]\n',
    },
    expect: [
      { code: 'rule/ahp-missing-pair', file: 'masterplan.yaml', line: 19, column: 3 },
      { code: 'rule/ahp-self-pair', file: 'masterplan.yaml', line: 20, column: 7 },
      { code: 'ref/unknown', file: 'masterplan.yaml', line: 21, column: 16 },
      { code: 'rule/ahp-value-range', file: 'masterplan.yaml', line: 22, column: 27 },
    ],
  },
  {
    name: 'periode order, provinsi required',
    files: { 'masterplan.yaml': CONFIG.replace('  provinsi: Jawa Tengah\n', '').replace('selesai: 2034', 'selesai: 2020') },
    expect: [
      { code: 'rule/provinsi-required', file: 'masterplan.yaml', line: 1, column: 1 },
      { code: 'rule/periode-order', file: 'masterplan.yaml', line: 6, column: 12 },
    ],
  },
  {
    name: 'program years outside the period and in the wrong order',
    files: { 'data/program/integrasi.yaml': PROGRAM.replace('{ mulai: 2025, selesai: 2029 }', '{ mulai: 2036, selesai: 2030 }') },
    expect: [
      { code: 'rule/tahun-order', file: 'data/program/integrasi.yaml', line: 7, column: 32 },
      { code: 'rule/outside-periode', file: 'data/program/integrasi.yaml', line: 7, column: 17 },
    ],
  },
  {
    name: 'quick win start outside the period',
    files: { 'data/quickwin/portal.yaml': QW.replace('"2025-03"', '"2040-03"') },
    expect: [{ code: 'rule/outside-periode', file: 'data/quickwin/portal.yaml', line: 8, column: 8 }],
  },
  {
    name: 'staff and budget figures',
    files: {
      'data/opd/diskominfo.yaml': OPD.replace('tik: 12', 'tik: 41').replace('realisasi: 900000000', 'realisasi: 1100000000').replace('tik: 400000000', 'tik: 2000000000'),
    },
    expect: [
      { code: 'rule/tik-exceeds-staff', file: 'data/opd/diskominfo.yaml', line: 6, column: 8 },
      { code: 'rule/realisasi-exceeds-pagu', file: 'data/opd/diskominfo.yaml', line: 10, column: 16, severity: 'warning' },
      { code: 'rule/tik-exceeds-pagu', file: 'data/opd/diskominfo.yaml', line: 11, column: 10 },
    ],
  },
  {
    name: 'duplicate budget year',
    files: { 'data/opd/diskominfo.yaml': `${OPD.replace('aplikasi:', 'aplikasi_x:').replace('aplikasi_x:\n  - nama: Portal\n    status: aktif\n', '')}  - tahun: 2024\n    pagu: 5\naplikasi: []\n` },
    expect: [{ code: 'rule/duplicate-year', file: 'data/opd/diskominfo.yaml', line: 12, column: 12 }],
  },
  {
    name: 'duration over the maximum, no isu: warnings',
    files: { 'data/quickwin/portal.yaml': QW.replace('durasi_bulan: 6', 'durasi_bulan: 18').replace('isu: [layanan]\n', '') },
    expect: [
      { code: 'rule/isu-required', file: 'data/quickwin/portal.yaml', line: 1, column: 1, severity: 'warning' },
      { code: 'rule/duration-exceeds-max', file: 'data/quickwin/portal.yaml', line: 6, column: 15, severity: 'warning' },
    ],
  },
  {
    name: 'missing masterplan.yaml',
    files: { 'masterplan.yaml': null },
    expect: [{ code: 'rule/missing-config', file: 'masterplan.yaml', line: 1, column: 1 }],
  },
];

describe('validation rules', () => {
  it.each(cases)('$name', expectRuleCase);

  it('renders messages in both languages without placeholders left over', async () => {
    const dir = await minimalProject({ 'data/quickwin/portal.yaml': QW.replace('opd: diskominfo', 'opd: x') });
    const { diagnostics } = await loadAndValidate(dir);
    for (const lang of ['id', 'en'] as const) {
      const message = diagnosticMessage(diagnostics[0] ?? { code: 'rule/missing-config', args: {} }, lang);
      expect(message).toMatch(/"x"/);
      expect(message).not.toMatch(/undefined|\?"/);
    }
  });

  it('gives the same from shape checks made as the files were read, in any order, as from its own', async () => {
    // Every kind of file, valid and not: shape findings, a broken file and rule findings.
    const dir = await minimalProject({
      'data/opd/bappeda.yaml': 'nama: Bappeda\nsingkatn: Bappeda\nsdm: { asn: banyak, non_asn: 0, tik: 0 }\naplikasi: []\n',
      'data/opd/rusak.yaml': 'nama: [tidak ditutup\n',
      'data/quickwin/portal.yaml': QW.replace('durasi_bulan: 6', 'durasi_bulan: 18'),
    });
    const loaded = await loadProject(dir);
    const own = validateProject(loaded);
    expect(own.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['schema/unknown-key', 'schema/type', 'yaml/syntax', 'rule/duration-exceeds-max']));
    const shapes: Array<ShapeCheck | undefined> = [];
    // Checked from the last file to the first, and one file left for the validation to check.
    for (let i = loaded.files.length - 1; i > 0; i--) {
      const file = loaded.files[i];
      if (file?.data !== undefined) shapes[i] = checkShape(file);
    }
    const given = validateProject(loaded, shapes);
    expect(given.diagnostics).toStrictEqual(own.diagnostics);
    expect(given.project).toStrictEqual(own.project);
    expect((await loadAndValidate(dir)).diagnostics).toEqual(expect.arrayContaining(own.diagnostics));
  });
});
