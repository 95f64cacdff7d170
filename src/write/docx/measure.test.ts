import { describe, expect, it } from 'vitest';
import { longestWordEm, textEm } from './measure.js';

describe('Arial text widths', () => {
  it('measures the regular face', () => {
    // R .722, p .556, 10 digits .556, 3 points .278.
    expect(textEm('Rp1.250.000.000')).toBeCloseTo(0.722 + 0.556 + 10 * 0.556 + 3 * 0.278, 3);
    expect(textEm('Dinas')).toBeCloseTo(0.722 + 0.222 + 0.556 + 0.556 + 0.5, 3);
  });

  it('measures the bold face with its own, wider letters (table headers)', () => {
    // Arial Bold: K .722, o .611, n .611, d .611, i .278, s .556, i .278.
    expect(textEm('Kondisi', true)).toBeCloseTo(3.667, 3);
    expect(textEm('Kondisi', true)).toBeGreaterThan(textEm('Kondisi') * 1.1);
    expect(longestWordEm('Kondisi Awal', true)).toBeCloseTo(3.667, 3);
  });
});
