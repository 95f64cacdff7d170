/** What every command gets: the Env, the chosen language and output helpers. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Lang } from '../diagnostics/spec.js';
import type { Env } from '../env.js';
import { UserError } from '../errors.js';

export interface GlobalOptions {
  lang?: string;
  quiet?: boolean;
}

/**
 * The message language: `--lang`, else `keluaran.bahasa` of the project's masterplan.yaml, else `id`.
 * @param flag value of --lang
 * @param projectDir folder that may hold masterplan.yaml
 * @returns the language
 */
export function resolveLang(flag: string | undefined, projectDir: string | undefined): Lang {
  if (flag === 'en' || flag === 'id') return flag;
  if (projectDir === undefined) return 'id';
  try {
    const text = readFileSync(path.join(projectDir, 'masterplan.yaml'), 'utf8');
    if (text.length > 1_000_000) return 'id';
    const data: unknown = parse(text, { maxAliasCount: 10, uniqueKeys: false });
    const bahasa = (data as { keluaran?: { bahasa?: unknown } } | null)?.keluaran?.bahasa;
    return bahasa === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

/**
 * Whether to colour output written to stdout, following NO_COLOR / FORCE_COLOR.
 * @param env the environment
 * @returns true when colour is wanted
 */
export function useColor(env: Env): boolean {
  const force = env.vars['FORCE_COLOR'];
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (env.vars['NO_COLOR'] !== undefined && env.vars['NO_COLOR'] !== '') return false;
  return env.stdoutIsTTY;
}

/** Logger for progress lines on stderr, silenced by --quiet. */
export function logger(env: Env, quiet: boolean | undefined): (line: string) => void {
  return (line) => {
    if (!quiet) env.stderr(`${line}\n`);
  };
}

/**
 * Reads a `--stage` value.
 * @param raw the flag's text
 * @returns a stage number 1–4
 * @throws UserError for anything else
 */
export function parseStage(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 4) throw new UserError(`--stage: "${raw}" (1 | 2 | 3 | 4)`);
  return n;
}
