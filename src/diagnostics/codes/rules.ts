/** Codes of the semantic rules: references, cross-field checks and plausibility warnings. */
import { arg, type DiagnosticSpec } from '../spec.js';

const KIND_ID: Record<string, string> = { opd: 'OPD', isu: 'isu strategis', quickwin: 'quick win', criterion: 'kriteria' };
const KIND_EN: Record<string, string> = { opd: 'OPD', isu: 'strategic issue', quickwin: 'quick win', criterion: 'criterion' };
const didYouMean = (a: Record<string, string | number>, lang: 'id' | 'en') =>
  a['suggestion'] === undefined ? '' : lang === 'id' ? `; mungkin maksudnya "${a['suggestion']}"` : `; did you mean "${a['suggestion']}"`;

export const ruleCodes = {
  'ref/unknown': {
    severity: 'error',
    id: (a) => `${KIND_ID[arg(a, 'kind')] ?? arg(a, 'kind')} "${arg(a, 'ref')}" tidak ditemukan${didYouMean(a, 'id')}. ${arg(a, 'kind') === 'criterion' ? 'Kriteria didefinisikan di penilaian.kriteria pada masterplan.yaml.' : `Buat berkas data/${arg(a, 'kind')}/${arg(a, 'ref')}.yaml atau perbaiki id-nya.`}`,
    en: (a) => `${KIND_EN[arg(a, 'kind')] ?? arg(a, 'kind')} "${arg(a, 'ref')}" does not exist${didYouMean(a, 'en')}. ${arg(a, 'kind') === 'criterion' ? 'Criteria are defined under penilaian.kriteria in masterplan.yaml.' : `Create data/${arg(a, 'kind')}/${arg(a, 'ref')}.yaml or fix the id.`}`,
  },
  'ref/duplicate-id': {
    severity: 'error',
    id: (a) => `Id "${arg(a, 'id')}" dipakai lebih dari sekali di ${arg(a, 'where')}; setiap id harus unik.`,
    en: (a) => `Id "${arg(a, 'id')}" is used more than once in ${arg(a, 'where')}; every id must be unique.`,
  },
  'rule/missing-config': {
    severity: 'error',
    id: () => 'Berkas masterplan.yaml tidak ditemukan; jalankan "masterplan init" atau jalankan perintah dari folder proyek.',
    en: () => 'masterplan.yaml was not found; run "masterplan init" or run the command from the project folder.',
  },
  'rule/provinsi-required': {
    severity: 'error',
    id: () => 'Kolom "daerah.provinsi" wajib diisi untuk kota dan kabupaten.',
    en: () => 'Field "daerah.provinsi" is required for a kota or kabupaten.',
  },
  'rule/periode-order': {
    severity: 'error',
    id: (a) => `Tahun selesai (${arg(a, 'selesai')}) lebih awal dari tahun mulai (${arg(a, 'mulai')}).`,
    en: (a) => `The end year (${arg(a, 'selesai')}) is before the start year (${arg(a, 'mulai')}).`,
  },
  'rule/periode-span': {
    severity: 'error',
    id: (a) => `Periode masterplan ${arg(a, 'years')} tahun terlalu panjang; paling lama 20 tahun (lazimnya 10 tahun).`,
    en: (a) => `A masterplan period of ${arg(a, 'years')} years is too long; at most 20 years (usually 10).`,
  },
  'rule/outside-periode': {
    severity: 'error',
    id: (a) => `Tahun ${arg(a, 'value')} berada di luar periode masterplan ${arg(a, 'mulai')}–${arg(a, 'selesai')}.`,
    en: (a) => `Year ${arg(a, 'value')} is outside the masterplan period ${arg(a, 'mulai')}–${arg(a, 'selesai')}.`,
  },
  'rule/elemen-dimensi': {
    severity: 'error',
    id: (a) => `Elemen "${arg(a, 'elemen')}" bukan bagian dari dimensi "${arg(a, 'dimensi')}"; pilih salah satu: ${arg(a, 'options')}.`,
    en: (a) => `Element "${arg(a, 'elemen')}" does not belong to dimension "${arg(a, 'dimensi')}"; choose one of: ${arg(a, 'options')}.`,
  },
  'rule/tik-exceeds-staff': {
    severity: 'error',
    id: (a) => `Jumlah SDM TIK (${arg(a, 'tik')}) melebihi jumlah pegawai ASN dan non-ASN (${arg(a, 'total')}).`,
    en: (a) => `ICT staff (${arg(a, 'tik')}) exceed the number of ASN and non-ASN staff (${arg(a, 'total')}).`,
  },
  'rule/tik-exceeds-pagu': {
    severity: 'error',
    id: (a) => `Anggaran TIK tahun ${arg(a, 'tahun')} melebihi pagu anggaran OPD.`,
    en: (a) => `The ICT budget of ${arg(a, 'tahun')} exceeds the agency's budget ceiling (pagu).`,
  },
  'rule/realisasi-exceeds-pagu': {
    severity: 'warning',
    id: (a) => `Realisasi anggaran tahun ${arg(a, 'tahun')} melebihi pagu; periksa kembali angkanya.`,
    en: (a) => `Budget realisation in ${arg(a, 'tahun')} exceeds the ceiling (pagu); check the figures.`,
  },
  'rule/duplicate-year': {
    severity: 'error',
    id: (a) => `Tahun anggaran ${arg(a, 'tahun')} ditulis lebih dari sekali; satu entri untuk setiap tahun.`,
    en: (a) => `Budget year ${arg(a, 'tahun')} appears more than once; one entry per year.`,
  },
  'rule/duplicate-name': {
    severity: 'warning',
    id: (a) => `Nama "${arg(a, 'name')}" muncul lebih dari sekali di ${arg(a, 'where')}.`,
    en: (a) => `Name "${arg(a, 'name')}" appears more than once in ${arg(a, 'where')}.`,
  },
  'rule/tahun-order': {
    severity: 'error',
    id: (a) => `Tahun selesai (${arg(a, 'selesai')}) lebih awal dari tahun mulai (${arg(a, 'mulai')}).`,
    en: (a) => `The end year (${arg(a, 'selesai')}) is before the start year (${arg(a, 'mulai')}).`,
  },
  'rule/skala-order': {
    severity: 'error',
    id: () => 'Nilai skala.min harus lebih kecil dari skala.max.',
    en: () => 'skala.min must be smaller than skala.max.',
  },
  'rule/weights-missing': {
    severity: 'error',
    id: () => 'Bobot kriteria belum ditentukan: beri setiap kriteria "bobot", atau isi "perbandingan" (AHP) untuk setiap pasangan kriteria.',
    en: () => 'Criteria weights are missing: give every criterion a "bobot", or fill "perbandingan" (AHP) for every pair of criteria.',
  },
  'rule/weights-both': {
    severity: 'error',
    id: () => 'Gunakan salah satu saja: "bobot" pada kriteria atau "perbandingan" (AHP), bukan keduanya.',
    en: () => 'Use one only: "bobot" on the criteria or "perbandingan" (AHP), not both.',
  },
  'rule/weights-partial': {
    severity: 'error',
    id: (a) => `Kriteria "${arg(a, 'criterion')}" belum diberi bobot; bila memakai bobot, setiap kriteria harus diberi bobot.`,
    en: (a) => `Criterion "${arg(a, 'criterion')}" has no bobot; when weights are used, every criterion needs one.`,
  },
  'rule/ahp-self-pair': {
    severity: 'error',
    id: (a) => `Perbandingan "${arg(a, 'criterion')}" dengan dirinya sendiri tidak diperlukan; hapus baris ini.`,
    en: (a) => `Comparing "${arg(a, 'criterion')}" with itself is not needed; remove this entry.`,
  },
  'rule/ahp-duplicate-pair': {
    severity: 'error',
    id: (a) => `Pasangan ${arg(a, 'a')}–${arg(a, 'b')} dibandingkan lebih dari sekali; sisakan satu perbandingan untuk setiap pasangan.`,
    en: (a) => `The pair ${arg(a, 'a')}–${arg(a, 'b')} is compared more than once; keep one judgement per pair.`,
  },
  'rule/ahp-missing-pair': {
    severity: 'error',
    id: (a) => `Perbandingan AHP belum lengkap; pasangan yang belum dinilai: ${arg(a, 'pairs')}.`,
    en: (a) => `The AHP comparisons are incomplete; pairs not yet judged: ${arg(a, 'pairs')}.`,
  },
  'rule/ahp-value-range': {
    severity: 'error',
    id: (a) => `Nilai perbandingan ${arg(a, 'value')} di luar skala Saaty 1/9 … 9.`,
    en: (a) => `Judgement ${arg(a, 'value')} is outside Saaty's scale 1/9 … 9.`,
  },
  'rule/skor-and-penilaian': {
    severity: 'error',
    id: () => 'Isi salah satu saja: "skor" (satu penilai) atau "penilaian" (beberapa penilai), bukan keduanya.',
    en: () => 'Give one only: "skor" (one assessor) or "penilaian" (several assessors), not both.',
  },
  'rule/not-scored': {
    severity: 'warning',
    id: () => 'Quick win ini belum dinilai ("skor" atau "penilaian"); ia diperingkat tanpa skor dan tidak dapat terpilih.',
    en: () => 'This quick win is not scored yet ("skor" or "penilaian"); it is ranked without scores and cannot be selected.',
  },
  'rule/skor-missing': {
    severity: 'error',
    id: (a) => `Skor untuk kriteria "${arg(a, 'criterion')}" belum diisi.`,
    en: (a) => `The score for criterion "${arg(a, 'criterion')}" is missing.`,
  },
  'rule/skor-derived': {
    severity: 'error',
    id: (a) => `Kriteria "${arg(a, 'criterion')}" diambil otomatis dari "${arg(a, 'dari')}"; hapus skornya.`,
    en: (a) => `Criterion "${arg(a, 'criterion')}" is taken from "${arg(a, 'dari')}" automatically; remove its score.`,
  },
  'rule/skor-range': {
    severity: 'error',
    id: (a) => `Skor ${arg(a, 'value')} di luar skala ${arg(a, 'min')}–${arg(a, 'max')}.`,
    en: (a) => `Score ${arg(a, 'value')} is outside the scale ${arg(a, 'min')}–${arg(a, 'max')}.`,
  },
  'rule/duplicate-assessor': {
    severity: 'warning',
    id: (a) => `Penilai "${arg(a, 'name')}" menilai lebih dari sekali; setiap penilai dihitung sekali saja dalam rata-rata.`,
    en: (a) => `Assessor "${arg(a, 'name')}" appears more than once; each assessor should count once in the mean.`,
  },
  'rule/duration-exceeds-max': {
    severity: 'warning',
    id: (a) => `Durasi ${arg(a, 'value')} bulan melebihi batas quick win ${arg(a, 'max')} bulan; usulan tetap diperingkat tetapi tidak memenuhi syarat.`,
    en: (a) => `A duration of ${arg(a, 'value')} months exceeds the quick-win limit of ${arg(a, 'max')} months; it is ranked but not eligible.`,
  },
  'rule/budget-exceeds-max': {
    severity: 'warning',
    id: (a) => `Anggaran melebihi batas quick win ${arg(a, 'max')}; usulan tetap diperingkat tetapi tidak memenuhi syarat.`,
    en: (a) => `The budget exceeds the quick-win limit of ${arg(a, 'max')}; it is ranked but not eligible.`,
  },
  'rule/isu-required': {
    severity: 'warning',
    id: () => 'Quick win harus menjawab sedikitnya satu isu strategis ("isu"); tanpa itu usulan tidak memenuhi syarat.',
    en: () => 'A quick win must answer at least one strategic issue ("isu"); without one it is not eligible.',
  },
  'rule/duplicate-stage': {
    severity: 'error',
    id: (a) => `Bimtek tahap ${arg(a, 'tahap')} ditulis lebih dari sekali.`,
    en: (a) => `Bimtek stage ${arg(a, 'tahap')} is listed more than once.`,
  },
  'rule/stage-order': {
    severity: 'warning',
    id: (a) => `Tanggal bimtek tahap ${arg(a, 'tahap')} lebih awal dari tahap sebelumnya.`,
    en: (a) => `The date of bimtek stage ${arg(a, 'tahap')} is earlier than the previous stage.`,
  },
  'rule/multiple-ketua': {
    severity: 'warning',
    id: () => 'Tim Pelaksana memiliki lebih dari satu ketua.',
    en: () => 'The Tim Pelaksana has more than one ketua.',
  },
  'rule/logo': {
    severity: 'error',
    id: (a) => `Logo "${arg(a, 'path')}" ${arg(a, 'problem') === 'missing' ? 'tidak ditemukan' : 'bukan berkas PNG atau JPEG'}.`,
    en: (a) => `Logo "${arg(a, 'path')}" ${arg(a, 'problem') === 'missing' ? 'was not found' : 'is not a PNG or JPEG file'}.`,
  },
} satisfies Record<string, DiagnosticSpec>;
