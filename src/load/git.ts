/**
 * A project's files at an earlier git revision, read without touching the user's work tree: the
 * revision's tree is listed (`git ls-tree`) and its blobs read (`git cat-file --batch`) into memory.
 * The `git` command is used rather than a library: it is on every machine that has a repository, it
 * understands every revision syntax (`HEAD~2`, tags, `main@{1}`) and every repository layout
 * (worktrees, packs, partial clones, SHA-256), and it costs no dependency.
 */
import { spawn } from 'node:child_process';
import { CONFIG_FILE } from './discover.js';
import type { MemoryFile } from './file-source.js';
import { MAX_FILE_BYTES } from './read-text.js';

/** The git repository a project folder is in. */
export interface GitRepo {
  /** Absolute top-level folder of the repository. */
  readonly top: string;
  /** The project folder relative to the top level, with a trailing slash ('' at the top level). */
  readonly prefix: string;
}

/** A commit: its full and abbreviated ids and its committer date (ISO 8601 with offset). */
export interface Commit {
  readonly sha: string;
  readonly short: string;
  readonly date: string;
}

interface GitOutput {
  readonly ok: boolean;
  readonly stdout: Buffer;
}

/** Longest a git command may take, in milliseconds. */
const GIT_TIMEOUT = 30_000;

/**
 * Runs git; never throws (a missing git binary is a failed run).
 * @param cwd working folder
 * @param args arguments
 * @param input bytes written to its standard input
 * @returns whether it exited with 0, and its standard output
 */
