/** Builds the Model from a validated project: resolves ids into lookup maps and groups items by dimension. */
import type { Taxonomy } from '../taxonomy/index.js';
import type { Item, ProjectData } from '../validate/index.js';
import type { DimensionGroup, Model, ModelItem, NaskahText } from './types.js';

const toModelItem = <T>(item: Item<T>): ModelItem<T> => ({ id: item.id, file: item.file.path, data: item.data });

/**
 * Builds the model. Call only when validation found no errors (references are trusted here).
 * @param project validated project (must have a config)
 * @param taxonomy shipped reference data
 * @returns the model, or undefined when the project has no valid masterplan.yaml
 */
export function buildModel(project: ProjectData, taxonomy: Taxonomy): Model | undefined {
  if (project.config === undefined) return undefined;
  const config = project.config.data;
  const opd = project.opd.map(toModelItem);
  const isu = project.isu.map(toModelItem);
  const quickwin = project.quickwin.map(toModelItem);
  const program = project.program.map(toModelItem);
  const swot = project.swot?.data;
  const dimensions: DimensionGroup[] = taxonomy.dimensi.map((info) => {
    const id = info.id;
    const entry = swot?.[id];
    return {
      info,
      isu: isu.filter((i) => i.data.dimensi.includes(id)),
      program: program.filter((p) => p.data.dimensi === id),
      quickwin: quickwin.filter((q) => q.data.dimensi === id),
      ...(entry !== undefined ? { swot: entry } : {}),
    };
  });
  const texts = new Map<string, NaskahText>();
  for (const n of project.naskah) {
    if (!taxonomy.naskah.slotById.has(n.slot)) continue;
    const images = new Map<string, Uint8Array>();
    for (const image of n.source.images) if (image.bytes !== undefined) images.set(image.url, image.bytes);
    texts.set(n.slot, {
      slot: n.slot,
      file: n.source.file.path,
      ...(n.data.penulis !== undefined ? { penulis: n.data.penulis } : {}),
      ...(n.source.tree !== undefined ? { tree: n.source.tree } : {}),
      body: n.source.body,
      markdown: n.source.markdown,
      images,
    });
  }
  return {
    root: project.root,
    config,
    dasarHukum: config.dasar_hukum ?? taxonomy.dasarHukum,
    opd,
    isu,
    quickwin,
    program,
    ...(project.kesiapan !== undefined ? { kesiapan: project.kesiapan.data } : {}),
    ...(swot !== undefined ? { swot } : {}),
    opdById: new Map(opd.map((o) => [o.id, o])),
    isuById: new Map(isu.map((i) => [i.id, i])),
    quickwinById: new Map(quickwin.map((q) => [q.id, q])),
    dimensions,
    pilar: taxonomy.pilar,
    naskah: { catalogue: taxonomy.naskah, texts },
  };
}
