/** Codes of the scoring stage: weights, AHP consistency, the decision matrix and eligibility. */
import type { Formats } from '../../text/index.js';
import { code } from '../spec.js';

/** "dampak 1–4,5, urgensi 2–5": each criterion the assessors disagree on, with the lowest and highest score. */
const spreads = (a: { spreads: ReadonlyArray<{ criterion: string; min: number; max: number }> }, f: Formats) =>
  f.list(a.spreads, (s) => `${s.criterion} ${f.decimal(s.min, 2)}–${f.decimal(s.max, 2)}`);

export const scoreCodes = {
  'score/ahp-inconsistent': code<{ cr: number; a: string; b: string; given: number; consistent: number }>('error', {
    id: (a, f) =>
      `Perbandingan berpasangan AHP tidak konsisten: CR = ${f.decimal(a.cr, 3)} melebihi batas 0,10. Perbandingan yang paling menyimpang adalah "${a.a}" terhadap "${a.b}" (nilai ${f.decimal(a.given, 3)}; yang selaras dengan perbandingan lain sekitar ${f.decimal(a.consistent, 2)}); tinjau ulang perbandingan itu.`,
    en: (a, f) =>
      `The AHP pairwise comparisons are inconsistent: CR = ${f.decimal(a.cr, 3)} is above the 0.10 limit. The judgement that deviates most is "${a.a}" over "${a.b}" (value ${f.decimal(a.given, 3)}; about ${f.decimal(a.consistent, 2)} would agree with the other judgements); review that judgement.`,
  }),
  'score/ahp-missing-pair': code<{ a: string; b: string }>('error', {
    id: (a) =>
      `Perbandingan antara kriteria "${a.a}" dan "${a.b}" belum diisi; AHP memerlukan setiap pasangan. Sementara keduanya dianggap sama penting (1).`,
    en: (a) =>
      `The comparison between criteria "${a.a}" and "${a.b}" is missing; AHP needs every pair. Until it is given, both count as equally important (1).`,
  }),
  'score/ahp-unknown-criterion': code<{ criterion: string }>('error', {
    id: (a) =>
      `Perbandingan menyebut kriteria "${a.criterion}" yang tidak ada di penilaian.kriteria; perbandingan ini diabaikan.`,
    en: (a) =>
      `The comparison names criterion "${a.criterion}", which is not in penilaian.kriteria; the comparison is ignored.`,
  }),
  'score/ahp-self-comparison': code<{ criterion: string }>('warning', {
    id: (a) => `Kriteria "${a.criterion}" dibandingkan dengan dirinya sendiri; perbandingan ini diabaikan.`,
    en: (a) => `Criterion "${a.criterion}" is compared with itself; the comparison is ignored.`,
  }),
  'score/ahp-duplicate-pair': code<{ a: string; b: string; first: number }>('warning', {
    id: (a) =>
      `Pasangan "${a.a}" dan "${a.b}" sudah dibandingkan pada entri ke-${a.first}; entri ini diabaikan.`,
    en: (a) =>
      `The pair "${a.a}" and "${a.b}" is already compared in entry ${a.first}; this entry is ignored.`,
  }),
  'score/ahp-scale': code<{ value: number }>('warning', {
    id: (a) =>
      `Nilai perbandingan ${a.value} berada di luar skala Saaty 1/9 sampai 9; periksa apakah nilainya benar.`,
    en: (a) => `Comparison value ${a.value} is outside Saaty's 1/9 to 9 scale; check that it is right.`,
  }),
  'score/weights-missing': code<{ criteria: string }>('error', {
    id: (a) =>
      `Bobot belum lengkap (tanpa bobot: ${a.criteria}): beri setiap kriteria "bobot" atau isi "perbandingan" untuk setiap pasangan. Sementara semua kriteria diberi bobot sama.`,
    en: (a) =>
      `Weights are incomplete (no bobot: ${a.criteria}): give every criterion a "bobot" or fill "perbandingan" for every pair. Until then every criterion gets the same weight.`,
  }),
  'score/weights-conflict': code('error', {
    id: 'Kriteria diberi "bobot" sekaligus "perbandingan"; pilih salah satu. Sementara bobot diambil dari perbandingan (AHP).',
    en: 'Criteria have both "bobot" and "perbandingan"; keep one of them. Until then the weights come from the comparisons (AHP).',
  }),
  'score/not-scored': code('warning', {
    id: 'Quick win ini belum dinilai (tidak ada "skor" maupun "penilaian"); ia diperingkat paling akhir dengan skor 0 dan tidak dapat terpilih.',
    en: 'This quick win is not scored (neither "skor" nor "penilaian"); it is ranked last with score 0 and cannot be selected.',
  }),
  'score/missing-score': code<{ criterion: string; value: number }>('warning', {
    id: (a, f) =>
      `Skor kriteria "${a.criterion}" belum diisi; sementara dipakai nilai terburuk ${f.decimal(a.value, 4)} dan quick win ini tidak dapat terpilih.`,
    en: (a, f) =>
      `The score for criterion "${a.criterion}" is missing; the worst value ${f.decimal(a.value, 4)} is used for now and this quick win cannot be selected.`,
  }),
  'score/assessor-spread': code<{ threshold: number; spreads: ReadonlyArray<{ criterion: string; min: number; max: number }> }>('warning', {
    id: (a, f) =>
      `Para penilai berbeda pendapat cukup jauh (selisih ≥ ${f.decimal(a.threshold, 2)}): ${spreads(a, f)}; bahas kembali skor tersebut.`,
    en: (a, f) =>
      `The assessors disagree widely (a gap of ${f.decimal(a.threshold, 2)} or more): ${spreads(a, f)}; discuss those scores again.`,
  }),
  'score/non-positive': code<{ criterion: string; value: number; quickwins: readonly string[]; more: number; shift: number }>('warning', {
    id: (a, f) =>
      `Kriteria "${a.criterion}" memuat nilai ${f.decimal(a.value, 4)} (quick win ${f.list(a.quickwins)}${a.more > 0 ? `, +${a.more} lainnya` : ''}); nilai nol atau negatif tidak dapat dibandingkan sebagai rasio, sehingga pada ketiga metode seluruh kolom ditambah ${f.decimal(a.shift, 4)}: nilai terkecilnya menjadi selisih terkecil di kolom itu (docs/scoring.md).`,
    en: (a, f) =>
      `Criterion "${a.criterion}" holds the value ${f.decimal(a.value, 4)} (quick win ${f.list(a.quickwins)}${a.more > 0 ? `, +${a.more} more` : ''}); zero or negative values cannot be compared as ratios, so in all three methods the whole column is raised by ${f.decimal(a.shift, 4)}: its smallest value becomes the column's smallest step (docs/scoring.md).`,
  }),
  'score/zero-column': code<{ criterion: string }>('warning', {
    id: (a) =>
      `Semua nilai kriteria "${a.criterion}" adalah nol; normalisasi vektor TOPSIS tidak terdefinisi, sehingga kriteria ini tidak memengaruhi peringkat.`,
    en: (a) =>
      `Every value of criterion "${a.criterion}" is zero; TOPSIS vector normalisation is undefined, so the criterion does not affect the ranking.`,
  }),
  'score/constant-criterion': code<{ criterion: string; value: number }>('info', {
    id: (a, f) =>
      `Semua quick win bernilai sama (${f.decimal(a.value, 4)}) pada kriteria "${a.criterion}", sehingga kriteria ini tidak membedakan peringkat.`,
    en: (a, f) =>
      `Every quick win has the same value (${f.decimal(a.value, 4)}) on criterion "${a.criterion}", so the criterion does not separate them.`,
  }),
  'score/ineligible-duration': code<{ durasi: number; max: number }>('warning', {
    id: (a) =>
      `Durasi ${a.durasi} bulan melebihi batas ${a.max} bulan (syarat.durasi_bulan_maks); quick win ini tetap diperingkat tetapi tidak memenuhi syarat.`,
    en: (a) =>
      `The duration of ${a.durasi} months exceeds the ${a.max}-month limit (syarat.durasi_bulan_maks); the quick win is still ranked but is not eligible.`,
  }),
  'score/ineligible-budget': code<{ anggaran: number; max: number }>('warning', {
    id: (a, f) =>
      `Anggaran ${f.rupiah(a.anggaran)} melebihi batas ${f.rupiah(a.max)} (syarat.anggaran_maks); quick win ini tetap diperingkat tetapi tidak memenuhi syarat.`,
    en: (a, f) =>
      `The budget of ${f.rupiah(a.anggaran)} exceeds the ${f.rupiah(a.max)} limit (syarat.anggaran_maks); the quick win is still ranked but is not eligible.`,
  }),
  'score/ineligible-no-issue': code('warning', {
    id: 'Quick win ini tidak menjawab isu strategis mana pun, padahal syarat.isu_wajib aktif; isi "isu" agar memenuhi syarat.',
    en: 'This quick win answers no strategic issue while syarat.isu_wajib is on; fill in "isu" to make it eligible.',
  }),
};
