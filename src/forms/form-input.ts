/** What a form for one OPD is filled with: the OPD's data as its files hold it, its items, and the closed lists. */
import type { ProjectData } from '../validate/index.js';
import { taxonomy } from '../taxonomy/index.js';

export type Raw = Record<string, unknown>;

export interface ListEntry {
  readonly id: string;
  readonly label: string;
}

export interface FormInput {
  readonly opdId: string;
  /** A blank form for an OPD the project has no file for yet; importing it creates the file. */
  readonly isNew?: boolean;
  /** The region the project is for (`daerah.nama`), stamped into the form's metadata. */
  readonly daerah: string;
  /** The OPD's data as its YAML holds it (no defaults added), so a returned form changes only what was edited. */
  readonly opd: Raw;
  /** Quick wins and programs this OPD owns, by id, as their files hold them. */
  readonly quickwins: ReadonlyArray<{ readonly id: string; readonly data: Raw }>;
  readonly programs: ReadonlyArray<{ readonly id: string; readonly data: Raw }>;
  /** Reference lists for dropdowns and the instructions sheet. */
  readonly lists: {
    readonly isu: readonly ListEntry[];
    readonly opd: readonly ListEntry[];
    readonly quickwin: readonly ListEntry[];
    readonly dimensi: ReadonlyArray<ListEntry & { readonly elemen: readonly ListEntry[] }>;
  };
}

/**
 * Whether a value is a plain mapping.
 * @param v any value
 * @returns true for a non-null, non-array object
 */
export function isRaw(v: unknown): v is Raw {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const str = (v: unknown, fallback: string) => (typeof v === 'string' && v.trim() !== '' ? v : fallback);

/**
 * Collects what the form of one OPD shows.
 * @param project the loaded and validated project
 * @param opdId the OPD
 * @param options `isNew`: the OPD has no file yet, and its form is blank
 * @returns the form input, or undefined when the project has no readable file for that OPD
 */
export function formInput(project: ProjectData, opdId: string, options: { isNew?: boolean } = {}): FormInput | undefined {
  const raw = (kind: string, id: string) => project.files.find((f) => f.kind === kind && f.id === id)?.data;
  const opd = options.isNew ? {} : raw('opd', opdId);
  if (!isRaw(opd)) return undefined;
  const items = (kind: 'quickwin' | 'program') =>
    project.files
      .filter((f) => f.kind === kind && f.id !== undefined && isRaw(f.data) && f.data['opd'] === opdId)
      .map((f) => ({ id: f.id as string, data: f.data as Raw }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const entries = (kind: string, labelKey: string) =>
    project.files
      .filter((f) => f.kind === kind && f.id !== undefined)
      .map((f) => ({ id: f.id as string, label: str(isRaw(f.data) ? f.data[labelKey] : undefined, f.id as string) }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    opdId,
    ...(options.isNew ? { isNew: true } : {}),
    daerah: project.config?.data.daerah.nama ?? '',
    opd,
    quickwins: items('quickwin'),
    programs: items('program'),
    lists: {
      isu: entries('isu', 'judul'),
      opd: entries('opd', 'nama'),
      quickwin: entries('quickwin', 'nama'),
      dimensi: taxonomy().dimensi.map((d) => ({ id: d.id, label: d.nama, elemen: d.elemen.map((e) => ({ id: e.id, label: e.nama })) })),
    },
  };
}
