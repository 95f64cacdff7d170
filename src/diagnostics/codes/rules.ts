/** Codes of the semantic rules: references, cross-field checks and plausibility warnings. */
import type { Text } from '../../text/index.js';
import { code, labelOf, orElse } from '../spec.js';

/** What a reference points at. */
export type RefKind = 'opd' | 'isu' | 'quickwin' | 'criterion';

const KINDS: Readonly<Record<RefKind, Text>> = {
  opd: { id: 'OPD', en: 'OPD' },
  isu: { id: 'isu strategis', en: 'strategic issue' },
  quickwin: { id: 'quick win', en: 'quick win' },
  criterion: { id: 'kriteria', en: 'criterion' },
};

export const ruleCodes = {
  'ref/unknown': code<{ kind: RefKind; ref: string; suggestion?: string }>('error', {
    // A close id is most likely a typo: ask about it rather than suggest a new file.
    id: (a, f) => `${f.text(labelOf(KINDS, a.kind))} "${a.ref}" tidak ditemukan${orElse(f.opt(a.suggestion, (s) => `; maksudnya "${s}"?`), `. ${a.kind === 'criterion' ? 'Kriteria didefinisikan di penilaian.kriteria pada masterplan.yaml.' : `Buat berkas data/${a.kind}/${a.ref}.yaml atau perbaiki id-nya.`}`)}`,
    en: (a, f) => `${f.text(labelOf(KINDS, a.kind))} "${a.ref}" does not exist${orElse(f.opt(a.suggestion, (s) => `; did you mean "${s}"?`), `. ${a.kind === 'criterion' ? 'Criteria are defined under penilaian.kriteria in masterplan.yaml.' : `Create data/${a.kind}/${a.ref}.yaml or fix the id.`}`)}`,
  }),
  'ref/duplicate-id': code<{ id: string; where: string }>('error', {
    id: (a) => `Id "${a.id}" dipakai lebih dari sekali di ${a.where}; setiap id harus unik.`,
    en: (a) => `Id "${a.id}" is used more than once in ${a.where}; every id must be unique.`,
  }),
  'rule/missing-config': code('error', {
    id: 'Berkas masterplan.yaml tidak ditemukan; jalankan "masterplan init" atau jalankan perintah dari folder proyek.',
    en: 'masterplan.yaml was not found; run "masterplan init" or run the command from the project folder.',
  }),
  'rule/provinsi-required': code('error', {
    id: 'Kolom "daerah.provinsi" wajib diisi untuk kota dan kabupaten.',
    en: 'Field "daerah.provinsi" is required for a kota or kabupaten.',
  }),
  'rule/periode-order': code<{ mulai: number; selesai: number }>('error', {
    id: (a) => `Tahun selesai (${a.selesai}) lebih awal dari tahun mulai (${a.mulai}).`,
    en: (a) => `The end year (${a.selesai}) is before the start year (${a.mulai}).`,
  }),
  'rule/periode-span': code<{ years: number }>('error', {
    id: (a) => `Periode masterplan ${a.years} tahun terlalu panjang; paling lama 20 tahun (lazimnya 10 tahun).`,
    en: (a) => `A masterplan period of ${a.years} years is too long; at most 20 years (usually 10).`,
  }),
  'rule/outside-periode': code<{ value: number; mulai: number; selesai: number }>('error', {
    id: (a) => `Tahun ${a.value} berada di luar periode masterplan ${a.mulai}–${a.selesai}.`,
    en: (a) => `Year ${a.value} is outside the masterplan period ${a.mulai}–${a.selesai}.`,
  }),
  'rule/elemen-dimensi': code<{ elemen: string; dimensi: string; options: string }>('error', {
    id: (a) => `Elemen "${a.elemen}" bukan bagian dari dimensi "${a.dimensi}"; pilih salah satu: ${a.options}.`,
    en: (a) => `Element "${a.elemen}" does not belong to dimension "${a.dimensi}"; choose one of: ${a.options}.`,
  }),
  'rule/tik-exceeds-staff': code<{ tik: number; total: number }>('error', {
    id: (a) => `Jumlah SDM TIK (${a.tik}) melebihi jumlah pegawai ASN dan non-ASN (${a.total}).`,
    en: (a) => `ICT staff (${a.tik}) exceed the number of ASN and non-ASN staff (${a.total}).`,
  }),
  'rule/tik-exceeds-pagu': code<{ tahun: number }>('error', {
    id: (a) => `Anggaran TIK tahun ${a.tahun} melebihi pagu anggaran OPD.`,
    en: (a) => `The ICT budget of ${a.tahun} exceeds the agency's budget ceiling (pagu).`,
  }),
  'rule/realisasi-exceeds-pagu': code<{ tahun: number }>('warning', {
    id: (a) => `Realisasi anggaran tahun ${a.tahun} melebihi pagu; periksa kembali angkanya.`,
    en: (a) => `Budget realisation in ${a.tahun} exceeds the ceiling (pagu); check the figures.`,
  }),
  'rule/duplicate-year': code<{ tahun: number }>('error', {
    id: (a) => `Tahun anggaran ${a.tahun} ditulis lebih dari sekali; satu entri untuk setiap tahun.`,
    en: (a) => `Budget year ${a.tahun} appears more than once; one entry per year.`,
  }),
  'rule/duplicate-name': code<{ name: string; where: string }>('warning', {
    id: (a) => `Nama "${a.name}" muncul lebih dari sekali di ${a.where}.`,
    en: (a) => `Name "${a.name}" appears more than once in ${a.where}.`,
  }),
  'rule/tahun-order': code<{ mulai: number; selesai: number }>('error', {
    id: (a) => `Tahun selesai (${a.selesai}) lebih awal dari tahun mulai (${a.mulai}).`,
    en: (a) => `The end year (${a.selesai}) is before the start year (${a.mulai}).`,
  }),
  'rule/skala-order': code('error', {
    id: 'Nilai skala.min harus lebih kecil dari skala.max.',
    en: 'skala.min must be smaller than skala.max.',
  }),
  'rule/weights-missing': code('error', {
    id: 'Bobot kriteria belum ditentukan: beri setiap kriteria "bobot", atau isi "perbandingan" (AHP) untuk setiap pasangan kriteria.',
    en: 'Criteria weights are missing: give every criterion a "bobot", or fill "perbandingan" (AHP) for every pair of criteria.',
  }),
  'rule/weights-both': code('error', {
    id: 'Gunakan salah satu saja: "bobot" pada kriteria atau "perbandingan" (AHP), bukan keduanya.',
    en: 'Use one only: "bobot" on the criteria or "perbandingan" (AHP), not both.',
  }),
  'rule/weights-partial': code<{ criterion: string }>('error', {
    id: (a) => `Kriteria "${a.criterion}" belum diberi bobot; bila memakai bobot, setiap kriteria harus diberi bobot.`,
    en: (a) => `Criterion "${a.criterion}" has no bobot; when weights are used, every criterion needs one.`,
  }),
  'rule/ahp-self-pair': code<{ criterion: string }>('error', {
    id: (a) => `Perbandingan "${a.criterion}" dengan dirinya sendiri tidak diperlukan; hapus baris ini.`,
    en: (a) => `Comparing "${a.criterion}" with itself is not needed; remove this entry.`,
  }),
  'rule/ahp-duplicate-pair': code<{ a: string; b: string }>('error', {
    id: (a) => `Pasangan ${a.a}–${a.b} dibandingkan lebih dari sekali; sisakan satu perbandingan untuk setiap pasangan.`,
    en: (a) => `The pair ${a.a}–${a.b} is compared more than once; keep one judgement per pair.`,
  }),
  'rule/ahp-missing-pair': code<{ pairs: string }>('error', {
    id: (a) => `Perbandingan AHP belum lengkap; pasangan yang belum dinilai: ${a.pairs}.`,
    en: (a) => `The AHP comparisons are incomplete; pairs not yet judged: ${a.pairs}.`,
  }),
  'rule/ahp-value-range': code<{ value: number }>('error', {
    id: (a) => `Nilai perbandingan ${a.value} di luar skala Saaty 1/9 … 9.`,
    en: (a) => `Judgement ${a.value} is outside Saaty's scale 1/9 … 9.`,
  }),
  'rule/skor-and-penilaian': code('error', {
    id: 'Isi salah satu saja: "skor" (satu penilai) atau "penilaian" (beberapa penilai), bukan keduanya.',
    en: 'Give one only: "skor" (one assessor) or "penilaian" (several assessors), not both.',
  }),
  'rule/not-scored': code('warning', {
    id: 'Quick win ini belum dinilai ("skor" atau "penilaian"); ia diperingkat tanpa skor dan tidak dapat terpilih.',
    en: 'This quick win is not scored yet ("skor" or "penilaian"); it is ranked without scores and cannot be selected.',
  }),
  'rule/skor-missing': code<{ criterion: string }>('error', {
    id: (a) => `Skor untuk kriteria "${a.criterion}" belum diisi.`,
    en: (a) => `The score for criterion "${a.criterion}" is missing.`,
  }),
  'rule/skor-derived': code<{ criterion: string; dari: string }>('error', {
    id: (a) => `Kriteria "${a.criterion}" diambil otomatis dari "${a.dari}"; hapus skornya.`,
    en: (a) => `Criterion "${a.criterion}" is taken from "${a.dari}" automatically; remove its score.`,
  }),
  'rule/skor-range': code<{ value: number; min: number; max: number }>('error', {
    id: (a) => `Skor ${a.value} di luar skala ${a.min}–${a.max}.`,
    en: (a) => `Score ${a.value} is outside the scale ${a.min}–${a.max}.`,
  }),
  'rule/duplicate-assessor': code<{ name: string }>('warning', {
    id: (a) => `Penilai "${a.name}" menilai lebih dari sekali; setiap penilai dihitung sekali saja dalam rata-rata.`,
    en: (a) => `Assessor "${a.name}" appears more than once; each assessor should count once in the mean.`,
  }),
  'rule/duration-exceeds-max': code<{ value: number; max: number }>('warning', {
    id: (a) => `Durasi ${a.value} bulan melebihi batas quick win ${a.max} bulan; usulan tetap diperingkat tetapi tidak memenuhi syarat.`,
    en: (a) => `A duration of ${a.value} months exceeds the quick-win limit of ${a.max} months; it is ranked but not eligible.`,
  }),
  'rule/budget-exceeds-max': code<{ max: number }>('warning', {
    id: (a) => `Anggaran melebihi batas quick win ${a.max}; usulan tetap diperingkat tetapi tidak memenuhi syarat.`,
    en: (a) => `The budget exceeds the quick-win limit of ${a.max}; it is ranked but not eligible.`,
  }),
  'rule/isu-required': code('warning', {
    id: 'Quick win harus menjawab sedikitnya satu isu strategis ("isu"); tanpa itu usulan tidak memenuhi syarat.',
    en: 'A quick win must answer at least one strategic issue ("isu"); without one it is not eligible.',
  }),
  'rule/duplicate-stage': code<{ tahap: number }>('error', {
    id: (a) => `Bimtek tahap ${a.tahap} ditulis lebih dari sekali.`,
    en: (a) => `Bimtek stage ${a.tahap} is listed more than once.`,
  }),
  'rule/stage-order': code<{ tahap: number }>('warning', {
    id: (a) => `Tanggal bimtek tahap ${a.tahap} lebih awal dari tahap sebelumnya.`,
    en: (a) => `The date of bimtek stage ${a.tahap} is earlier than the previous stage.`,
  }),
  'rule/multiple-ketua': code('warning', {
    id: 'Tim Pelaksana memiliki lebih dari satu ketua.',
    en: 'The Tim Pelaksana has more than one ketua.',
  }),
  'rule/logo': code<{ path: string; problem: 'missing' | 'not-image' }>('error', {
    id: (a) => `Logo "${a.path}" ${a.problem === 'missing' ? 'tidak ditemukan' : 'bukan berkas PNG atau JPEG'}.`,
    en: (a) => `Logo "${a.path}" ${a.problem === 'missing' ? 'was not found' : 'is not a PNG or JPEG file'}.`,
  }),
};
