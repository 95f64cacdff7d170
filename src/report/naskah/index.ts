/**
 * What each book prints in its slots of authored text (docs/naskah.md): the Tim's text where it has been
 * written; in a draft, a placeholder naming who owes a slot that is due at the stage and missing;
 * otherwise the slot's built-in wording. And the images of the text, ready for the document model.
 */
import type { ImageData } from '../../doc/ast.js';
import type { Model, NaskahText } from '../../model/index.js';
import type { NaskahRender, SlotContent } from '../engine/to-doc/index.js';
import { logoImage } from '../logo.js';

/** Who owes a text when its file names no `penulis`. */
const TIM = 'Tim Pelaksana Smart City';

/** What one slot prints before its images are read: the Tim's text, or a placeholder. */
export type SlotPlan = { readonly kind: 'authored'; readonly text: NaskahText } | Extract<SlotContent, { kind: 'placeholder' }>;

/** What a book prints in its slots, by slot id (a slot without an entry prints its built-in wording). */
export type BookNaskah = ReadonlyMap<string, SlotPlan>;

/**
 * The authored text of one book.
 * @param model the project model
 * @param book the book (1–4)
 * @param options a draft shows a placeholder for each slot due by `stage` (required, stage ≤ `stage`) that is missing
 * @returns by slot id, what the slot prints instead of its built-in wording
 */
export function bookNaskah(model: Model, book: number, options: { readonly draft: boolean; readonly stage: number }): BookNaskah {
  const out = new Map<string, SlotPlan>();
  for (const slot of model.naskah.catalogue.slots) {
    if (slot.buku !== book) continue;
    const text = model.naskah.texts.get(slot.id);
    if (text?.tree !== undefined) out.set(slot.id, { kind: 'authored', text });
    else if (options.draft && slot.wajib && slot.tahap <= options.stage) {
      const opd = text?.penulis !== undefined ? (model.opdById.get(text.penulis)?.data.nama ?? text.penulis) : TIM;
      out.set(slot.id, { kind: 'placeholder', what: `Naskah ${slot.judul.charAt(0).toLowerCase()}${slot.judul.slice(1)}`, opd });
    }
  }
  return out;
}

/**
 * The authored text of a book ready for the renderer: every image read into the document model's
 * form (PNG as it is, JPEG converted to PNG).
 * @param model the project model (for the slot list)
 * @param plan what the book prints in its slots
 * @returns the renderer's view of the book's authored text
 */
export async function naskahRender(model: Model, plan: BookNaskah): Promise<NaskahRender> {
  const slots = new Map<string, SlotContent>();
  for (const [id, content] of plan) {
    if (content.kind === 'placeholder') {
      slots.set(id, content);
      continue;
    }
    const images = new Map<string, ImageData>();
    for (const [url, bytes] of content.text.images) {
      const image = await logoImage(bytes);
      if (image !== undefined) images.set(url, image);
    }
    slots.set(id, { kind: 'authored', text: content.text, images });
  }
  return { catalogue: model.naskah.catalogue, slots };
}
