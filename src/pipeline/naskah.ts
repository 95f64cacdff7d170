/**
 * `masterplan new naskah <buku>/<slot>`: the file of one slot of authored text, with the slot's guide
 * as the editor's note of its front matter and an empty body; never over an existing file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NASKAH_DIR } from '../load/index.js';
import { taxonomy } from '../taxonomy/index.js';
import { suggestSlot } from '../validate/suggest.js';

/** How writing a new naskah file ended. */
export type NewNaskahResult =
  | { readonly kind: 'written'; readonly path: string }
  /** The slot is not in data/naskah.yaml. */
  | { readonly kind: 'unknown-slot'; readonly suggestion?: string }
  | { readonly kind: 'exists'; readonly path: string }
  | { readonly kind: 'write-failed'; readonly path: string; readonly detail: string };

/**
 * The text of a new naskah file: a commented `penulis`, the slot's guide as `catatan`, no body.
 * @param guide the slot's guide
 * @returns the file's text
 */
export function newNaskahText(guide: string): string {
  return `---\n# penulis: <id OPD yang menulis naskah ini, misalnya dinkes>\ncatatan: >-\n${wrap(guide, 94).map((l) => `  ${l}`).join('\n')}\n---\n\n`;
}

/** Words into lines of at most `width` characters (a longer word has a line of its own). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Writes `naskah/<buku>/<slot>.md` for a slot of the shipped list.
 * @param root project folder (absolute)
 * @param slot the slot id, `buku-1/latar-belakang`
 * @returns what happened
 */
export async function newNaskah(root: string, slot: string): Promise<NewNaskahResult> {
  const { slots, slotById } = taxonomy().naskah;
  const info = slotById.get(slot);
  if (info === undefined) {
    const suggestion = suggestSlot(slot, slots.map((s) => s.id));
    return { kind: 'unknown-slot', ...(suggestion !== undefined ? { suggestion } : {}) };
  }
  const rel = `${NASKAH_DIR}/${info.id}.md`;
  const file = path.join(root, rel);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, newNaskahText(info.panduan), { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return { kind: 'exists', path: rel };
    return { kind: 'write-failed', path: rel, detail: (e as Error).message };
  }
  return { kind: 'written', path: rel };
}

/**
 * Writes the file of every required slot as `new naskah` does (its guide, no text yet), where none
 * exists, so a new project shows the texts the Tim owes without counting any of them as written.
 * @param root project folder (absolute)
 * @returns what happened to each required slot, in the order of the shipped list
 */
export async function newRequiredNaskah(root: string): Promise<NewNaskahResult[]> {
  const results: NewNaskahResult[] = [];
  for (const slot of taxonomy().naskah.slots) if (slot.wajib) results.push(await newNaskah(root, slot.id));
  return results;
}
