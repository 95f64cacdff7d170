/**
 * The *Catatan Perubahan* view: what changed in the project's data since an earlier version, in the
 * words of the books (Indonesian, formal): per OPD the files and each field's value before and now,
 * then the effects on the quick-win ranking, the completeness per OPD and the budget totals. The
 * appendix of the draft books prints it; the `diff` command prints the same words.
 */
import type { DataPath } from '../../diagnostics/diagnostic.js';
import type { FieldChange, FileDiff, ProjectDiff, SideFile, Total } from '../../diff/index.js';
import type { Kind } from '../../schema/index.js';
import { persen, romawi, rupiah, tanggal } from '../format/index.js';
import { daftarKata } from '../view-model/context.js';
import { fieldLabel, KOSONG, nameBook, valueWords, type NameBook } from './values.js';

export { fieldTables, fieldWords, type FieldWords, type RefKind } from './fields.js';
export { fieldLabel, nameBook, patternOf, schemaOf, valueType, valueWords, type NameBook, type ValueType } from './values.js';

/** The earlier version compared with. */
export interface SinceView {
  /** Where it came from: a git commit or a snapshot kept by `build`. */
  readonly source: 'git' | 'snapshot';
  /** The abbreviated commit id (git only). */
  readonly ref?: string;
  /** The date of that version, `YYYY-MM-DD`. */
  readonly date: string;
  /** The date asked for (`--since YYYY-MM-DD`, or the date of the bimtek). */
  readonly asked?: string;
  /** The bimtek stage asked for (`--since tahap:N`). */
  readonly tahap?: number;
}

/** What the view is made of. */
export interface PerubahanInput {
  readonly diff: ProjectDiff;
  readonly since: SinceView;
  /** The files of the earlier and of the present version. */
  readonly old: readonly SideFile[];
  readonly now: readonly SideFile[];
  /** The name of the region. */
  readonly daerah: string;
  /** The stage whose requirements the completeness counts. */
  readonly stage: number;
  /** What could not be compared: a version that does not validate. */
  readonly invalid?: { readonly old?: number; readonly now?: number };
}

/** One changed field in words. */
export interface RincianVM {
  readonly butir: string;
  readonly semula: string;
  readonly menjadi: string;
}

/** One changed file in words. */
export interface BerkasVM {
  readonly berkas: string;
  /** The name of the item the file holds (the OPD, the quick win …). */
  readonly nama: string;
  /** What kind of file it is: "Profil OPD", "Quick win" … */
  readonly jenis: string;
  readonly status: FileDiff['status'];
  /** What happened to it: "ditambahkan", "dihapus", "diubah", "berganti nama dari …". */
  readonly keadaan: string;
  /** The path it had, when renamed. */
  readonly semula: string | null;
  readonly rincian: readonly RincianVM[];
  /** Why its fields could not be compared, when a version does not validate. */
  readonly tidakDibandingkan: string | null;
}

/** The files of one OPD (or the city-wide files). */
export interface KelompokVM {
  readonly judul: string;
  /** The OPD id; null for the city-wide files. */
  readonly opd: string | null;
  readonly berkas: readonly BerkasVM[];
}

/** One quick win whose rank or selection changed, in the order of the diff. */
export interface PeringkatVM {
  readonly nama: string;
  readonly opd: string;
  readonly semula: string;
  readonly kini: string;
  readonly terpilihSemula: string;
  readonly terpilihKini: string;
  readonly keterangan: string;
}

/** One OPD whose completeness changed, in the order of the diff. */
export interface KelengkapanVM {
  readonly opd: string;
  readonly semula: string;
  readonly kini: string;
}

/** One budget total. */
export interface AnggaranVM {
  readonly butir: string;
  readonly semula: string;
  readonly kini: string;
  readonly selisih: string;
}

/** The change notes. */
export interface CatatanPerubahanVM {
  readonly pengantar: string;
  readonly adaPerubahan: boolean;
  readonly ringkasan: string;
  readonly kelompok: readonly KelompokVM[];
  /** The effects, each null when it could not be compared; rows in the order of the diff. */
  readonly peringkat: { readonly baris: readonly PeringkatVM[] } | null;
  readonly kelengkapan: { readonly tahap: string; readonly baris: readonly KelengkapanVM[] } | null;
  readonly anggaran: { readonly baris: readonly AnggaranVM[] } | null;
  /** Sentences on what could not be compared. */
  readonly catatan: readonly string[];
}

const JENIS_BERKAS: Readonly<Record<Kind, string>> = {
  masterplan: 'Konfigurasi proyek',
  opd: 'Profil OPD',
  isu: 'Isu strategis',
  quickwin: 'Quick win',
  program: 'Program',
  kesiapan: 'Analisis kesiapan',
  swot: 'Analisis SWOT',
  naskah: 'Naskah',
};

