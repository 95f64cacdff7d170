/** What every command gets: the Env, the chosen language and output helpers. */
import path from 'node:path';
import type { Env } from '../env.js';
import { UserError } from '../errors.js';
import { configuredBahasa } from '../pipeline/bahasa.js';
import { isLang, type Lang, type Text } from '../text/index.js';

export interface GlobalOptions {
  /** `--lang`; once the command knows its project, the language it speaks (see {@link resolveLang}). */
  lang?: string;
  quiet?: boolean;
}

/**
 * The message language: `--lang`, else `keluaran.bahasa` of the project's masterplan.yaml, else `id`.
 * The language is recorded in the options, so a problem that stops the command is told in it too.
 * @param opts the command's options (`--lang`)
 * @param projectDir folder that may hold masterplan.yaml
 * @returns the language
 */
export function resolveLang(opts: GlobalOptions, projectDir: string | undefined): Lang {
  const lang = languageOf(opts.lang, projectDir);
  opts.lang = lang;
  return lang;
}

function languageOf(flag: string | undefined, projectDir: string | undefined): Lang {
  if (isLang(flag)) return flag;
  if (projectDir === undefined) return 'id';
  const bahasa = configuredBahasa(projectDir);
  return isLang(bahasa) ? bahasa : 'id';
}

/**
 * The language a command speaks, once {@link resolveLang} has run (Indonesian before that).
 * @param opts the command's options
 * @returns the language
 */
export function langOf(opts: GlobalOptions): Lang {
  return isLang(opts.lang) ? opts.lang : 'id';
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

/** A `--stage` value: a stage number, or `next`, the stage of the next bimtek (as `status` picks by default). */
export type StageChoice = number | 'next';

/**
 * Reads a `--stage` value, for `build` and `status` alike.
 * @param raw the flag's text
 * @returns a stage number 1–4, or `next`
 * @throws UserError for anything else
 */
export function parseStage(raw: string): StageChoice {
  if (raw.trim().toLowerCase() === 'next') return 'next';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 4) throw new UserError('option/invalid', { option: '--stage', value: raw, choices: '1 | 2 | 3 | 4 | next' });
  return n;
}

/** The arguments of the CLI's messages and of the errors' texts that hold a path or a list of paths. */
const PATH_ARGS = new Set(['path', 'dir', 'file', 'files', 'out', 'backup', 'backupDir']);

/**
 * A path as messages show it: with forward slashes on Windows too, as in the diagnostics and the
 * paths a Tim types in masterplan.yaml.
 * @param p a path, relative or absolute
 * @returns the same path with `/` between its parts
 */
export function displayPath(p: string): string {
  return path.sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/**
 * The arguments of a message with every path argument shown with forward slashes.
 * @param args a message's or an error's arguments
 * @returns the arguments, paths converted
 */
export function displayPaths<A>(args: A): A {
  if (path.sep !== '\\' || args === null || typeof args !== 'object') return args;
  const out: Record<string, unknown> = { ...(args as Record<string, unknown>) };
  for (const [key, value] of Object.entries(out)) {
    if (!PATH_ARGS.has(key)) continue;
    if (typeof value === 'string') out[key] = displayPath(value);
    else if (Array.isArray(value)) out[key] = value.map((v: unknown) => (typeof v === 'string' ? displayPath(v) : v));
  }
  return out as A;
}

/**
 * Texts whose path arguments are always shown with forward slashes (see {@link displayPaths}).
 * @param texts texts by name
 * @returns the same texts, each phrase converting its path arguments first
 */
export function withDisplayPaths<T extends Readonly<Record<string, Text<never>>>>(texts: T): T {
  const wrap = (phrase: unknown) =>
    typeof phrase === 'function' ? (args: unknown, f: unknown) => (phrase as (a: unknown, f: unknown) => string)(displayPaths(args), f) : phrase;
  return Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, { id: wrap(text.id), en: wrap(text.en) }])) as unknown as T;
}
