/** Codes of the bimtek stage checks: missing required data and coverage gaps. */
import { arg, type DiagnosticSpec } from '../spec.js';

export const stageCodes = {
  'stage/missing': {
    severity: 'error',
    id: (a) => `${arg(a, 'item')}${a['detail'] !== undefined ? ` (${arg(a, 'detail')})` : ''} belum diserahkan oleh ${arg(a, 'owner')}; wajib sejak tahap ${arg(a, 'stage')}. Lengkapi datanya, atau buat draf dengan --stage/--draft.`,
    en: (a) => `${arg(a, 'itemEn')}${a['detail'] !== undefined ? ` (${arg(a, 'detail')})` : ''} has not been submitted by ${arg(a, 'ownerEn')}; required from stage ${arg(a, 'stage')}. Complete the data, or build a draft with --stage/--draft.`,
  },
  'stage/coverage-dimension': {
    severity: 'warning',
    id: (a) => `Dimensi ${arg(a, 'dimensi')} belum memiliki ${arg(a, 'without')}.`,
    en: (a) => `Dimension ${arg(a, 'dimensi')} has no ${arg(a, 'withoutEn')} yet.`,
  },
  'stage/coverage-opd': {
    severity: 'warning',
    id: (a) => `${arg(a, 'opd')} belum mengusulkan quick win.`,
    en: (a) => `${arg(a, 'opd')} has not proposed a quick win yet.`,
  },
} satisfies Record<string, DiagnosticSpec>;
