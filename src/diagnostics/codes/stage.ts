/** Codes of the bimtek stage checks (missing required data and coverage gaps), and the names of what a stage requires. */
import type { SyaratId } from '../../schema/index.js';
import type { Text } from '../../text/index.js';
import { code, labelOf } from '../spec.js';

/** The stage requirements. */
export const SYARAT_LABELS: Readonly<Record<SyaratId, Text>> = {
  daerah: { id: 'Profil daerah (data/daerah.yaml)', en: 'Region profile (data/daerah.yaml)' },
  periode: { id: 'Periode masterplan', en: 'Masterplan period' },
  opd: { id: 'Profil OPD (paling sedikit satu)', en: 'Agency profiles (at least one)' },
  'opd.sdm': { id: 'Data SDM', en: 'Staff data (sdm)' },
  'opd.aplikasi': { id: 'Daftar aplikasi', en: 'List of applications' },
  'opd.anggaran': { id: 'Data anggaran', en: 'Budget data' },
  isu: { id: 'Isu strategis (paling sedikit satu)', en: 'Strategic issues (at least one)' },
  'isu.deskripsi': { id: 'Deskripsi isu strategis', en: 'Description of a strategic issue' },
  kesiapan: { id: 'Analisis kesiapan daerah', en: 'Readiness assessment' },
  swot: { id: 'Analisis SWOT', en: 'SWOT analysis' },
  visi: { id: 'Visi smart city', en: 'Smart-city vision' },
  misi: { id: 'Misi smart city', en: 'Smart-city missions' },
  program: { id: 'Program pembangunan (paling sedikit satu)', en: 'Development programs (at least one)' },
  strategi: { id: 'Strategi dimensi (data/strategi/<dimensi>.yaml)', en: 'Dimension strategy (data/strategi/<dimension>.yaml)' },
  quickwin: { id: 'Usulan quick win (paling sedikit satu)', en: 'Quick-win proposals (at least one)' },
  'quickwin.skor': { id: 'Penilaian quick win', en: 'Quick-win scores' },
  'tim.pelaksana': { id: 'Susunan Tim Pelaksana', en: 'Implementation team' },
  'quickwin.terpilih': { id: 'Quick win terpilih (paling sedikit satu)', en: 'Selected quick wins (at least one)' },
};

/** Who owes a city-wide item. */
export const TIM_PELAKSANA: Text = { id: 'Tim Pelaksana', en: 'the Tim Pelaksana' };

/** What a dimension may lack (coverage warnings). */
export type CoverageKind = 'isu' | 'program' | 'quickwin' | 'swot';

export const COVERAGE_LABELS: Readonly<Record<CoverageKind, Text>> = {
  isu: { id: 'isu strategis', en: 'strategic issue' },
  program: { id: 'program', en: 'program' },
  quickwin: { id: 'usulan quick win', en: 'quick-win proposal' },
  swot: { id: 'analisis SWOT', en: 'SWOT analysis' },
};

export const stageCodes = {
  'stage/missing': code<{ syarat: SyaratId; stage: number; detail?: string; owner?: string }>('error', {
    id: (a, f) =>
      `${f.text(labelOf(SYARAT_LABELS, a.syarat))}${f.opt(a.detail, (d) => ` (${d})`)} belum diserahkan oleh ${a.owner ?? f.text(TIM_PELAKSANA)}; wajib sejak tahap ${a.stage}. Lengkapi datanya, atau buat draf dengan --stage/--draft.`,
    en: (a, f) =>
      `${f.text(labelOf(SYARAT_LABELS, a.syarat))}${f.opt(a.detail, (d) => ` (${d})`)} has not been submitted by ${a.owner ?? f.text(TIM_PELAKSANA)}; required from stage ${a.stage}. Complete the data, or build a draft with --stage/--draft.`,
  }),
  'stage/coverage-dimension': code<{ dimensi: string; without: CoverageKind }>('warning', {
    id: (a, f) => `Dimensi ${a.dimensi} belum memiliki ${f.text(labelOf(COVERAGE_LABELS, a.without))}.`,
    en: (a, f) => `Dimension ${a.dimensi} has no ${f.text(labelOf(COVERAGE_LABELS, a.without))} yet.`,
  }),
  'stage/coverage-opd': code<{ opd: string }>('warning', {
    id: (a) => `${a.opd} belum mengusulkan quick win.`,
    en: (a) => `${a.opd} has not proposed a quick win yet.`,
  }),
};
