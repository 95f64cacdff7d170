/** Views of the project's data tables: strategic issues, OPDs, applications, programs and roadmap, readiness, completeness. */
import { COMPLETENESS_FIELDS, opdCompleteness, type Model } from '../../../model/index.js';
import type { AspekData } from '../../../schema/index.js';
import { namesOf } from '../../names.js';
import { BAGIAN_PROFIL, JANGKA, JENIS_OPD, KATEGORI, labelOf, PENGEMBANG, STATUS_APLIKASI, SUMBER_DANA, yaTidak } from '../../labels.js';
import type { GroupMember, SheetView, ViewRow } from './types.js';

const JANGKA_ORDER: Readonly<Record<string, number>> = { pendek: 0, menengah: 1, panjang: 2 };

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * How many quick wins name each key (counted once per quick win), counted in one pass rather than
 * by filtering every quick win for every row.
 * @param model the project model
 * @param keys the keys a quick win names
 * @returns the count of each key named at least once
 */
function quickwinCount(model: Model, keys: (q: Model['quickwin'][number]) => Iterable<string>): Map<string, number> {
  const count = new Map<string, number>();
  for (const q of model.quickwin) for (const key of new Set(keys(q))) count.set(key, (count.get(key) ?? 0) + 1);
  return count;
}

/** How many quick wins each OPD proposes. */
const quickwinsPerOpd = (model: Model) => quickwinCount(model, (q) => [q.data.opd]);

/**
 * Strategic issues, by id.
 * @param model the project model
 * @returns the sheet view
 */
export function isuView(model: Model): SheetView {
  const names = namesOf(model);
  const perIsu = quickwinCount(model, (q) => q.data.isu ?? []);
  const rows: ViewRow[] = [...model.isu].sort(byId).map((i) => ({
    id: i.id,
    judul: i.data.judul,
    dimensi: i.data.dimensi.map(names.dimensiNama).join(', '),
    opd: i.data.opd?.map(names.opdSingkatan).join(', ') ?? null,
    sumber: i.data.sumber ?? null,
    deskripsi: i.data.deskripsi ?? null,
    indikator: i.data.indikator?.map((x) => x.nama).join('; ') ?? null,
    quickwin: perIsu.get(i.id) ?? 0,
  }));
  return { meta: { daerah: model.config.daerah.nama }, groups: {}, rows };
}

/**
 * OPD profiles with their latest budget year, by id.
 * @param model the project model
 * @returns the sheet view
 */
export function opdView(model: Model): SheetView {
  const perOpd = quickwinsPerOpd(model);
  const rows: ViewRow[] = [...model.opd].sort(byId).map((o) => {
    const d = o.data;
    const latest = [...(d.anggaran ?? [])].sort((a, b) => b.tahun - a.tahun)[0];
    return {
      id: o.id,
      nama: d.nama,
      singkatan: d.singkatan,
      jenis: d.jenis !== undefined ? labelOf(JENIS_OPD, d.jenis) : null,
      kepala: d.kepala?.nama ?? null,
      tupoksi: d.tupoksi ?? null,
      email: d.kontak?.email ?? null,
      telepon: d.kontak?.telepon ?? null,
      alamat: d.kontak?.alamat ?? null,
      asn: d.sdm?.asn ?? null,
      non_asn: d.sdm?.non_asn ?? null,
      sdm_tik: d.sdm?.tik ?? null,
      bandwidth: d.infrastruktur?.bandwidth_mbps ?? null,
      server: d.infrastruktur?.server ?? null,
      komputer: d.infrastruktur?.komputer ?? null,
      cctv: d.infrastruktur?.cctv ?? null,
      pusat_data: yaTidak(d.infrastruktur?.pusat_data),
      anggaran_tahun: latest?.tahun ?? null,
      pagu: latest?.pagu ?? null,
      realisasi: latest?.realisasi ?? null,
      anggaran_tik: latest?.tik ?? null,
      aplikasi: d.aplikasi?.length ?? null,
      quickwin: perOpd.get(o.id) ?? 0,
    };
  });
  return { meta: { daerah: model.config.daerah.nama }, groups: {}, rows };
}

/**
 * Every OPD's applications, by OPD then in the OPD's order.
 * @param model the project model
 * @returns the sheet view
 */
export function aplikasiView(model: Model): SheetView {
  const names = namesOf(model);
  const rows: ViewRow[] = [...model.opd].sort(byId).flatMap((o) =>
    (o.data.aplikasi ?? []).map((a) => ({
      opd: o.data.singkatan,
      opd_id: o.id,
      nama: a.nama,
      fungsi: a.fungsi ?? null,
      dimensi: a.dimensi !== undefined ? names.dimensiNama(a.dimensi) : null,
      status: labelOf(STATUS_APLIKASI, a.status),
      tahun: a.tahun ?? null,
      tautan: a.tautan ?? null,
      terintegrasi: yaTidak(a.terintegrasi),
      pengembang: a.pengembang !== undefined ? PENGEMBANG[a.pengembang] : null,
    })),
  );
  return { meta: { daerah: model.config.daerah.nama }, groups: {}, rows };
}

