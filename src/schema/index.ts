/** The input kinds (docs/input.md) and their zod schemas: the single source of input shapes. */
import type { z } from 'zod';
import { IsuSchema } from './isu.js';
import { KesiapanSchema, SwotSchema } from './kesiapan.js';
import { NaskahFrontMatterSchema } from './naskah.js';
import { OpdSchema } from './opd.js';
import { ProgramSchema } from './program.js';
import { ProjectSchema } from './project.js';
import { QuickWinSchema } from './quickwin.js';

export const SCHEMAS = {
  masterplan: ProjectSchema,
  opd: OpdSchema,
  isu: IsuSchema,
  quickwin: QuickWinSchema,
  program: ProgramSchema,
  kesiapan: KesiapanSchema,
  swot: SwotSchema,
  /** The front matter of `naskah/<buku>/<slot>.md`. */
  naskah: NaskahFrontMatterSchema,
} as const;

export type Kind = keyof typeof SCHEMAS;
export const KINDS = Object.keys(SCHEMAS) as Kind[];
/** Kinds with one file per item under `data/<kind>/<id>.yaml`. */
export const ITEM_KINDS = ['opd', 'isu', 'quickwin', 'program'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export type KindOutput<K extends Kind> = z.output<(typeof SCHEMAS)[K]>;

export * from './common.js';
export * from './isu.js';
export * from './kesiapan.js';
export * from './naskah.js';
export * from './opd.js';
export * from './program.js';
export * from './project.js';
export * from './quickwin.js';