const TOTALS: ReadonlyArray<readonly [keyof NonNullable<ProjectDiff['effects']>['totals'], string]> = [
  ['quickwinAnggaran', 'Anggaran seluruh usulan quick win'],
  ['quickwinTerpilihAnggaran', 'Anggaran quick win terpilih'],
  ['programAnggaranIndikatif', 'Anggaran indikatif program'],
];

/** The name of the item a file holds. */
function itemNama(file: SideFile | undefined): string | undefined {
  const data = file?.data as Record<string, unknown> | undefined;
  if (data === undefined) return undefined;
  const name = file?.kind === 'isu' ? data['judul'] : file?.kind === 'masterplan' ? (data['daerah'] as { nama?: unknown } | undefined)?.nama : data['nama'];
  return typeof name === 'string' ? name : undefined;
}

function pointInTime(since: SinceView): string {
  const versi = since.source === 'git' ? `versi data pada commit ${since.ref ?? ''} (${tanggal(since.date)})` : `salinan data yang disimpan saat penyusunan tanggal ${tanggal(since.date)}`;
  if (since.tahap !== undefined && since.asked !== undefined) return `Bimbingan Teknis Tahap ${romawi(since.tahap)} tanggal ${tanggal(since.asked)}, dibandingkan dengan ${versi}`;
  if (since.asked !== undefined) return `tanggal ${tanggal(since.asked)}, dibandingkan dengan ${versi}`;
  return versi;
}

function countPhrase(n: number, what: string): string | undefined {
  return n > 0 ? `${n} berkas ${what}` : undefined;
}

function selisih(t: Total): string {
  const d = t.new - t.old;
  if (d === 0) return 'tetap';
  return d > 0 ? `bertambah ${rupiah(d)}` : `berkurang ${rupiah(-d)}`;
}

function rankNote(r: NonNullable<ProjectDiff['effects']>['ranking'][number]): string {
  if (r.oldRank === null) return `usulan baru pada peringkat ${r.newRank ?? ''}${r.newSelected ? ' dan terpilih' : ''}`;
  if (r.newRank === null) return `usulan dihapus; semula peringkat ${r.oldRank}${r.oldSelected ? ' dan terpilih' : ''}`;
  const parts: string[] = [];
  if (r.newRank < r.oldRank) parts.push(`naik dari peringkat ${r.oldRank} ke peringkat ${r.newRank}`);
  else if (r.newRank > r.oldRank) parts.push(`turun dari peringkat ${r.oldRank} ke peringkat ${r.newRank}`);
  else parts.push(`tetap pada peringkat ${r.newRank}`);
  if (r.oldSelected !== r.newSelected) parts.push(r.newSelected ? 'kini terpilih' : 'kini tidak terpilih');
  return parts.join('; ');
}

function changeRows(diff: FileDiff, oldFile: SideFile | undefined, nowFile: SideFile | undefined, names: NameBook): RincianVM[] {
  const row = (c: FieldChange): RincianVM => {
    const inNew = 'new' in c;
    const data = inNew ? nowFile?.data : oldFile?.data;
    const path: DataPath = c.path;
    return {
      butir: fieldLabel(diff.kind, path, data, names),
      semula: 'old' in c ? valueWords(c.old, diff.kind, path, names) : KOSONG,
      menjadi: inNew ? valueWords(c.new, diff.kind, path, names) : KOSONG,
    };
  };
  return diff.changes.map(row);
}

function notCompared(invalid: FileDiff['invalid']): string | null {
  if (invalid === undefined) return null;
  const which = invalid === 'both' ? 'kedua versi berkas' : invalid === 'old' ? 'versi semula berkas' : 'versi kini berkas';
  return `Isi berkas tidak dibandingkan karena ${which} tidak lolos pemeriksaan data.`;
}

/**
 * The change notes in words.
 * @param input the diff, the versions compared and what could not be compared
 * @returns the view model the appendix and the `diff` command print
 */
