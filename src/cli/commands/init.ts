/**
 * `masterplan init [dir]`: a new, working project with commented examples, a CI workflow, and a
 * `package.json` that pins the tool so CI installs exactly that version with `npm ci`.
 */
import { copyFile, cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import npa from 'npm-package-arg';
import type { Env } from '../../env.js';
import { UserError } from '../../errors.js';
import { newRequiredNaskah } from '../../pipeline/naskah.js';
import { prepareFolder } from '../../pipeline/scaffold.js';
import { writeSchemas } from '../../pipeline/schemas.js';
import { PACKAGE_ROOT } from '../../taxonomy/index.js';
import { render } from '../../text/index.js';
import { logger, resolveLang, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { MESSAGES } from '../messages.js';
import { version } from '../version.js';

export interface InitOptions extends GlobalOptions {
  force?: boolean;
  /** Where the project's package.json installs the tool from: an npm spec, a tarball or a git URL. */
  from?: string;
}

/** The tool's package name, as the user's package.json depends on it. */
const TOOL = 'masterplan';

/** Lines the project's `.gitignore` must hold: build outputs, installed packages, import backups and data snapshots (as in the scaffold's gitignore). */
const IGNORED = ['keluaran/', 'node_modules/', '.masterplan/'];

/** How the project's package.json names the tool, and a local tarball to copy into the project. */
interface ToolSource {
  /** The value of `devDependencies.masterplan`. */
  spec: string;
  /** A tarball given with --from, copied into the project so CI can install it too. */
  tarball?: { from: string; to: string };
}

/**
 * Creates the project layout (docs/input.md) in a folder.
 * @param dir target folder
 * @param opts command options
 * @param env the environment
 * @returns the exit code
 */
export async function initCommand(dir: string, opts: InitOptions, env: Env): Promise<number> {
  const lang = resolveLang(opts, undefined);
  const target = path.resolve(env.cwd, dir);
  let entries: string[] = [];
  try {
    entries = await readdir(target);
  } catch {
    // A folder that does not exist yet is created.
  }
  if (entries.length > 0 && !opts.force) {
    throw new UserError('init/not-empty', { dir });
  }
  const source = await toolSource(opts.from, target, env);
  const scaffold = path.join(PACKAGE_ROOT, 'data', 'scaffold', 'project');
  await prepareFolder(target);
  // Never overwrite: with --force, existing files stay as they are.
  await cp(scaffold, target, { recursive: true, force: false, errorOnExist: false });
  // The scaffold keeps it as `gitignore` because npm leaves `.gitignore` files out of a package.
  const ignore = path.join(target, 'gitignore');
  if (!entries.includes('.gitignore')) await rename(ignore, path.join(target, '.gitignore'));
  else await rm(ignore);
  if (source.tarball !== undefined && !(await exists(source.tarball.to))) {
    await mkdir(path.dirname(source.tarball.to), { recursive: true });
    await copyFile(source.tarball.from, source.tarball.to);
  }
  const hasPackageJson = entries.includes('package.json');
  if (!hasPackageJson) await writeFile(path.join(target, 'package.json'), packageJson(target, source.spec));
  await writeSchemas(path.join(target, 'schema'));
  // The texts the Tim owes: each required slot with its guide and no text, so none counts as written.
  for (const result of await newRequiredNaskah(target)) {
    if (result.kind === 'write-failed') throw new UserError('new/write-failed', { path: result.path, detail: result.detail });
  }

  const log = logger(env, opts.quiet);
  const pinned = `${TOOL}@${source.spec}`;
  log(render(MESSAGES.projectCreated, lang, { dir }));
  if (hasPackageJson) log(render(MESSAGES.packageJsonKept, lang, { pinned }));
  else if (opts.from !== undefined) log(render(MESSAGES.packageJsonPinned, lang, { pinned }));
  else log(render(MESSAGES.packageJsonPinnedRegistry, lang, { pinned }));
  if (entries.includes('.gitignore')) {
    const missing = missingIgnores(await readFile(path.join(target, '.gitignore'), 'utf8'));
    if (missing.length > 0) log(render(MESSAGES.gitignoreKept, lang, { lines: missing }));
  }
  log(render(MESSAGES.nextHeading, lang));
  // A command, the same in both languages.
  if (path.resolve(env.cwd) !== target) log(`  cd ${dir}`);
  log(render(MESSAGES.nextInstall, lang));
  log(render(MESSAGES.nextEdit, lang));
  return EXIT.OK;
}

/**
 * Reads `--from` the way npm reads the same spec: a registry version, range or tag; a git URL or
 * hosted shorthand; a tarball URL; or a local tarball, which is copied into the project's
 * `vendor/` folder (CI has no other copy of it). A local folder is refused: it would be a link that
 * exists on this computer only.
 * @param from the option's value; undefined means the running version from the registry
 * @param target the project folder
 * @param env the environment
 * @returns the dependency spec, and a tarball to copy
 */
async function toolSource(from: string | undefined, target: string, env: Env): Promise<ToolSource> {
  if (from === undefined) return { spec: version() };
  const raw = from.startsWith(`${TOOL}@`) ? from.slice(TOOL.length + 1) : from;
  let arg: npa.Result;
  try {
    arg = npa.resolve(TOOL, raw, env.cwd);
  } catch (e) {
    throw new UserError('init/from-invalid', { from, detail: (e as Error).message });
  }
  // npm reads "dl/masterplan-0.1.0.tgz" as a GitHub repository; a Tim member means the file.
  const local = arg.type === 'file' || arg.type === 'directory' || (arg.type !== 'remote' && /\.(tgz|tar\.gz|tar)$/i.test(raw));
  if (!local) return { spec: arg.saveSpec ?? arg.rawSpec };
  const file = arg.type === 'file' || arg.type === 'directory' ? (arg.fetchSpec ?? raw) : path.resolve(env.cwd, raw);
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) throw new UserError('init/from-folder', { from });
  if (info === undefined) throw new UserError('init/from-missing', { from });
  const inside = path.relative(target, file);
  if (inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside)) {
    return { spec: `file:${inside.split(path.sep).join('/')}` };
  }
  const name = path.basename(file);
  return { spec: `file:vendor/${name}`, tarball: { from: file, to: path.join(target, 'vendor', name) } };
}

/**
 * The project's package.json: private, with the tool as its only (dev) dependency.
 * @param target the project folder, whose name becomes the package name
 * @param spec the tool's dependency spec
 * @returns the file's text
 */
function packageJson(target: string, spec: string): string {
  const name = path.basename(target).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+|[._-]+$/g, '').slice(0, 200);
  const pkg = { name: name === '' ? 'masterplan-proyek' : name, private: true, devDependencies: { [TOOL]: spec } };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/**
 * The required ignore lines an existing `.gitignore` lacks (with or without a leading or trailing slash).
 * @param text the file's content
 * @returns missing lines, in order
 */
function missingIgnores(text: string): string[] {
  const lines = new Set(text.split(/\r?\n/).map((l) => l.trim().replace(/^\//, '').replace(/\/$/, '')));
  return IGNORED.filter((l) => !lines.has(l.replace(/\/$/, '')));
}

/**
 * @param file a path
 * @returns whether something exists there
 */
async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}
