/**
 * Snapshots of a project's data, kept by `build` in `.masterplan/snapshot/` so that `diff` can compare
 * with an earlier state outside git. A snapshot is the text of every input file (masterplan.yaml and
 * data/), gzipped JSON of a few kilobytes: read back through the same loader and validation as the
 * present files, it gives the model of that day under today's rules, with positions in its files.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { MemoryFile } from './file-source.js';

/** Where the snapshots are kept, relative to the project folder. */
export const SNAPSHOT_DIR = '.masterplan/snapshot';

/**
 * How many snapshots are kept. A build that adds one beyond it removes one: the oldest that a later
 * snapshot of the same day follows, else the oldest of all, so that the last state of each day (the
 * one a bimtek saw) outlives the builds of a busy day.
 */
export const SNAPSHOT_LIMIT = 20;

/** Largest snapshot file read, and largest content it may unpack to, in bytes. */
const MAX_SNAPSHOT_BYTES = 16 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

const FORMAT = 'masterplan-snapshot';

/** The content of a snapshot file. */
export const SnapshotSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(1),
  /** When it was taken (ISO 8601, UTC). */
  created: z.iso.datetime(),
  /** The text of each input file by its path relative to the project. */
  files: z.record(z.string(), z.string()),
});
export type Snapshot = z.output<typeof SnapshotSchema>;

/** A snapshot file found in the folder, not yet read. */
export interface SnapshotRef {
  /** Path relative to the project, e.g. `.masterplan/snapshot/20240716T083000000Z-1a2b3c4d5e6f.json.gz`. */
  readonly file: string;
  /** When it was taken, from its name. */
  readonly created: Date;
  /** The hash of its files, from its name. */
  readonly hash: string;
}

/** Why a snapshot file was skipped. */
export type SnapshotProblem = 'unreadable' | 'not-gzip' | 'not-json' | 'not-a-snapshot' | 'too-large';

const NAME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([0-9a-f]{12})\.json\.gz$/;

/**
 * The hash of a set of files: the same files give the same hash, whatever their order.
 * @param files text by relative path
 * @returns 12 hex characters
 */
export function filesHash(files: Readonly<Record<string, string>>): string {
  const sorted = Object.keys(files).sort().map((k) => [k, files[k]]);
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex').slice(0, 12);
}

/**
 * The file of a snapshot: its name (time, then hash) and its gzipped content.
 * @param files text by relative path
 * @param created when it is taken
 * @returns the file name and bytes, and the hash of the files
 */
export function encodeSnapshot(files: Readonly<Record<string, string>>, created: Date): { name: string; bytes: Uint8Array; hash: string } {
  const hash = filesHash(files);
  const stamp = created.toISOString().replace(/[-:.]/g, '');
  const sorted = Object.fromEntries(Object.keys(files).sort().map((k) => [k, files[k] as string]));
  const content: Snapshot = { format: FORMAT, version: 1, created: created.toISOString(), files: sorted };
  return { name: `${stamp}-${hash}.json.gz`, bytes: new Uint8Array(gzipSync(JSON.stringify(content))), hash };
}

/**
 * The snapshot files of a project, oldest first. Files whose name is not a snapshot's are not listed
 * (temporary files of a write in progress among them).
 * @param root absolute project folder
 * @returns the snapshots found
 */
export async function listSnapshots(root: string): Promise<SnapshotRef[]> {
  let names: string[];
  try {
    names = await readdir(path.join(root, SNAPSHOT_DIR));
  } catch {
    return [];
  }
  const out: SnapshotRef[] = [];
  for (const name of names.sort()) {
    const m = NAME.exec(name);
    if (m === null) continue;
    const [y, mo, d, h, mi, s, ms] = m.slice(1, 8).map(Number) as [number, number, number, number, number, number, number];
    const created = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
    if (Number.isNaN(created.getTime())) continue;
    out.push({ file: `${SNAPSHOT_DIR}/${name}`, created, hash: m[8] as string });
  }
  return out.sort((a, b) => a.created.getTime() - b.created.getTime() || (a.file < b.file ? -1 : 1));
}

/**
 * Reads a snapshot file.
 * @param root absolute project folder
 * @param ref the snapshot
 * @returns its files, ready for the loader, or why it cannot be read
 */
export async function readSnapshot(root: string, ref: SnapshotRef): Promise<{ ok: true; snapshot: Snapshot; files: Map<string, MemoryFile> } | { ok: false; problem: SnapshotProblem }> {
  const abs = path.join(root, ref.file);
  let bytes: Buffer;
  try {
    if ((await stat(abs)).size > MAX_SNAPSHOT_BYTES) return { ok: false, problem: 'too-large' };
    bytes = await readFile(abs);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  let text: string;
  try {
    text = gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES }).toString('utf8');
  } catch (e) {
    return { ok: false, problem: (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'not-gzip' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const parsed = SnapshotSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: 'not-a-snapshot' };
  const encoder = new TextEncoder();
  const files = new Map<string, MemoryFile>();
  for (const [rel, content] of Object.entries(parsed.data.files)) {
    // Only plain relative paths: no "..", no empty or "." segments, no backslashes.
    if (rel.includes('\\') || rel.split('/').some((seg) => seg === '' || seg === '.' || seg === '..')) continue;
    files.set(rel, { bytes: encoder.encode(content) });
  }
  return { ok: true, snapshot: parsed.data, files };
}

/** A moment's local date, `YYYY-MM-DD`. */
function dayOf(moment: Date): string {
  return `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, '0')}-${String(moment.getDate()).padStart(2, '0')}`;
}

/**
 * The snapshots to remove so that at most `limit` remain: first those that a later snapshot of the
 * same (local) day follows, oldest first; then the oldest of all.
 * @param snapshots the snapshots, oldest first
 * @param limit how many may remain
 * @returns the snapshots to remove
 */
export function snapshotsBeyond(snapshots: readonly SnapshotRef[], limit: number): SnapshotRef[] {
  const excess = snapshots.length - limit;
  if (excess <= 0) return [];
  const superseded = snapshots.filter((s, i) => {
    const next = snapshots[i + 1];
    return next !== undefined && dayOf(next.created) === dayOf(s.created);
  });
  const rest = snapshots.filter((s) => !superseded.includes(s));
  return [...superseded, ...rest].slice(0, excess);
}