export function catatanPerubahan(input: PerubahanInput): CatatanPerubahanVM {
  const { diff } = input;
  const names = nameBook([input.now, input.old]);
  const oldByPath = new Map(input.old.map((f) => [f.path, f]));
  const nowByPath = new Map(input.now.map((f) => [f.path, f]));
  const groups = new Map<string | null, BerkasVM[]>();
  for (const d of diff.files) {
    const oldFile = oldByPath.get(d.oldFile ?? d.file);
    const nowFile = d.status === 'removed' ? undefined : nowByPath.get(d.file);
    const keadaan = d.status === 'added' ? 'ditambahkan' : d.status === 'removed' ? 'dihapus' : d.oldFile !== undefined ? `berganti nama dari ${d.oldFile}` : 'diubah';
    const berkas: BerkasVM = {
      berkas: d.file,
      nama: itemNama(nowFile) ?? itemNama(oldFile) ?? d.id ?? d.file,
      jenis: JENIS_BERKAS[d.kind],
      status: d.status,
      keadaan,
      semula: d.oldFile ?? null,
      // A removed file is named, not listed field by field.
      rincian: d.status === 'removed' ? [] : changeRows(d, oldFile, nowFile, names),
      tidakDibandingkan: notCompared(d.invalid),
    };
    groups.set(d.opd, [...(groups.get(d.opd) ?? []), berkas]);
  }
  const opdNama = (id: string) => itemNama(nowByPath.get(`data/opd/${id}.yaml`)) ?? itemNama(oldByPath.get(`data/opd/${id}.yaml`)) ?? id;
  const kelompok: KelompokVM[] = [...groups]
    .map(([opd, berkas]) => ({ judul: opd === null ? 'Data Tingkat Kota' : `${opdNama(opd)} (${names.name('opd', opd)})`, opd, berkas }))
    .sort((a, b) => (a.opd === null ? -1 : b.opd === null ? 1 : a.judul < b.judul ? -1 : a.judul > b.judul ? 1 : 0));

  const count = (pred: (d: FileDiff) => boolean) => diff.files.filter(pred).length;
  const phrases = [
    countPhrase(count((d) => d.status === 'changed' && d.oldFile === undefined), 'diubah'),
    countPhrase(count((d) => d.status === 'added'), 'ditambahkan'),
    countPhrase(count((d) => d.status === 'removed'), 'dihapus'),
    countPhrase(count((d) => d.oldFile !== undefined), 'berganti nama'),
  ].filter((p): p is string => p !== undefined);
  const effects = diff.effects;
  const peringkat = effects?.ranking.map((r) => ({
    nama: names.name('quickwin', r.id),
    opd: names.name('opd', r.opd),
    semula: r.oldRank === null ? KOSONG : String(r.oldRank),
    kini: r.newRank === null ? KOSONG : String(r.newRank),
    terpilihSemula: r.oldSelected === null ? KOSONG : r.oldSelected ? 'Terpilih' : 'Tidak terpilih',
    terpilihKini: r.newSelected === null ? KOSONG : r.newSelected ? 'Terpilih' : 'Tidak terpilih',
    keterangan: rankNote(r),
  }));
  const adaPerubahan = diff.files.length > 0 || (effects !== undefined && (effects.ranking.length > 0 || effects.completeness.length > 0));
  const catatan: string[] = [];
  if (input.invalid?.old !== undefined) {
    catatan.push(`Versi data semula tidak lolos pemeriksaan (${input.invalid.old} galat), sehingga peringkat quick win, kelengkapan data, dan jumlah anggaran tidak dibandingkan; berkas yang lolos pemeriksaan tetap dibandingkan.`);
  }
  if (input.invalid?.now !== undefined) {
    catatan.push(`Data saat ini belum lolos pemeriksaan (${input.invalid.now} galat), sehingga peringkat quick win, kelengkapan data, dan jumlah anggaran tidak dibandingkan.`);
  }
  return {
    pengantar: `Catatan ini memuat perubahan data Masterplan Smart City ${input.daerah} sejak ${pointInTime(input.since)}. Perubahan dibaca dari data yang telah diperiksa, bukan dari naskah buku; setiap butir menunjukkan nilai semula dan nilai yang berlaku dalam draf ini.`,
    adaPerubahan,
    ringkasan: phrases.length > 0 ? `Sejak versi tersebut tercatat ${daftarKata(phrases)}.` : 'Sejak versi tersebut tidak ada berkas data yang berubah.',
    kelompok,
    peringkat: peringkat === undefined ? null : { baris: peringkat },
    kelengkapan:
      effects === undefined
        ? null
        : {
            tahap: romawi(input.stage),
            baris: effects.completeness.map((c) => ({
              opd: `${opdNama(c.opd)} (${names.name('opd', c.opd)})`,
              semula: c.old === null ? KOSONG : persen(c.old, 0),
              kini: c.new === null ? KOSONG : persen(c.new, 0),
            })),
          },
    anggaran:
      effects === undefined
        ? null
        : { baris: TOTALS.map(([key, butir]) => ({ butir, semula: rupiah(effects.totals[key].old), kini: rupiah(effects.totals[key].new), selisih: selisih(effects.totals[key]) })) },
    catatan,
  };
}
