/** TOPSIS reproduces published worked examples. */
import { describe, expect, it } from 'vitest';
import { scoreMatrix } from './methods.js';
import { decisionMatrix } from './testing.js';


describe('TOPSIS, published examples', () => {
  it('Tzeng & Huang (2011), closeness of four alternatives', () => {
    // Tzeng, G.-H., Huang, J.-J. (2011). Multiple Attribute Decision Making: Methods and
    // Applications. CRC Press; the example is scikit-criteria's test `test_TOPSIS_tzeng2011multiple`
    // (vector normalisation, weights 0.3/0.4/0.3, all benefit). Published to 4 decimals.
    const { scores } = scoreMatrix(
      'topsis',
      decisionMatrix(
        [
          [5, 8, 4],
          [7, 6, 8],
          [8, 8, 6],
          [7, 4, 6],
        ],
        [true, true, true],
      ),
      [0.3, 0.4, 0.3],
    );
    [0.5037, 0.6581, 0.7482, 0.334].forEach((v, i) => expect(scores[i]).toBeCloseTo(v, 4));
  });

  it('TOPSIS-Python README (example from F. Faez, "TOPSIS Method in MADM"), with a cost criterion', () => {
    // Documented example of the TOPSIS-Python package (Glitchfix/TOPSIS-Python, also on PyPI as
    // topsis-antuanant): a = [[7,9,9,8],[8,7,8,7],[9,6,8,9],[6,7,8,6]], w = [0.1,0.4,0.3,0.2],
    // criterion 4 a cost. Published C = [0.74269409 0.40359933 0.17586999 0.44142927].
    const { scores } = scoreMatrix(
      'topsis',
      decisionMatrix(
        [
          [7, 9, 9, 8],
          [8, 7, 8, 7],
          [9, 6, 8, 9],
          [6, 7, 8, 6],
        ],
        [true, true, true, false],
      ),
      [0.1, 0.4, 0.3, 0.2],
    );
    [0.74269409, 0.40359933, 0.17586999, 0.44142927].forEach((v, i) => expect(scores[i]).toBeCloseTo(v, 8));
  });

  it('R package MCDA, TOPSIS example (Corsa, Clio, Fiesta): positive and negative ideal solutions', () => {
    // Documented example of MCDA::TOPSIS (CRAN, Bigaret, Meyer et al.): purchase price (min),
    // economy, aesthetics, boot capacity (max), weights 0.35/0.25/0.25/0.15. The help page
    // lists the weighted-normalised ideal solutions to 9 decimals:
    // PIS (0.179573776, 0.171636015, 0.159499658, 0.087302767),
    // NIS (0.212610118, 0.124958799, 0.131352659, 0.085797547).
    const w = [0.35, 0.25, 0.25, 0.15];
    const { prepared } = scoreMatrix(
      'topsis',
      decisionMatrix(
        [
          [5490, 51.4, 8.5, 285],
          [6500, 70.6, 7, 288],
          [6489, 54.3, 7.5, 290],
        ],
        [false, true, true, true],
      ),
      w,
    );
    const pis = [0.179573776, 0.171636015, 0.159499658, 0.087302767];
    const nis = [0.212610118, 0.124958799, 0.131352659, 0.085797547];
    w.forEach((wj, j) => {
      expect(wj * (prepared.extra[j] ?? 0)).toBeCloseTo(pis[j] ?? 0, 8);
      expect(wj * (prepared.extra[4 + j] ?? 0)).toBeCloseTo(nis[j] ?? 0, 8);
    });
  });
});
