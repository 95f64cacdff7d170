/** SAW reproduces published worked examples. */
import { describe, expect, it } from 'vitest';
import { scoreMatrix } from './methods.js';
import { normaliseWeights } from './weights.js';
import { CHAKRABORTY_2015, decisionMatrix } from './testing.js';


describe('SAW, published examples', () => {
  it('Chakraborty, Zavadskas & Antucheviciene (2015), Example 2, WASPAS with λ = 1 (= SAW)', () => {
    // Chakraborty, S., Zavadskas, E. K., Antucheviciene, J. (2015). Applications of WASPAS method
    // as a multi-criteria decision-making tool. Economic Computation and Economic Cybernetics
    // Studies and Research 49(1), 5–22, Example 2 (the λ = 1 column is the weighted sum of x/max
    // and min/x); the same figures are the expected values of scikit-criteria's test
    // `test_WASPAS_chakraborty2015applications`. Published to 4 decimals.
    const rows = CHAKRABORTY_2015.rows;
    const published = [0.859, 0.8194, 0.843, 0.942, 0.8645, 0.8315, 0.8552, 0.8983, 0.9067, 0.8784];
    const { scores } = scoreMatrix('saw', decisionMatrix(rows, [false, false, false, true]), [0.467, 0.16, 0.095, 0.278]);
    published.forEach((v, i) => expect(scores[i]).toBeCloseTo(v, 3));
    published.forEach((v, i) => expect(Math.abs((scores[i] ?? 0) - v)).toBeLessThanOrEqual(1e-4 + 1e-9));
  });

  it('Chakraborty et al. (2015), Example 2, WASPAS with λ = 0.3, 0.5, 0.8: λ·SAW + (1 − λ)·WPM', () => {
    // Same paper and table as above: the joint criterion Q = λ·Q(1) + (1 − λ)·Q(0), where Q(1) is
    // the SAW score and Q(0) the weighted product of the same normalised ratios, published to
    // 4 decimals for λ = 0, 0.1, …, 1. This checks our SAW scores against further published
    // columns (the product is taken from our WP preparation).
    const rows = CHAKRABORTY_2015.rows;
    const w = [0.467, 0.16, 0.095, 0.278];
    const dm = decisionMatrix(rows, [false, false, false, true]);
    const saw = scoreMatrix('saw', dm, w).scores;
    const wp = scoreMatrix('wp', dm, w).prepared;
    const product = rows.map((_, i) => w.reduce((p, wj, j) => p * (wp.normalised[i * 4 + j] ?? 0) ** wj, 1));
    const published: Record<string, number[]> = {
      '0.3': [0.8582, 0.8159, 0.8414, 0.9415, 0.8636, 0.8263, 0.8484, 0.8936, 0.9011, 0.8723],
      '0.5': [0.8584, 0.8169, 0.8419, 0.9417, 0.8638, 0.8278, 0.8503, 0.8949, 0.9027, 0.874],
      '0.8': [0.8588, 0.8184, 0.8425, 0.9419, 0.8643, 0.83, 0.8532, 0.8969, 0.9051, 0.8766],
    };
    for (const [lambda, values] of Object.entries(published)) {
      const l = Number(lambda);
      values.forEach((v, i) =>
        expect(Math.abs(l * (saw[i] ?? 0) + (1 - l) * (product[i] ?? 0) - v)).toBeLessThanOrEqual(1e-4 + 1e-9),
      );
    }
  });

  it('Papathanasiou & Ploskas facility-location data, SAW worked by Ardehkhani', () => {
    // Decision matrix of the first facility-location problem in Papathanasiou, J., Ploskas, N.
    // (2018). Multiple Criteria Decision Aid: Methods, Examples and Python Implementations.
    // Springer, ch. 1; SAW with weights (0.35, 0.3, 0.1, 0.25), criterion 4 a cost, as published
    // step by step in P. Ardehkhani, "Multi-Criteria-Decision-Making", 04. SAW/SAW.ipynb
    // (GitHub), final scores to 4 decimals.
    const rows = [
      [8, 7, 2, 1],
      [5, 3, 7, 5],
      [7, 5, 6, 4],
      [9, 9, 7, 3],
      [11, 10, 3, 7],
      [6, 9, 5, 4],
    ];
    const { scores, prepared } = scoreMatrix('saw', decisionMatrix(rows, [true, true, true, false]), [0.35, 0.3, 0.1, 0.25]);
    [0.7431, 0.3991, 0.5209, 0.7397, 0.7286, 0.5948].forEach((v, i) => expect(scores[i]).toBeCloseTo(v, 4));
    // Published normalised column 4 (cost, min/x): 1, 0.2, 0.25, 0.33333333, 0.14285714, 0.25.
    [1, 0.2, 0.25, 0.33333333, 0.14285714, 0.25].forEach((v, i) =>
      expect(prepared.normalised[i * 4 + 3]).toBeCloseTo(v, 8),
    );
  });

  it('Kusumadewi et al. (2006) warehouse data: SAW ranks A1 > A2 > A3 with the same normalised ratios WP uses', () => {
    // Data of the warehouse-location example in Kusumadewi, S., Hartati, S., Harjoko, A.,
    // Wardoyo, R. (2006). Fuzzy Multi-Attribute Decision Making (Fuzzy MADM). Graha Ilmu, p. 78:
    // W = (5, 3, 4, 4, 2); C2 and C4 benefit, C1, C3, C5 cost. The book normalises the weights
    // to (0.28, 0.17, 0.22, 0.22, 0.11) (rounded); its SAW normalisation is r = x/max or min/x.
    const rows = [
      [0.75, 2000, 18, 50, 500],
      [0.5, 1500, 20, 40, 450],
      [0.9, 2050, 35, 35, 800],
    ];
    const w = normaliseWeights([5, 3, 4, 4, 2]);
    [0.2778, 0.1667, 0.2222, 0.2222, 0.1111].forEach((v, j) => expect(w[j]).toBeCloseTo(v, 4));
    const { scores, prepared } = scoreMatrix('saw', decisionMatrix(rows, [false, true, false, true, false]), w);
    // r for A1: 0.5/0.75, 2000/2050, 18/18, 50/50, 450/500.
    [0.6667, 0.9756, 1, 1, 0.9].forEach((v, j) => expect(prepared.normalised[j]).toBeCloseTo(v, 4));
    expect(scores[0]).toBeGreaterThan(scores[1] ?? 1);
    expect(scores[1]).toBeGreaterThan(scores[2] ?? 1);
  });
});
