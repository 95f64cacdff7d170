/** The input kinds of SPEC §2–§3 and their zod schemas: the single source of input shapes. */
import type { z } from 'zod';
import { Isu } from './isu.js';
import { Kesiapan, Swot } from './kesiapan.js';
import { Opd } from './opd.js';
import { Program } from './program.js';
import { Project } from './project.js';
import { QuickWin } from './quickwin.js';

export const SCHEMAS = {
  masterplan: Project,
  opd: Opd,
  isu: Isu,
  quickwin: QuickWin,
  program: Program,
  kesiapan: Kesiapan,
  swot: Swot,
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
export * from './opd.js';
export * from './program.js';
export * from './project.js';
export * from './quickwin.js';
