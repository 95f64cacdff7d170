/**
 * Views of the Tim's own content and of what OPDs submit beyond their profile: the region's
 * indicators by year, public services, data sets, each OPD's SWOT, program activities and quick-win
 * schedules.
 */
import type { Model } from '../../../model/index.js';
import { angka } from '../../format/index.js';
import { namesOf } from '../../names.js';
import { labelOf, KATEGORI, yaTidak } from '../../labels.js';
import type { GroupMember, SheetView, ViewRow } from './types.js';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A closed-list value as printed: its first letter in capitals. */
const kapital = (v: string | undefined): string | null => (v === undefined ? null : v.charAt(0).toUpperCase() + v.slice(1));

/**
 * The region's indicators, one row per indicator, one column per year of any series.
 * @param model the project model
 * @returns the sheet view
 */
export function indikatorDaerahView(model: Model): SheetView {
  const list = model.daerah?.indikator ?? [];
  const years = [...new Set(list.flatMap((i) => i.data.map((t) => t.tahun)))].sort((a, b) => a - b);
  const tahun: GroupMember[] = years.map((y) => ({ id: String(y), label: String(y) }));
  const rows: ViewRow[] = list.map((i) => {
    const row: Record<string, ViewRow[string]> = { id: i.id, nama: i.nama, satuan: i.satuan, sumber: i.sumber };
    for (const y of years) row[`tahun.${y}`] = i.data.find((t) => t.tahun === y)?.nilai ?? null;
    return row;
  });
  const d = model.daerah;
  return {
    meta: {
      daerah: model.config.daerah.nama,
      luas: d === undefined ? '–' : angka(d.luasKm2),
    },
    groups: { tahun },
    rows,
  };
}

/**
 * Every OPD's public services, by OPD id then in the OPD's order.
 * @param model the project model
 * @returns the sheet view
 */
export function layananView(model: Model): SheetView {
  const rows: ViewRow[] = [...model.opd].sort(byId).flatMap((o) =>
    (o.data.layanan ?? []).map((l) => ({ opd: o.data.singkatan, opd_id: o.id, nama: l.nama, jenis: kapital(l.jenis) })),
  );
  return { meta: { daerah: model.config.daerah.nama }, groups: {}, rows };
}

/**
 * Every OPD's data sets with their Satu Data status.
 * @param model the project model
 * @returns the sheet view
 */
export function dataSetView(model: Model): SheetView {
  const rows: ViewRow[] = [...model.opd].sort(byId).flatMap((o) =>
    (o.data.data_set ?? []).map((d) => ({
      opd: o.data.singkatan,
      opd_id: o.id,
      nama: d.nama,
      format: d.format ?? null,
      frekuensi: kapital(d.frekuensi),
      satu_data: yaTidak(d.satu_data),
    })),
  );
  return { meta: { daerah: model.config.daerah.nama }, groups: {}, rows };
}

const UNSUR_SWOT = [
  ['kekuatan', 'Kekuatan'],
  ['kelemahan', 'Kelemahan'],
  ['peluang', 'Peluang'],
  ['ancaman', 'Ancaman'],
] as const;

/**
 * Each OPD's own SWOT, one row per item.
 * @param model the project model
 * @returns the sheet view
 */
export function swotOpdView(model: Model): SheetView {
  const rows: ViewRow[] = [...model.opd].sort(byId).flatMap((o) =>
    UNSUR_SWOT.flatMap(([key, label]) => (o.data.swot?.[key] ?? []).map((uraian) => ({ opd: o.data.singkatan, opd_id: o.id, unsur: label, uraian }))),
  );
  return { meta: { daerah: model.config.daerah.nama }, groups: {}, rows };
}

/**
 * Every program activity by year, then program id.
 * @param model the project model
 * @returns the sheet view
 */
export function kegiatanView(model: Model): SheetView {
  const names = namesOf(model);
  const rows: ViewRow[] = [...model.program]
    .sort(byId)
    .flatMap((p, order) => (p.data.kegiatan ?? []).map((k, i) => ({ p, k, order, i })))
    .sort((a, b) => a.k.tahun - b.k.tahun || a.order - b.order || a.i - b.i)
    .map(({ p, k }) => ({
      tahun: k.tahun,
      kegiatan: k.nama,
      program_id: p.id,
      program: p.data.nama,
      kategori: labelOf(KATEGORI, p.data.kategori),
      opd: names.opdSingkatan(p.data.opd),
      target: k.target ?? null,
      anggaran: k.anggaran ?? null,
    }));
  return { meta: { daerah: model.config.daerah.nama }, groups: {}, rows };
}

/**
 * Every quick win's schedule, obstacles and needs, by quick-win id.
 * @param model the project model
 * @returns the sheet view
 */
export function jadwalView(model: Model): SheetView {
  const rows: ViewRow[] = [...model.quickwin].sort(byId).flatMap((q) => [
    ...(q.data.jadwal ?? []).map((j) => ({ quickwin_id: q.id, quickwin: q.data.nama, jenis: 'Jadwal', uraian: j.kegiatan, mulai: j.mulai, selesai: j.selesai })),
    ...(q.data.kendala ?? []).map((k) => ({ quickwin_id: q.id, quickwin: q.data.nama, jenis: 'Kendala', uraian: k, mulai: null, selesai: null })),
    ...(q.data.kebutuhan ?? []).map((k) => ({ quickwin_id: q.id, quickwin: q.data.nama, jenis: 'Kebutuhan', uraian: k, mulai: null, selesai: null })),
  ]);
  return { meta: { daerah: model.config.daerah.nama }, groups: {}, rows };
}
