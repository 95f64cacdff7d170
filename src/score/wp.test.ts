/** WP reproduces published worked examples. */
import { describe, expect, it } from 'vitest';
import { scoreMatrix } from './methods.js';
import { normaliseWeights } from './weights.js';
import { weightedProductS } from './wp.js';
import { CHAKRABORTY_2015, decisionMatrix } from './testing.js';


describe('WP, published examples', () => {
  it('Kusumadewi et al. (2006), warehouse location: vectors S and V', () => {
    // Kusumadewi, S., Hartati, S., Harjoko, A., Wardoyo, R. (2006). Fuzzy Multi-Attribute
    // Decision Making (Fuzzy MADM). Graha Ilmu, pp. 78–79: three sites (Ngemplak, Kalasan,
    // Kota Gedhe), W = (5, 3, 4, 4, 2) normalised to sum 1, C1, C3, C5 cost (negative powers).
    // Published S = (2.4187, 2.4270, 1.7462), V = (0.3669, 0.3682, 0.2649): A2 is chosen.
    const rows = [
      [0.75, 2000, 18, 50, 500],
      [0.5, 1500, 20, 40, 450],
      [0.9, 2050, 35, 35, 800],
    ];
    const benefit = [false, true, false, true, false];
    const w = normaliseWeights([5, 3, 4, 4, 2]);
    const s = weightedProductS(rows, w, benefit);
    [2.4187, 2.427, 1.7462].forEach((v, i) => expect(s[i]).toBeCloseTo(v, 4));
    const { scores } = scoreMatrix('wp', decisionMatrix(rows, benefit), w);
    [0.3669, 0.3682, 0.2649].forEach((v, i) => expect(scores[i]).toBeCloseTo(v, 4));
  });

  it('Wikipedia "Weighted product model" example: pairwise ratios', () => {
    // Weighted product model, Wikipedia (the revision cited by scikit-criteria's test
    // `test_WeightedProductModel_enwiki_1015567716`): A1 (25, 20, 15, 30), A2 (10, 30, 20, 30),
    // A3 (30, 10, 30, 10), weights (0.20, 0.15, 0.40, 0.25), all benefit. Published ratios
    // P(A1/A2) = 1.007, P(A1/A3) = 1.067, P(A2/A3) = 1.059 (3 decimals).
    const { scores } = scoreMatrix(
      'wp',
      decisionMatrix(
        [
          [25, 20, 15, 30],
          [10, 30, 20, 30],
          [30, 10, 30, 10],
        ],
        [true, true, true, true],
      ),
      [0.2, 0.15, 0.4, 0.25],
    );
    const [a1 = 0, a2 = 0, a3 = 0] = scores;
    expect(a1 / a2).toBeCloseTo(1.007, 3);
    expect(a1 / a3).toBeCloseTo(1.067, 3);
    expect(a2 / a3).toBeCloseTo(1.059, 3);
  });

  it('Chakraborty, Zavadskas & Antucheviciene (2015), Example 2, WASPAS with λ = 0 (= WPM)', () => {
    // Same source as the SAW test: the λ = 0 column is Π (x/max or min/x)^w, published to
    // 4 decimals. Our V is that product divided by its sum over the alternatives.
    const rows = CHAKRABORTY_2015.rows;
    const published = [0.8578, 0.8144, 0.8408, 0.9413, 0.8632, 0.8241, 0.8454, 0.8915, 0.8987, 0.8697];
    const w = [0.467, 0.16, 0.095, 0.278];
    const { scores, prepared } = scoreMatrix('wp', decisionMatrix(rows, [false, false, false, true]), w);
    const products = rows.map((_, i) => w.reduce((p, wj, j) => p * (prepared.normalised[i * 4 + j] ?? 0) ** wj, 1));
    published.forEach((v, i) => expect(products[i]).toBeCloseTo(v, 4));
    const total = products.reduce((s, p) => s + p, 0);
    products.forEach((p, i) => expect(scores[i]).toBeCloseTo(p / total, 12));
  });
});
