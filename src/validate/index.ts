/** The validate stage: source files → shape check → semantic rules → validated ProjectData. */
import { diagnostic } from '../diagnostics/catalogue.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { fileStart, type LoadedProject } from '../load/index.js';
import type { DaerahData, IsuData, KesiapanData, NaskahFrontMatter, OpdData, ProgramData, ProjectConfig, QuickWinData, StrategiData, SwotData } from '../schema/index.js';
import { taxonomy } from '../taxonomy/index.js';
import type { Item, NaskahItem, ProjectData, Single } from './project-data.js';
import { createContext, RULES } from './rules/index.js';
import { checkShape, type ShapeCheck } from './shape.js';

export type { Item, NaskahItem, ProjectData, Single } from './project-data.js';
export { checkShape, valueAt, type ShapeCheck } from './shape.js';

export interface Validation {
  readonly project: ProjectData;
  /** Load, shape and rule diagnostics, sorted by file and position. */
  readonly diagnostics: Diagnostic[];
}

/**
 * Validates a loaded project: every file's shape, then the cross-file rules.
 * Rules see only files whose shape is valid, so one broken file does not cascade.
 * @param loaded the loaded project
 * @param shapes the shape checks of files already checked (by the index of the file in
 *   `loaded.files`, each what {@link checkShape} gives for it); the others are checked here
 * @returns the validated project and all diagnostics
 */
export function validateProject(loaded: LoadedProject, shapes: ReadonlyArray<ShapeCheck | undefined> = []): Validation {
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const opd: Item<OpdData>[] = [];
  const isu: Item<IsuData>[] = [];
  const quickwin: Item<QuickWinData>[] = [];
  const program: Item<ProgramData>[] = [];
  const broken = { opd: new Set<string>(), isu: new Set<string>(), quickwin: new Set<string>(), program: new Set<string>() };
  let config: Single<ProjectConfig> | undefined;
  let kesiapan: Single<KesiapanData> | undefined;
  let swot: Single<SwotData> | undefined;
  let daerah: Single<DaerahData> | undefined;
  const strategi: Item<StrategiData>[] = [];

  for (const [i, file] of loaded.files.entries()) {
    const isItem = file.kind === 'opd' || file.kind === 'isu' || file.kind === 'quickwin' || file.kind === 'program';
    if (file.data === undefined) {
      if (isItem && file.id !== undefined) broken[file.kind].add(file.id);
      continue;
    }
    const shape = shapes[i] ?? checkShape(file);
    diagnostics.push(...shape.diagnostics);
    if (shape.value === undefined) {
      if (isItem && file.id !== undefined) broken[file.kind].add(file.id);
      continue;
    }
    const id = file.id ?? '';
    switch (file.kind) {
      case 'masterplan':
        config = { file, data: shape.value as ProjectConfig };
        break;
      case 'opd':
        opd.push({ id, file, data: shape.value as OpdData });
        break;
      case 'isu':
        isu.push({ id, file, data: shape.value as IsuData });
        break;
      case 'quickwin':
        quickwin.push({ id, file, data: shape.value as QuickWinData });
        break;
      case 'program':
        program.push({ id, file, data: shape.value as ProgramData });
        break;
      case 'kesiapan':
        kesiapan = { file, data: shape.value as KesiapanData };
        break;
      case 'swot':
        swot = { file, data: shape.value as SwotData };
        break;
      case 'daerah':
        daerah = { file, data: shape.value as DaerahData };
        break;
      case 'strategi':
        strategi.push({ id, file, data: shape.value as StrategiData });
        break;
      case 'naskah':
        // Naskah files are listed apart (loaded.naskah) and checked below.
        break;
    }
  }
  const naskah: NaskahItem[] = [];
  for (const source of loaded.naskah) {
    if (source.file.data === undefined) continue;
    const shape = checkShape(source.file);
    diagnostics.push(...shape.diagnostics);
    if (shape.value !== undefined) naskah.push({ slot: source.slot, source, data: shape.value as NaskahFrontMatter });
  }
  if (!loaded.hasConfig) diagnostics.push(diagnostic('rule/missing-config', fileStart('masterplan.yaml')));
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const project: ProjectData = {
    root: loaded.root,
    ...(config !== undefined ? { config } : {}),
    opd: opd.sort(byId),
    isu: isu.sort(byId),
    quickwin: quickwin.sort(byId),
    program: program.sort(byId),
    ...(kesiapan !== undefined ? { kesiapan } : {}),
    ...(swot !== undefined ? { swot } : {}),
    ...(daerah !== undefined ? { daerah } : {}),
    strategi: strategi.sort(byId),
    naskah,
    brokenIds: broken,
    files: loaded.files,
  };
  const ctx = createContext(project, taxonomy(), diagnostics);
  for (const rule of RULES) rule(ctx);
  return { project, diagnostics: diagnostics.sort(compareDiagnostics) };
}
