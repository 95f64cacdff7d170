/** The appendix of Buku I and II (*Lampiran*): the list of abbreviations and the composition of the Tim Pelaksana. */
import { compareText, type Ctx } from './context.js';

/** One abbreviation. */
export interface SingkatanVM {
  readonly singkatan: string;
  readonly kepanjangan: string;
}

/**
 * The abbreviations: every OPD's `singkatan` with its name, and the shipped terms, in alphabetical
 * order; an abbreviation an OPD uses wins over a shipped one spelt the same.
 * @param ctx view-model context
 * @returns the list
 */
export function singkatanVM(ctx: Ctx): SingkatanVM[] {
  const by = new Map<string, SingkatanVM>();
  for (const o of ctx.model.opd) {
    const key = o.data.singkatan.trim().toUpperCase();
    if (!by.has(key) && o.data.singkatan.trim() !== o.data.nama.trim()) by.set(key, { singkatan: o.data.singkatan, kepanjangan: o.data.nama });
  }
  for (const t of ctx.model.istilah) {
    const key = t.singkatan.trim().toUpperCase();
    if (!by.has(key)) by.set(key, { singkatan: t.singkatan, kepanjangan: t.kepanjangan });
  }
  return [...by.entries()].sort((a, b) => compareText(a[0], b[0]) || compareText(a[1].singkatan, b[1].singkatan)).map(([, v]) => v);
}
