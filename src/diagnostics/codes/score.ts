/** Codes of the scoring stage: weights, AHP consistency, the decision matrix and eligibility. */
import { arg, type DiagnosticSpec } from '../spec.js';

export const scoreCodes = {
  'score/ahp-inconsistent': {
    severity: 'error',
    id: (a) =>
      `Perbandingan berpasangan AHP tidak konsisten: CR = ${arg(a, 'cr')} melebihi batas 0,10. Perbandingan yang paling menyimpang adalah "${arg(a, 'a')}" terhadap "${arg(a, 'b')}" (nilai ${arg(a, 'given')}; yang selaras dengan perbandingan lain sekitar ${arg(a, 'consistent')}); tinjau ulang perbandingan itu.`,
    en: (a) =>
      `The AHP pairwise comparisons are inconsistent: CR = ${arg(a, 'cr')} is above the 0.10 limit. The judgement that deviates most is "${arg(a, 'a')}" over "${arg(a, 'b')}" (value ${arg(a, 'given')}; about ${arg(a, 'consistent')} would agree with the other judgements); review that judgement.`,
  },
  'score/ahp-missing-pair': {
    severity: 'error',
    id: (a) =>
      `Perbandingan antara kriteria "${arg(a, 'a')}" dan "${arg(a, 'b')}" belum diisi; AHP memerlukan setiap pasangan. Sementara keduanya dianggap sama penting (1).`,
    en: (a) =>
      `The comparison between criteria "${arg(a, 'a')}" and "${arg(a, 'b')}" is missing; AHP needs every pair. Until it is given, both count as equally important (1).`,
  },
  'score/ahp-unknown-criterion': {
    severity: 'error',
    id: (a) =>
      `Perbandingan menyebut kriteria "${arg(a, 'criterion')}" yang tidak ada di penilaian.kriteria; perbandingan ini diabaikan.`,
    en: (a) =>
      `The comparison names criterion "${arg(a, 'criterion')}", which is not in penilaian.kriteria; the comparison is ignored.`,
  },
  'score/ahp-self-comparison': {
    severity: 'warning',
    id: (a) => `Kriteria "${arg(a, 'criterion')}" dibandingkan dengan dirinya sendiri; perbandingan ini diabaikan.`,
    en: (a) => `Criterion "${arg(a, 'criterion')}" is compared with itself; the comparison is ignored.`,
  },
  'score/ahp-duplicate-pair': {
    severity: 'warning',
    id: (a) =>
      `Pasangan "${arg(a, 'a')}" dan "${arg(a, 'b')}" sudah dibandingkan pada entri ke-${arg(a, 'first')}; entri ini diabaikan.`,
    en: (a) =>
      `The pair "${arg(a, 'a')}" and "${arg(a, 'b')}" is already compared in entry ${arg(a, 'first')}; this entry is ignored.`,
  },
  'score/ahp-scale': {
    severity: 'warning',
    id: (a) =>
      `Nilai perbandingan ${arg(a, 'value')} berada di luar skala Saaty 1/9 sampai 9; periksa apakah nilainya benar.`,
    en: (a) => `Comparison value ${arg(a, 'value')} is outside Saaty's 1/9 to 9 scale; check that it is right.`,
  },
  'score/weights-missing': {
    severity: 'error',
    id: (a) =>
      `Bobot belum lengkap (tanpa bobot: ${arg(a, 'criteria')}): beri setiap kriteria "bobot" atau isi "perbandingan" untuk setiap pasangan. Sementara semua kriteria diberi bobot sama.`,
    en: (a) =>
      `Weights are incomplete (no bobot: ${arg(a, 'criteria')}): give every criterion a "bobot" or fill "perbandingan" for every pair. Until then every criterion gets the same weight.`,
  },
  'score/weights-conflict': {
    severity: 'error',
    id: () =>
      'Kriteria diberi "bobot" sekaligus "perbandingan"; pilih salah satu. Sementara bobot diambil dari perbandingan (AHP).',
    en: () =>
      'Criteria have both "bobot" and "perbandingan"; keep one of them. Until then the weights come from the comparisons (AHP).',
  },
  'score/not-scored': {
    severity: 'warning',
    id: () =>
      'Quick win ini belum dinilai (tidak ada "skor" maupun "penilaian"); ia diperingkat paling akhir dengan skor 0 dan tidak dapat terpilih.',
    en: () =>
      'This quick win is not scored (neither "skor" nor "penilaian"); it is ranked last with score 0 and cannot be selected.',
  },
  'score/missing-score': {
    severity: 'warning',
    id: (a) =>
      `Skor kriteria "${arg(a, 'criterion')}" belum diisi; sementara dipakai nilai terburuk ${arg(a, 'value')} dan quick win ini tidak dapat terpilih.`,
    en: (a) =>
      `The score for criterion "${arg(a, 'criterion')}" is missing; the worst value ${arg(a, 'value')} is used for now and this quick win cannot be selected.`,
  },
  'score/assessor-spread': {
    severity: 'warning',
    id: (a) =>
      `Para penilai berbeda pendapat cukup jauh (selisih ≥ ${arg(a, 'threshold')}): ${arg(a, 'detail')}; bahas kembali skor tersebut.`,
    en: (a) =>
      `The assessors disagree widely (a gap of ${arg(a, 'threshold')} or more): ${arg(a, 'detail')}; discuss those scores again.`,
  },
  'score/non-positive': {
    severity: 'warning',
    id: (a) =>
      `Kriteria "${arg(a, 'criterion')}" memuat nilai ${arg(a, 'value')} (quick win ${arg(a, 'proposals')}), padahal metode ${arg(a, 'method')} memerlukan nilai positif; seluruh kolom digeser +${arg(a, 'shift')} agar nilai terkecilnya 1.`,
    en: (a) =>
      `Criterion "${arg(a, 'criterion')}" holds the value ${arg(a, 'value')} (quick win ${arg(a, 'proposals')}), but method ${arg(a, 'method')} needs positive values; the whole column is shifted by +${arg(a, 'shift')} so its smallest value is 1.`,
  },
  'score/zero-column': {
    severity: 'warning',
    id: (a) =>
      `Semua nilai kriteria "${arg(a, 'criterion')}" adalah nol; normalisasi vektor TOPSIS tidak terdefinisi, sehingga kriteria ini tidak memengaruhi peringkat.`,
    en: (a) =>
      `Every value of criterion "${arg(a, 'criterion')}" is zero; TOPSIS vector normalisation is undefined, so the criterion does not affect the ranking.`,
  },
  'score/constant-criterion': {
    severity: 'info',
    id: (a) =>
      `Semua quick win bernilai sama (${arg(a, 'value')}) pada kriteria "${arg(a, 'criterion')}", sehingga kriteria ini tidak membedakan peringkat.`,
    en: (a) =>
      `Every quick win has the same value (${arg(a, 'value')}) on criterion "${arg(a, 'criterion')}", so the criterion does not separate them.`,
  },
  'score/ineligible-duration': {
    severity: 'warning',
    id: (a) =>
      `Durasi ${arg(a, 'durasi')} bulan melebihi batas ${arg(a, 'max')} bulan (syarat.durasi_bulan_maks); quick win ini tetap diperingkat tetapi tidak memenuhi syarat.`,
    en: (a) =>
      `The duration of ${arg(a, 'durasi')} months exceeds the ${arg(a, 'max')}-month limit (syarat.durasi_bulan_maks); the quick win is still ranked but is not eligible.`,
  },
  'score/ineligible-budget': {
    severity: 'warning',
    id: (a) =>
      `Anggaran ${arg(a, 'anggaran')} melebihi batas ${arg(a, 'max')} (syarat.anggaran_maks); quick win ini tetap diperingkat tetapi tidak memenuhi syarat.`,
    en: (a) =>
      `The budget of ${arg(a, 'anggaran')} exceeds the ${arg(a, 'max')} limit (syarat.anggaran_maks); the quick win is still ranked but is not eligible.`,
  },
  'score/ineligible-no-issue': {
    severity: 'warning',
    id: () =>
      'Quick win ini tidak menjawab isu strategis mana pun, padahal syarat.isu_wajib aktif; isi "isu" agar memenuhi syarat.',
    en: () =>
      'This quick win answers no strategic issue while syarat.isu_wajib is on; fill in "isu" to make it eligible.',
  },
} satisfies Record<string, DiagnosticSpec>;
