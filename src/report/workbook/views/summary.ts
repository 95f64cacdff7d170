/** View of the summary sheet (Ringkasan): the project's key figures as label–value rows. */
import { opdCompleteness, type Model } from '../../../model/index.js';
import type { Ranking } from '../../../score/types.js';
import { METODE } from '../../labels.js';
import { namesOf } from '../../names.js';
import type { SheetView, ViewRow } from './types.js';

/**
 * The summary: region, period, counts, budgets, method, readiness and completeness, and the selected
 * quick win of each dimension.
 * @param model the project model
 * @param ranking the scoring result
 * @returns the sheet view
 */
export function summaryView(model: Model, ranking: Ranking): SheetView {
  const c = model.config;
  const selected = ranking.quickwins.filter((p) => p.selected);
  const selectedBudget = selected.reduce((s, p) => s + (model.quickwinById.get(p.id)?.data.anggaran.nilai ?? 0), 0);
  const programBudget = model.program.reduce((s, p) => s + (p.data.anggaran_indikatif ?? 0), 0);
  const aspects = model.kesiapan === undefined ? [] : Object.values(model.kesiapan)
    .filter((p): p is Record<string, { skor: number } | undefined> => typeof p === 'object')
    .flatMap((p) => Object.values(p).flatMap((a) => (a !== undefined && typeof a.skor === 'number' ? [a.skor] : [])));
  const completeness = model.opd.length === 0 ? 0 : model.opd.reduce((s, o) => s + opdCompleteness(o.data).share, 0) / model.opd.length;
  const rows: ViewRow[] = [
    { uraian: 'Daerah', nilai: c.daerah.nama },
    { uraian: 'Provinsi', nilai: c.daerah.provinsi ?? null },
    { uraian: 'Kepala daerah', nilai: c.daerah.kepala_daerah ?? null },
    { uraian: 'Periode masterplan', nilai: `${c.periode.mulai}–${c.periode.selesai}` },
    { uraian: 'Perangkat daerah (OPD)', nilai: { value: model.opd.length, format: 'int' } },
    { uraian: 'Isu strategis', nilai: { value: model.isu.length, format: 'int' } },
    { uraian: 'Usulan quick win', nilai: { value: model.quickwin.length, format: 'int' } },
    { uraian: 'Quick win terpilih', nilai: { value: selected.length, format: 'int' } },
    { uraian: 'Anggaran quick win terpilih', nilai: { value: selectedBudget, format: 'rupiah' } },
    { uraian: 'Program pembangunan', nilai: { value: model.program.length, format: 'int' } },
    { uraian: 'Anggaran indikatif program', nilai: { value: programBudget, format: 'rupiah' } },
    { uraian: 'Metode penilaian quick win', nilai: METODE[ranking.method].singkat },
    {
      uraian: 'Rata-rata skor kesiapan (1–5)',
      nilai: aspects.length > 0 ? { value: aspects.reduce((s, x) => s + x, 0) / aspects.length, format: 'decimal' } : 'belum dinilai',
    },
    { uraian: 'Kelengkapan data OPD', nilai: { value: completeness, format: 'percent' } },
  ];
  const names = namesOf(model);
  for (const g of model.dimensions) {
    const sel = ranking.selection.find((s) => s.dimensi === g.info.id);
    const chosen = sel?.selected.map(names.quickwinNama) ?? [];
    rows.push({ uraian: `Quick win terpilih — ${g.info.nama}`, nilai: chosen.length > 0 ? chosen.join(', ') : 'belum ada' });
  }
  return { meta: { daerah: c.daerah.nama, periode: `${c.periode.mulai}–${c.periode.selesai}` }, groups: {}, rows };
}
