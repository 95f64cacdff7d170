/** The final-build warning of docs/stages.md: an element with programs or quick wins but no direction (`arah`) from the Tim. */
import { diagnostic } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Model } from '../model/index.js';

/**
 * One warning per element that has programs or quick wins and no `elemen.<id>.arah` in its
 * dimension's strategy file, at that file.
 * @param model the project model
 * @returns the warnings, in framework order
 */
export function arahDiagnostics(model: Model): Diagnostic[] {
  return model.dimensions.flatMap((d) =>
    d.info.elemen
      .filter((e) => d.strategi?.elemen?.[e.id]?.arah === undefined)
      .filter((e) => d.program.some((p) => p.data.elemen === e.id) || d.quickwin.some((q) => q.data.elemen === e.id))
      .map((e) => diagnostic('stage/arah-missing', { file: `data/strategi/${d.info.id}.yaml`, line: 1, column: 1 }, { dimensi: d.info.nama, elemen: e.nama })),
  );
}
