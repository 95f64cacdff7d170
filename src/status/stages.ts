/** The bimtek stage model: books due and data required per stage, from data/tahap.yaml or masterplan.yaml. */
import { z } from 'zod';
import { readShipped } from '../taxonomy/index.js';
import { TahapSchema, type ProjectConfig, type SyaratId, type TahapData } from '../schema/index.js';

const StageFileSchema = z.array(TahapSchema).min(1);
let shipped: TahapData[] | undefined;

/**
 * The shipped stage model.
 * @returns the four stages of data/tahap.yaml
 */
export function defaultStages(): TahapData[] {
  shipped ??= readShipped('tahap.yaml', StageFileSchema);
  return shipped;
}

/**
 * The stage model of a project: its own `tahap:` list when given, else the shipped one.
 * @param config project configuration
 * @returns stages sorted by number
 */
export function stagesOf(config: ProjectConfig): TahapData[] {
  return [...(config.tahap ?? defaultStages())].sort((a, b) => a.tahap - b.tahap);
}

/**
 * The requirements in force at a stage: its own and every earlier stage's (cumulative), in order.
 * @param stages the stage model
 * @param stage stage number 1–4
 * @returns requirement codes without repeats
 */
export function requirementsAt(stages: readonly TahapData[], stage: number): SyaratId[] {
  const out: SyaratId[] = [];
  for (const s of stages) {
    if (s.tahap > stage) continue;
    for (const w of s.wajib) if (!out.includes(w)) out.push(w);
  }
  return out;
}

/**
 * The books due at a stage.
 * @param stages the stage model
 * @param stage stage number
 * @returns book numbers
 */
export function booksAt(stages: readonly TahapData[], stage: number): number[] {
  return [...(stages.find((s) => s.tahap === stage)?.buku ?? [])].sort((a, b) => a - b);
}

/**
 * The stage to look at when none is given: the next bimtek on or after today, else 4.
 * @param config project configuration
 * @param today the current date
 * @returns a stage number 1–4
 */
export function defaultStage(config: ProjectConfig, today: Date): number {
  const iso = today.toISOString().slice(0, 10);
  const next = [...(config.bimtek ?? [])].filter((b) => b.tanggal >= iso).sort((a, b) => (a.tanggal < b.tanggal ? -1 : 1))[0];
  return next?.tahap ?? 4;
}