/**
 * Programs in dimension order, then by term, start year and id, with one marker per year of the
 * masterplan period the program runs in (the roadmap grid).
 * @param model the project model
 * @returns the sheet view
 */
export function programView(model: Model): SheetView {
  const names = namesOf(model);
  const { mulai, selesai } = model.config.periode;
  const years: GroupMember[] = [];
  for (let y = mulai; y <= selesai && years.length < 50; y++) years.push({ id: String(y), label: String(y) });
  const dimOrder = new Map(model.dimensions.map((g, i) => [g.info.id, i]));
  const sorted = [...model.program].sort((a, b) =>
    (dimOrder.get(a.data.dimensi) ?? 0) - (dimOrder.get(b.data.dimensi) ?? 0)
    || (JANGKA_ORDER[a.data.jangka] ?? 0) - (JANGKA_ORDER[b.data.jangka] ?? 0)
    || a.data.tahun.mulai - b.data.tahun.mulai
    || byId(a, b));
  const rows: ViewRow[] = sorted.map((p) => {
    const d = p.data;
    const row: Record<string, ViewRow[string]> = {
      id: p.id,
      nama: d.nama,
      dimensi: names.dimensiNama(d.dimensi),
      elemen: names.elemenNama(d.elemen),
      opd: names.opdSingkatan(d.opd),
      kategori: labelOf(KATEGORI, d.kategori),
      jangka: labelOf(JANGKA, d.jangka),
      mulai: d.tahun.mulai,
      selesai: d.tahun.selesai,
      anggaran: d.anggaran_indikatif ?? null,
      sumber_dana: d.sumber_dana !== undefined ? SUMBER_DANA[d.sumber_dana] : null,
      quickwin: d.quickwin !== undefined ? names.quickwinNama(d.quickwin) : null,
    };
    for (const y of years) {
      const year = Number(y.id);
      row[`tahun.${y.id}`] = year >= d.tahun.mulai && year <= d.tahun.selesai ? '●' : null;
    }
    return row;
  });
  return { meta: { daerah: model.config.daerah.nama, periode: `${mulai}–${selesai}` }, groups: { tahun: years }, rows };
}

/**
 * Readiness: one row per aspect in pillar order, with the pillar averages in the subtitle.
 * @param model the project model
 * @returns the sheet view
 */
export function kesiapanView(model: Model): SheetView {
  const rows: ViewRow[] = [];
  const averages: string[] = [];
  for (const pilar of model.pilar) {
    const scored = model.kesiapan?.[pilar.id] as Readonly<Record<string, AspekData | undefined>> | undefined;
    const skor: number[] = [];
    for (const aspek of pilar.aspek) {
      const a = scored?.[aspek.id];
      if (a !== undefined) skor.push(a.skor);
      rows.push({
        pilar: pilar.nama,
        aspek: aspek.nama,
        skor: a?.skor ?? null,
        catatan: a?.catatan ?? null,
        bukti: a?.bukti?.join('; ') ?? null,
      });
    }
    if (skor.length > 0) averages.push(`${pilar.nama} ${(skor.reduce((s, x) => s + x, 0) / skor.length).toFixed(1).replace('.', ',')}`);
  }
  return {
    meta: { daerah: model.config.daerah.nama, rata_rata: averages.length > 0 ? averages.join('; ') : 'belum dinilai' },
    groups: {},
    rows,
  };
}

/**
 * Data completeness per OPD: which optional parts of the profile are filled, and the share filled.
 * @param model the project model
 * @returns the sheet view
 */
export function kelengkapanView(model: Model): SheetView {
  const fields: GroupMember[] = COMPLETENESS_FIELDS.map((f) => ({ id: f, label: BAGIAN_PROFIL[f] }));
  const perOpd = quickwinsPerOpd(model);
  const rows: ViewRow[] = [...model.opd].sort(byId).map((o) => {
    const c = opdCompleteness(o.data);
    const row: Record<string, ViewRow[string]> = { id: o.id, opd: o.data.singkatan, persen: c.share, terisi: `${c.filled}/${c.total}` };
    for (const f of c.fields) row[`kolom.${f.field}`] = f.filled ? 'Ada' : 'Belum';
    row['quickwin'] = perOpd.get(o.id) ?? 0;
    return row;
  });
  return { meta: { daerah: model.config.daerah.nama }, groups: { kolom: fields }, rows };
}
