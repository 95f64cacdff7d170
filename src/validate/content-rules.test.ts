/**
 * The rules of the Tim's own content (docs/input.md), table-driven on the minimal project: each bad
 * input is one diagnostic with its code and position (file, line, column), never its message text.
 */
import { describe, it } from 'vitest';
import { MINIMAL } from '../../test/support/project.js';
import { expectRuleCase, type RuleCase } from '../../test/support/rule-cases.js';

const CONFIG = MINIMAL['masterplan.yaml'] as string;
const QW = MINIMAL['data/quickwin/portal.yaml'] as string;
const PROGRAM = MINIMAL['data/program/integrasi.yaml'] as string;

const DAERAH = `luas_km2: 39.68
wilayah:
  kecamatan: 4
  kelurahan: 27
indikator:
  - id: penduduk
    data:
      - { tahun: 2022, nilai: 277451 }
      - { tahun: 2023, nilai: 279000 }
    sumber: BPS
`;

const STRATEGI = `tujuan: Pemerintahan yang melayani.
sasaran:
  - nama: Layanan daring
    indikator:
      - nama: Layanan daring
        satuan: "%"
        baseline: { tahun: 2024, nilai: 20 }
        target: { pendek: 40, menengah: 80 }
tows:
  - jenis: so
    uraian: Memakai jaringan yang ada.
elemen:
  pelayanan:
    arah: Semua layanan daring.
`;

const RPJMD = `rpjmd:
  periode: { mulai: 2021, selesai: 2026 }
  visi: Kota yang maju.
  misi:
    - Misi satu.
    - Misi dua.
    - Misi tiga.
    - Misi empat.
    - Misi lima.
`;

