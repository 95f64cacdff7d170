import { describe, expect, it } from 'vitest';
import { FORMATTERS } from './index.js';
import { loadFormatter } from './load.js';
import { DIAGNOSTIC_FORMATS } from './types.js';

describe('loadFormatter', () => {
  it('loads, for every format, the formatter the registry holds', async () => {
    for (const format of DIAGNOSTIC_FORMATS) expect(await loadFormatter(format), format).toBe(FORMATTERS[format]);
  });
});
