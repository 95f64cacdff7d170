/**
 * Codes of the Tim's own content (docs/input.md): the region's profile, the strategy per dimension,
 * the RPJMD alignment, program activities and quick-win schedules, and the final-build warning about
 * elements without a direction.
 */
import type { Text } from '../../text/index.js';
import { code, labelOf } from '../spec.js';

/** A program horizon, as the warnings name it. */
export type Jangka = 'pendek' | 'menengah' | 'panjang';

const JANGKA: Readonly<Record<Jangka, Text>> = {
  pendek: { id: 'jangka pendek (1 tahun)', en: 'short-term (1 year)' },
  menengah: { id: 'jangka menengah (5 tahun)', en: 'medium-term (5 years)' },
  panjang: { id: 'jangka panjang (10 tahun)', en: 'long-term (10 years)' },
};

/** The items a form's activity and schedule rows belong to. */
export type ParentKind = 'program' | 'quickwin';

const PARENT: Readonly<Record<ParentKind, Text>> = {
  program: { id: 'program', en: 'program' },
  quickwin: { id: 'quick win', en: 'quick win' },
};

export const contentCodes = {
  'xlsx/unknown-parent': code<{ kind: ParentKind; ref: string; sheet: string }>('error', {
    id: (a, f) =>
      a.ref === ''
        ? `Baris ini belum menyebut ${f.text(labelOf(PARENT, a.kind))}-nya; isi ID atau nama ${f.text(labelOf(PARENT, a.kind))} dari lembar ${a.sheet}.`
        : `Tidak ada ${f.text(labelOf(PARENT, a.kind))} "${a.ref}" di lembar ${a.sheet}; isi ID atau nama ${f.text(labelOf(PARENT, a.kind))} yang tercantum di sana.`,
    en: (a, f) =>
      a.ref === ''
        ? `This row does not name its ${f.text(labelOf(PARENT, a.kind))}; give the ID or the name of a ${f.text(labelOf(PARENT, a.kind))} on sheet ${a.sheet}.`
        : `There is no ${f.text(labelOf(PARENT, a.kind))} "${a.ref}" on sheet ${a.sheet}; give the ID or the name of one listed there.`,
  }),
  'schema/must-be-positive': code<{ field: string }>('error', {
    id: (a) => `Nilai "${a.field}" harus lebih besar dari 0.`,
    en: (a) => `"${a.field}" must be greater than 0.`,
  }),
  'rule/indikator-unknown': code<{ id: string; missing: 'nama' | 'satuan' | 'nama-satuan'; suggestion?: string }>('error', {
    id: (a, f) =>
      `Indikator "${a.id}" tidak ada di katalog${f.opt(a.suggestion, (s) => ` (mungkin maksudnya "${s}")`)}; untuk indikator baru isi juga ${a.missing === 'nama-satuan' ? '"nama" dan "satuan"' : `"${a.missing}"`}.`,
    en: (a, f) =>
      `Indicator "${a.id}" is not in the catalogue${f.opt(a.suggestion, (s) => ` (perhaps "${s}")`)}; a new indicator also needs ${a.missing === 'nama-satuan' ? '"nama" and "satuan"' : `"${a.missing}"`}.`,
  }),
  'rule/tahun-implausible': code<{ tahun: number; min: number; max: number }>('error', {
    id: (a) => `Tahun ${a.tahun} tidak wajar untuk data ini; tulis tahun antara ${a.min} dan ${a.max}.`,
    en: (a) => `Year ${a.tahun} is not plausible for this data; write a year from ${a.min} to ${a.max}.`,
  }),
  'rule/duplicate-series-year': code<{ tahun: number }>('error', {
    id: (a) => `Tahun ${a.tahun} ditulis lebih dari sekali dalam deret ini; satu nilai untuk setiap tahun.`,
    en: (a) => `Year ${a.tahun} appears more than once in this series; one value per year.`,
  }),
  'rule/strategi-dimensi': code<{ id: string; options: string; suggestion?: string }>('error', {
    id: (a, f) =>
      `Berkas strategi "${a.id}" bukan untuk dimensi yang dikenal${f.opt(a.suggestion, (s) => `; mungkin maksudnya "${s}"`)}. Nama berkas harus salah satu dari: ${a.options}.`,
    en: (a, f) =>
      `Strategy file "${a.id}" is not for a known dimension${f.opt(a.suggestion, (s) => `; did you mean "${s}"`)}. The file name must be one of: ${a.options}.`,
  }),
  'rule/target-empty': code('error', {
    id: 'Isi paling sedikit satu target: pendek (1 tahun), menengah (5 tahun), atau panjang (10 tahun).',
    en: 'Give at least one target: pendek (1 year), menengah (5 years) or panjang (10 years).',
  }),
  'rule/misi-rpjmd': code<{ nomor: number; jumlah: number }>('error', {
    id: (a) => `Misi RPJMD nomor ${a.nomor} tidak ada; RPJMD memiliki ${a.jumlah} misi (rpjmd.misi).`,
    en: (a) => `RPJMD mission number ${a.nomor} does not exist; the RPJMD has ${a.jumlah} missions (rpjmd.misi).`,
  }),
  'rule/misi-rpjmd-missing': code('error', {
    id: 'Misi ini merujuk misi RPJMD, tetapi masterplan.yaml belum memuat "rpjmd" (periode, visi, misi).',
    en: 'This mission refers to RPJMD missions, but masterplan.yaml has no "rpjmd" (periode, visi, misi).',
  }),
  'rule/rpjmd-periode': code<{ mulai: number; selesai: number; rpjmdMulai: number; rpjmdSelesai: number }>('error', {
    id: (a) => `Periode RPJMD ${a.rpjmdMulai}–${a.rpjmdSelesai} tidak beririsan dengan periode masterplan ${a.mulai}–${a.selesai}; selaraskan dengan RPJMD yang berlaku.`,
    en: (a) => `The RPJMD period ${a.rpjmdMulai}–${a.rpjmdSelesai} does not overlap the masterplan period ${a.mulai}–${a.selesai}; align with the RPJMD in force.`,
  }),
  'rule/kegiatan-tahun': code<{ tahun: number; mulai: number; selesai: number }>('error', {
    id: (a) => `Kegiatan tahun ${a.tahun} berada di luar tahun program ${a.mulai}–${a.selesai}.`,
    en: (a) => `An activity in ${a.tahun} is outside the program's years ${a.mulai}–${a.selesai}.`,
  }),
  'rule/jadwal-bulan': code<{ bulan: string; mulai: string; selesai: string }>('error', {
    id: (a) => `Bulan ${a.bulan} berada di luar masa pelaksanaan quick win ${a.mulai} sampai ${a.selesai} (mulai dan durasi_bulan).`,
    en: (a) => `Month ${a.bulan} is outside the quick win's months ${a.mulai} to ${a.selesai} (mulai and durasi_bulan).`,
  }),
  'rule/jadwal-order': code<{ mulai: string; selesai: string }>('error', {
    id: (a) => `Bulan selesai (${a.selesai}) lebih awal dari bulan mulai (${a.mulai}).`,
    en: (a) => `The end month (${a.selesai}) is before the start month (${a.mulai}).`,
  }),
  'rule/jangka-tahun': code<{ jangka: Jangka; selesai: number; batas: number; lebih: boolean }>('warning', {
    id: (a, f) =>
      a.lebih
        ? `Program ${f.text(labelOf(JANGKA, a.jangka))} berakhir ${a.selesai}, melewati ${a.batas}; periksa "jangka" atau "tahun".`
        : `Program ${f.text(labelOf(JANGKA, a.jangka))} sudah berakhir ${a.selesai}, dalam jangka yang lebih pendek (sampai ${a.batas}); periksa "jangka" atau "tahun".`,
    en: (a, f) =>
      a.lebih
        ? `A ${f.text(labelOf(JANGKA, a.jangka))} program ends in ${a.selesai}, after ${a.batas}; check "jangka" or "tahun".`
        : `A ${f.text(labelOf(JANGKA, a.jangka))} program already ends in ${a.selesai}, within a shorter horizon (up to ${a.batas}); check "jangka" or "tahun".`,
  }),
  'stage/arah-missing': code<{ dimensi: string; elemen: string }>('warning', {
    id: (a) => `Elemen ${a.elemen} (${a.dimensi}) memiliki program atau quick win tetapi belum diberi arah strategi; isi elemen.<id>.arah di data/strategi. Buku final tidak memuat arah elemen ini.`,
    en: (a) => `Element ${a.elemen} (${a.dimensi}) has programs or quick wins but no direction; fill elemen.<id>.arah in data/strategi. The final books leave the element's direction out.`,
  }),
};
