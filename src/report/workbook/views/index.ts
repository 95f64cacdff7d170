/** The workbook's view model: one function per view name a sheet template may use. */
import type { Model } from '../../../model/index.js';
import type { Ranking } from '../../../score/types.js';
import type { ViewName } from '../template.js';
import { matrixView, rankingView } from './ranking.js';
import { summaryView } from './summary.js';
import { dataSetView, indikatorDaerahView, jadwalView, kegiatanView, layananView, swotOpdView } from './konten.js';
import { aplikasiView, isuView, kelengkapanView, kesiapanView, opdView, programView } from './tables.js';
import type { SheetView } from './types.js';

export type { FormattedCell, FormulaCell, GroupMember, Scalar, SheetView, ViewCell, ViewRow } from './types.js';
export { isFormatted, isFormula } from './types.js';
export { ranksOf, sawFormula, sawFormulaResults } from './ranking.js';

export const VIEWS: Record<ViewName, (model: Model, ranking: Ranking) => SheetView> = {
  ringkasan: summaryView,
  peringkat: rankingView,
  matriks: matrixView,
  isu: (m) => isuView(m),
  opd: (m) => opdView(m),
  aplikasi: (m) => aplikasiView(m),
  program: (m) => programView(m),
  kesiapan: (m) => kesiapanView(m),
  kelengkapan: (m) => kelengkapanView(m),
  'indikator-daerah': (m) => indikatorDaerahView(m),
  layanan: (m) => layananView(m),
  'data-set': (m) => dataSetView(m),
  'swot-opd': (m) => swotOpdView(m),
  kegiatan: (m) => kegiatanView(m),
  jadwal: (m) => jadwalView(m),
};