function git(cwd: string, args: readonly string[], input?: string): Promise<GitOutput> {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn('git', args, {
        cwd,
        stdio: ['pipe', 'pipe', 'ignore'],
        env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        timeout: GIT_TIMEOUT,
      });
    } catch {
      resolve({ ok: false, stdout: Buffer.alloc(0) });
      return;
    }
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', () => resolve({ ok: false, stdout: Buffer.alloc(0) }));
    child.on('close', (code) => resolve({ ok: code === 0, stdout: Buffer.concat(chunks) }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

/**
 * The repository a project folder is in.
 * @param root absolute project folder
 * @returns the repository, or undefined outside one (or without git)
 */
export async function gitRepoOf(root: string): Promise<GitRepo | undefined> {
  const out = await git(root, ['rev-parse', '--show-toplevel', '--show-prefix']);
  if (!out.ok) return undefined;
  const [top, prefix = ''] = out.stdout.toString('utf8').split('\n');
  if (top === undefined || top === '') return undefined;
  return { top, prefix };
}

const COMMIT_FORMAT = '--format=%H%x00%h%x00%cI';

function parseCommit(out: GitOutput): Commit | undefined {
  if (!out.ok) return undefined;
  const [sha, short, date] = out.stdout.toString('utf8').trim().split('\0');
  return sha && short && date ? { sha, short, date } : undefined;
}

/**
 * The commit a revision names.
 * @param repo the repository
 * @param rev a revision (`a1b2c3d`, `HEAD~2`, a tag or branch)
 * @returns the commit, or undefined when the revision names none
 */
export async function resolveRevision(repo: GitRepo, rev: string): Promise<Commit | undefined> {
  // A revision never starts with "-": refusing it keeps it from being read as an option.
  if (rev === '' || rev.startsWith('-')) return undefined;
  const sha = await git(repo.top, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  if (!sha.ok) return undefined;
  return parseCommit(await git(repo.top, ['log', '-1', COMMIT_FORMAT, sha.stdout.toString('utf8').trim()]));
}

/**
 * The last commit of the current branch made before a moment.
 * @param repo the repository
 * @param before the moment (commits at or after it do not count)
 * @returns the commit, or undefined when every commit is later (or there is none)
 */
export async function lastCommitBefore(repo: GitRepo, before: Date): Promise<Commit | undefined> {
  const seconds = Math.floor(before.getTime() / 1000) - 1;
  // "@<seconds>" is an exact time for git, where a bare date would take today's time of day.
  return parseCommit(await git(repo.top, ['log', '-1', COMMIT_FORMAT, `--before=@${seconds}`, 'HEAD', '--']));
}

/**
 * The first commit of the current branch.
 * @param repo the repository
 * @returns the oldest root commit, or undefined when there is no commit yet
 */
export async function firstCommit(repo: GitRepo): Promise<Commit | undefined> {
  const roots = await git(repo.top, ['rev-list', '--max-parents=0', 'HEAD', '--']);
  if (!roots.ok) return undefined;
  let first: Commit | undefined;
  for (const sha of roots.stdout.toString('utf8').split('\n').filter(Boolean)) {
    const c = parseCommit(await git(repo.top, ['log', '-1', COMMIT_FORMAT, sha]));
    if (c !== undefined && (first === undefined || Date.parse(c.date) < Date.parse(first.date))) first = c;
  }
  return first;
}

/** Whether a path of the project is one of its YAML inputs (the configuration and `data/`). */
const isInput = (rel: string) => rel === CONFIG_FILE || rel.startsWith('data/');

/**
 * The project's input files (masterplan.yaml and data/) at a commit, read into memory. A file over
 * the size limit is not read; only its size is kept, and the loader refuses it as it would on disk.
 * @param repo the repository
 * @param commit the commit
 * @returns the files by path relative to the project; empty when the project folder did not exist then
 */
export async function projectFilesAt(repo: GitRepo, commit: Commit): Promise<Map<string, MemoryFile>> {
  const files = new Map<string, MemoryFile>();
  const tree = await git(repo.top, ['ls-tree', '-r', '-l', '-z', '--full-tree', `${commit.sha}:${repo.prefix}`]);
  if (!tree.ok) return files;
  const wanted: Array<{ path: string; sha: string }> = [];
  for (const entry of tree.stdout.toString('utf8').split('\0')) {
    // "<mode> SP <type> SP <object> SP+ <size> TAB <path>"
    const m = /^(\d+) (\w+) ([0-9a-f]+) +(\d+|-)\t(.+)$/s.exec(entry);
    if (m?.[2] !== 'blob' || m[1] === '120000') continue;
    const [, , , sha, size, rel] = m as unknown as [string, string, string, string, string, string];
    if (!isInput(rel)) continue;
    if (Number(size) > MAX_FILE_BYTES) files.set(rel, { size: Number(size) });
    else wanted.push({ path: rel, sha });
  }
  if (wanted.length === 0) return files;
  const batch = await git(repo.top, ['cat-file', '--batch'], wanted.map((w) => `${w.sha}\n`).join(''));
  if (!batch.ok) return files;
  // Each object: "<sha> <type> <size>\n<content>\n", in the order asked.
  let at = 0;
  for (const w of wanted) {
    const eol = batch.stdout.indexOf(0x0a, at);
    if (eol === -1) break;
    const header = batch.stdout.subarray(at, eol).toString('utf8').split(' ');
    const size = Number(header[2]);
    if (header[1] !== 'blob' || !Number.isInteger(size)) break;
    files.set(w.path, { bytes: new Uint8Array(batch.stdout.subarray(eol + 1, eol + 1 + size)) });
    at = eol + 1 + size + 1;
  }
  return files;
}

/**
 * The files git sees as renamed between a commit and the work tree, inside the project folder.
 * @param root absolute project folder
 * @param commit the commit
 * @returns new path → old path, both relative to the project
 */
export async function renamesSince(root: string, commit: Commit): Promise<Map<string, string>> {
  const renames = new Map<string, string>();
  const out = await git(root, ['diff', '--no-ext-diff', '--no-color', '-M', '--name-status', '-z', '--relative', commit.sha, '--', '.']);
  if (!out.ok) return renames;
  const parts = out.stdout.toString('utf8').split('\0');
  for (let i = 0; i < parts.length; ) {
    const status = parts[i] ?? '';
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = parts[i + 1];
      const to = parts[i + 2];
      if (status.startsWith('R') && from !== undefined && to !== undefined) renames.set(to, from);
      i += 3;
    } else i += 2;
  }
  return renames;
}