const cases: RuleCase[] = [
  {
    name: 'a complete profile, strategy, RPJMD alignment, activities and schedule are valid',
    files: {
      'data/daerah.yaml': DAERAH,
      'data/strategi/governance.yaml': STRATEGI,
      'masterplan.yaml': `${CONFIG}${RPJMD}misi:\n  - teks: Pelayanan publik yang cepat.\n    rpjmd: [3, 5]\n  - Misi tanpa rujukan.\n`,
      'data/program/integrasi.yaml': `${PROGRAM}kegiatan:\n  - { nama: Integrasi, tahun: 2025, target: 5 layanan, anggaran: 10000000 }\n  - { nama: Evaluasi, tahun: 2029 }\n`,
      'data/quickwin/portal.yaml': `${QW}jadwal:\n  - { kegiatan: Analisis, mulai: "2025-03", selesai: "2025-04" }\n  - { kegiatan: Peluncuran, mulai: "2025-08", selesai: "2025-08" }\nkendala: [Jaringan lambat]\nkebutuhan: [Server]\n`,
    },
    expect: [],
  },
  {
    name: 'an indicator outside the catalogue without nama and satuan',
    files: { 'data/daerah.yaml': DAERAH.replace('  - id: penduduk', '  - id: rasio-guru') },
    expect: [{ code: 'rule/indikator-unknown', file: 'data/daerah.yaml', line: 6, column: 9 }],
  },
  {
    name: 'an indicator outside the catalogue with its nama and satuan is accepted',
    files: { 'data/daerah.yaml': DAERAH.replace('  - id: penduduk', '  - id: rasio-guru\n    nama: Rasio guru\n    satuan: murid per guru') },
    expect: [],
  },
  {
    name: 'a year outside any plausible range, and a year after the masterplan ends',
    files: { 'data/daerah.yaml': DAERAH.replace('tahun: 2022', 'tahun: 1850').replace('tahun: 2023', 'tahun: 2040') },
    expect: [
      { code: 'rule/tahun-implausible', file: 'data/daerah.yaml', line: 8, column: 18 },
      { code: 'rule/tahun-implausible', file: 'data/daerah.yaml', line: 9, column: 18 },
    ],
  },
  {
    name: 'a year twice in one series',
    files: { 'data/daerah.yaml': DAERAH.replace('tahun: 2023', 'tahun: 2022') },
    expect: [{ code: 'rule/duplicate-series-year', file: 'data/daerah.yaml', line: 9, column: 18 }],
  },
  {
    name: 'a negative area is not above zero',
    files: { 'data/daerah.yaml': DAERAH.replace('luas_km2: 39.68', 'luas_km2: -5') },
    expect: [{ code: 'schema/must-be-positive', file: 'data/daerah.yaml', line: 1, column: 11 }],
  },
  {
    name: 'a zero area',
    files: { 'data/daerah.yaml': DAERAH.replace('luas_km2: 39.68', 'luas_km2: 0') },
    expect: [{ code: 'schema/must-be-positive', file: 'data/daerah.yaml', line: 1, column: 11 }],
  },
  {
    name: 'no kecamatan and no indicator',
    files: { 'data/daerah.yaml': 'luas_km2: 10\nwilayah: { kecamatan: 0 }\nindikator: []\n' },
    expect: [
      { code: 'schema/too-small', file: 'data/daerah.yaml', line: 2, column: 23 },
      { code: 'schema/too-small', file: 'data/daerah.yaml', line: 3, column: 12 },
    ],
  },
  {
    name: 'a TOWS jenis that is not one of the four',
    files: { 'data/strategi/governance.yaml': STRATEGI.replace('jenis: so', 'jenis: sw') },
    expect: [{ code: 'schema/enum', file: 'data/strategi/governance.yaml', line: 10, column: 12 }],
  },
  {
    name: 'an element key of another dimension, and one of no dimension',
    files: { 'data/strategi/governance.yaml': `${STRATEGI}  energi:\n    arah: Hemat energi.\n  portal:\n    arah: Satu portal.\n` },
    expect: [
      { code: 'rule/elemen-dimensi', file: 'data/strategi/governance.yaml', line: 15, column: 3 },
      { code: 'rule/elemen-dimensi', file: 'data/strategi/governance.yaml', line: 17, column: 3 },
    ],
  },
  {
    name: 'a strategy file for an unknown dimension',
    files: { 'data/strategi/goverment.yaml': STRATEGI },
    expect: [{ code: 'rule/strategi-dimensi', file: 'data/strategi/goverment.yaml', line: 1, column: 1 }],
  },
  {
    name: 'an indicator with no target, and a baseline year outside the plausible range',
    files: { 'data/strategi/governance.yaml': STRATEGI.replace('target: { pendek: 40, menengah: 80 }', 'target: {}').replace('tahun: 2024', 'tahun: 1800') },
    expect: [
      { code: 'rule/tahun-implausible', file: 'data/strategi/governance.yaml', line: 7, column: 28 },
      { code: 'rule/target-empty', file: 'data/strategi/governance.yaml', line: 8, column: 9 },
    ],
  },
  {
    name: 'a misi pointing at RPJMD misi 7 of 5',
    files: { 'masterplan.yaml': `${CONFIG}${RPJMD}misi:\n  - teks: Pelayanan publik.\n    rpjmd: [2, 7]\n` },
    expect: [{ code: 'rule/misi-rpjmd', file: 'masterplan.yaml', line: 30, column: 16 }],
  },
  {
    name: 'a misi pointing at RPJMD misi without an rpjmd block',
    files: { 'masterplan.yaml': `${CONFIG}misi:\n  - teks: Pelayanan publik.\n    rpjmd: [1]\n` },
    expect: [{ code: 'rule/misi-rpjmd-missing', file: 'masterplan.yaml', line: 21, column: 5 }],
  },
  {
    name: 'a misi item with a misspelt key is reported by the mapping\'s own findings',
    files: { 'masterplan.yaml': `${CONFIG}${RPJMD}misi:\n  - teks: Pelayanan publik.\n    rpjm: [1]\n` },
    expect: [{ code: 'schema/unknown-key', file: 'masterplan.yaml', line: 30, column: 5 }],
  },
  {
    name: 'an RPJMD period that does not overlap the masterplan period',
    files: { 'masterplan.yaml': `${CONFIG}${RPJMD.replace('{ mulai: 2021, selesai: 2026 }', '{ mulai: 2014, selesai: 2019 }')}` },
    expect: [{ code: 'rule/rpjmd-periode', file: 'masterplan.yaml', line: 20, column: 3 }],
  },
  {
    name: 'an activity outside the program\'s years',
    files: { 'data/program/integrasi.yaml': `${PROGRAM}kegiatan:\n  - { nama: Integrasi, tahun: 2024 }\n  - { nama: Evaluasi, tahun: 2030 }\n` },
    expect: [
      { code: 'rule/kegiatan-tahun', file: 'data/program/integrasi.yaml', line: 10, column: 31 },
      { code: 'rule/kegiatan-tahun', file: 'data/program/integrasi.yaml', line: 11, column: 30 },
    ],
  },
  {
    name: 'a schedule outside the quick win\'s months, and a schedule ending before it starts',
    files: { 'data/quickwin/portal.yaml': `${QW}jadwal:\n  - { kegiatan: Persiapan, mulai: "2025-02", selesai: "2025-03" }\n  - { kegiatan: Evaluasi, mulai: "2025-08", selesai: "2025-07" }\n` },
    expect: [
      { code: 'rule/jadwal-bulan', file: 'data/quickwin/portal.yaml', line: 11, column: 35 },
      { code: 'rule/jadwal-order', file: 'data/quickwin/portal.yaml', line: 12, column: 54 },
    ],
  },
  {
    name: 'jangka inconsistent with the program\'s years: a warning each way',
    files: {
      'data/program/integrasi.yaml': PROGRAM.replace('jangka: menengah', 'jangka: pendek'),
      'data/program/panjang.yaml': PROGRAM.replace('jangka: menengah', 'jangka: panjang').replace('quickwin: portal\n', ''),
      'data/program/menengah.yaml': PROGRAM.replace('tahun: { mulai: 2025, selesai: 2029 }', 'tahun: { mulai: 2025, selesai: 2031 }').replace('quickwin: portal\n', ''),
    },
    expect: [
      { code: 'rule/jangka-tahun', file: 'data/program/integrasi.yaml', line: 6, column: 9, severity: 'warning' },
      { code: 'rule/jangka-tahun', file: 'data/program/menengah.yaml', line: 6, column: 9, severity: 'warning' },
      { code: 'rule/jangka-tahun', file: 'data/program/panjang.yaml', line: 6, column: 9, severity: 'warning' },
      { code: 'rule/duplicate-name', file: 'data/program/menengah.yaml', line: 1, column: 7, severity: 'warning' },
      { code: 'rule/duplicate-name', file: 'data/program/panjang.yaml', line: 1, column: 7, severity: 'warning' },
    ],
  },
];

describe('rules of the region profile, strategies, RPJMD alignment, activities and schedules', () => {
  it.each(cases)('$name', expectRuleCase);
});
