/** Human labels of the stage requirements, in Indonesian and English. */
import type { SyaratId } from '../schema/index.js';

export const SYARAT_LABELS: Record<SyaratId, { id: string; en: string }> = {
  daerah: { id: 'Identitas daerah', en: 'Region details' },
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
  quickwin: { id: 'Usulan quick win (paling sedikit satu)', en: 'Quick-win proposals (at least one)' },
  'quickwin.skor': { id: 'Penilaian quick win', en: 'Quick-win scores' },
  'tim.pelaksana': { id: 'Susunan Tim Pelaksana', en: 'Implementation team' },
  'quickwin.terpilih': { id: 'Quick win terpilih (paling sedikit satu)', en: 'Selected quick wins (at least one)' },
};

/** Who owes a city-wide item. */
export const TIM_PELAKSANA = { id: 'Tim Pelaksana', en: 'the Tim Pelaksana' };

/** What a dimension may lack, in Indonesian and English (coverage warnings). */
export const COVERAGE_LABELS = {
  isu: ['isu strategis', 'strategic issue'],
  program: ['program', 'program'],
  quickwin: ['usulan quick win', 'quick-win proposal'],
  swot: ['analisis SWOT', 'SWOT analysis'],
} as const;
