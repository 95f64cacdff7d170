/**
 * Acceptance of the Tim's own content on a purpose-built project (not the example): every value of
 * data/daerah.yaml, data/strategi/*.yaml, the RPJMD alignment, the activities and the schedules
 * appears where a reader looks for it, numbers in Indonesian format with their units; the covers,
 * the ministry, "kota/kabupaten cerdas" and the Lampiran follow the project.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnosticMessage } from '../cli/format/diagnostics/message.js';
import type { Block, Doc } from '../doc/ast.js';
import type { Analysis } from '../pipeline/analyse.js';
import { walk } from '../doc/walk.js';
import { docLines, docTables, loadAnalysis } from '../../test/fixtures/books/example.js';
import { minimalProject } from '../../test/support/project.js';
import { CONTENT_FILES, contentProject, contentProjectDir } from '../../test/fixtures/content-project.js';
import { bookChartSpecs } from './charts/index.js';
import { BOOKS, composeBook } from './books.js';
import { buildViewModel, type BookNo, type ViewModelOptions } from './view-model/index.js';

const OPTIONS: ViewModelOptions = { draft: false, buildDate: new Date(Date.UTC(2025, 1, 10)) };

let analysis: Analysis;
const books = new Map<number, Doc>();

async function compose(a: Analysis, no: BookNo, options: ViewModelOptions = OPTIONS): Promise<Doc> {
  const composed = await composeBook(no, buildViewModel(a.model, a.ranking, no, options));
  if (composed.doc === undefined || composed.diagnostics.length > 0) {
    throw new Error(composed.diagnostics.map((d) => diagnosticMessage(d, 'id')).join('\n'));
  }
  return composed.doc;
}

function book(no: number): Doc {
  const b = books.get(no);
  if (b === undefined) throw new Error(`book ${no} not composed`);
  return b;
}

const text = (no: number) => docLines(book(no)).join('\n');

function table(no: number, caption: string): string[][] {
  const found = docTables(book(no)).find((t) => t.caption === caption);
  if (found === undefined) throw new Error(`no table "${caption}" in book ${no}: ${docTables(book(no)).map((t) => t.caption).join('; ')}`);
  return found.rows;
}

/** The blocks from a heading (by its text) to the next heading of the same or a higher level. */
function section(no: number, title: string): Block[] {
  const flat = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => (b.type === 'landscape' ? flat(b.children) : [b]));
  const blocks = flat(book(no).children);
  const start = blocks.findIndex((b) => b.type === 'heading' && docLines({ type: 'doc', title: '', children: [b] })[0] === title);
  if (start < 0) throw new Error(`no section "${title}" in book ${no}`);
  const level = (blocks[start] as Extract<Block, { type: 'heading' }>).level;
  const end = blocks.findIndex((b, i) => i > start && b.type === 'heading' && b.level <= level);
  return blocks.slice(start + 1, end < 0 ? undefined : end);
}

const sectionText = (no: number, title: string) => docLines({ type: 'doc', title: '', children: section(no, title) }).join('\n');

let root = '';

beforeAll(async () => {
  root = await contentProjectDir();
  analysis = await loadAnalysis(root);
  for (const info of BOOKS) books.set(info.no, await compose(analysis, info.no));
});

afterAll(async () => {
  if (root !== '') await rm(root, { recursive: true, force: true });
});

describe('Buku I: the region\'s profile', () => {
  it('prints the area, the units and the geography', () => {
    const profil = sectionText(1, 'Profil Daerah');
    expect(profil).toContain('Wilayahnya seluas 1.234,56 km² yang terbagi atas 12 kecamatan, 40 kelurahan, dan 3 desa.');
    expect(table(1, 'Luas Wilayah dan Wilayah Administrasi Kota Uji').slice(1)).toEqual([
      ['Luas wilayah', '1.234,56 km²'],
      ['Jumlah kecamatan', '12'],
      ['Jumlah kelurahan', '40'],
      ['Jumlah desa', '3'],
    ]);
    expect(profil).toContain('Kota Uji terletak di tepi Sungai Uji dan berbatasan dengan Kabupaten Contoh di sebelah selatan.');
  });

  it('prints every indicator by year with the catalogue\'s or its own name and unit, and the numbered sources', () => {
    const rows = table(1, 'Indikator Pembangunan Kota Uji');
    expect(rows).toEqual([
      ['No', 'Indikator', 'Satuan', '2021', '2022', '2023', 'Sumber'],
      ['1', 'Jumlah penduduk', 'jiwa', '508.000', '512.345', '515.678', '(1)'],
      ['2', 'Indeks Pembangunan Manusia (IPM)', 'indeks', '–', '–', '76,45', '(1)'],
      ['3', 'Rasio murid per guru SD', 'murid per guru', '–', '18,5', '17,25', '(2)'],
    ]);
    expect(sectionText(1, 'Indikator Pembangunan Daerah')).toContain('(1) BPS Kota Uji, Kota Uji Dalam Angka 2024; (2) Dinas Pendidikan Kota Uji');
  });

  it('draws a trend chart of the series with three or more years only', () => {
    const specs = bookChartSpecs(1, buildViewModel(analysis.model, analysis.ranking, 1, OPTIONS));
    const tren = Object.keys(specs).filter((k) => k.startsWith('tren-indikator'));
    expect(tren).toEqual(['tren-indikator']);
    const values = (specs['tren-indikator'] as { data: { values: Array<{ seri: string; tahun: string; nilai: number }> } }).data.values;
    expect(values.map((v) => [v.seri, v.tahun, v.nilai])).toEqual([
      ['Jumlah penduduk (jiwa)', '2021', 508000],
      ['Jumlah penduduk (jiwa)', '2022', 512345],
      ['Jumlah penduduk (jiwa)', '2023', 515678],
    ]);
    expect(text(1)).toContain('Tren Indikator Daerah');
  });

  it('prints the RPJMD vision and missions', () => {
    const rpjmd = sectionText(1, 'Visi dan Misi RPJMD');
    expect(rpjmd).toContain('RPJMD) Kota Uji 2021–2026');
    expect(rpjmd).toContain('Kota Uji yang maju, sejahtera, dan berbudaya.');
    for (const m of ['Menumbuhkan ekonomi kerakyatan.', 'Meningkatkan kualitas sumber daya manusia.', 'Mewujudkan tata kelola pemerintahan yang bersih.']) {
      expect(rpjmd).toContain(m);
    }
  });

  it('prints every public service, and the data inventory with its Satu Data status', () => {
    expect(table(1, 'Daftar Layanan Publik Perangkat Daerah').slice(1)).toEqual([
      ['1', 'Pengaduan warga daring', 'Diskominfo', 'Daring'],
      ['2', 'Konsultasi statistik sektoral', 'Diskominfo', 'Luring'],
      ['3', 'Pojok layanan informasi', 'Diskominfo', 'Tidak disebutkan'],
    ]);
    expect(table(1, 'Inventaris Data Perangkat Daerah dan Status Satu Data').slice(1)).toEqual([
      ['1', 'Daftar aplikasi perangkat daerah', 'Diskominfo', 'XLSX', 'Tahunan', 'Ya'],
      ['2', 'Jumlah menara telekomunikasi', 'Diskominfo', 'CSV', 'Tahunan', 'Tidak'],
    ]);
    expect(sectionText(1, 'Data dan Satu Data')).toContain('mengelola 2 data set; 1 di antaranya (50,0%) telah dipublikasikan');
  });
});

describe('Buku I: the strategic analysis', () => {
  it('prints the TOWS strategies of a dimension in its SWOT section, each in its quadrant', () => {
    const rows = table(1, 'Matriks Strategi TOWS Smart Governance');
    expect(rows).toEqual([
      ['Faktor', 'Kekuatan (S)', 'Kelemahan (W)'],
      ['Peluang (O)', '– Memakai jaringan serat optik untuk layanan kelurahan.', '– Menutup kekurangan SDM TIK dengan pendampingan pusat.'],
      ['Ancaman (T)', '– Mengamankan pusat data dari serangan siber.', '– Menyederhanakan aplikasi agar mudah disesuaikan regulasi.'],
    ]);
  });

  it('prints each OPD\'s own SWOT, and each dimension\'s goal', () => {
    expect(table(1, 'Analisis SWOT Perangkat Daerah').slice(1)).toEqual([
      ['1', 'Diskominfo', '– Jaringan serat optik menjangkau semua kelurahan.', '– Pranata komputer hanya lima orang.', '– Dana alokasi khusus untuk SPBE.', '– Serangan ransomware ke pemerintah daerah.'],
    ]);
    const tujuan = table(1, 'Tujuan Smart City per Dimensi').slice(1);
    expect(tujuan).toHaveLength(6);
    expect(tujuan[0]).toEqual(['Smart Governance', 'Pemerintahan Kota Uji yang melayani secara daring dan terpadu.']);
  });

  it('ends with a Lampiran: the abbreviations of every OPD and the shipped terms, the Tim Pelaksana, and the OPD profiles', () => {
    const lampiran = sectionText(1, 'Lampiran');
    expect(lampiran).toContain('Bappeda | Badan Perencanaan Pembangunan Daerah');
    expect(lampiran).toContain('Diskominfo | Dinas Komunikasi dan Informatika');
    expect(lampiran).toContain('RPJMD | Rencana Pembangunan Jangka Menengah Daerah');
    expect(lampiran).toContain('1 | Ketua | Kepala Bappeda | Ketua | Bappeda');
    expect(lampiran).toContain('Melaksanakan urusan komunikasi, informatika, statistik, dan persandian.');
  });
});

describe('Buku II: direction, strategy and action plan', () => {
  it('aligns each smart-city mission with the RPJMD missions it serves', () => {
    expect(table(2, 'Keselarasan Misi Smart City dengan Misi RPJMD').slice(1)).toEqual([
      ['1', 'Pelayanan publik yang cepat dan terpadu.', 'Misi 3: Mewujudkan tata kelola pemerintahan yang bersih.'],
      ['2', 'Ekonomi warga yang tumbuh merata.', 'Misi 1: Menumbuhkan ekonomi kerakyatan. Misi 2: Meningkatkan kualitas sumber daya manusia.'],
      ['3', 'Lingkungan yang bersih.', '–'],
    ]);
    expect(sectionText(2, 'Keselarasan dengan RPJMD')).toContain('mendukung 3 dari 3 misi RPJMD');
  });

  it('prints each dimension\'s goal and its targets at 1, 5 and 10 years with units and Indonesian numbers', () => {
    expect(sectionText(2, 'Smart Governance')).toContain('Tujuan: Pemerintahan Kota Uji yang melayani secara daring dan terpadu.');
    expect(table(2, 'Sasaran, Indikator, dan Target Smart Governance')).toEqual([
      ['Sasaran', 'Indikator', 'Satuan', 'Kondisi Awal', 'Target 2025', 'Target 2029', 'Target 2034'],
      ['1. Meningkatnya layanan daring', 'Layanan yang dapat diajukan daring', '%', '12,5 (2024)', '30', '75,25', '100'],
      ['', 'Permohonan layanan per tahun', 'permohonan', '1.250 (2024)', '–', '12.500,5', '–'],
    ]);
    expect(sectionText(2, 'Smart Branding')).toContain('Tujuan: Kota Uji dikenal sebagai kota wisata sungai.');
  });

  it('prints the TOWS matrix and each element\'s state and direction, and leaves out the elements with nothing', () => {
    expect(table(2, 'Matriks Strategi TOWS Smart Governance')[1]?.[1]).toBe('– Memakai jaringan serat optik untuk layanan kelurahan.');
    const pelayanan = sectionText(2, 'Pelayanan publik');
    expect(pelayanan).toContain('Kondisi saat ini: Layanan kelurahan masih dilayani di loket.');
    expect(pelayanan).toContain('Arah strategi: Semua layanan kelurahan tersedia daring dalam satu portal.');
    expect(sectionText(2, 'Manajemen birokrasi')).toBe('Arah strategi: Surat-menyurat dinas sepenuhnya elektronik.');
    // An element with no state, direction, program or quick win has no section in a final book.
    const headings = docLines({ type: 'doc', title: '', children: section(2, 'Smart Governance') });
    expect(headings).not.toContain('Efisiensi kebijakan publik');
    // The shipped generic wording of the elements is not printed in a final book.
    const kebijakan = analysis.model.dimensions[0]?.info.elemen.find((e) => e.id === 'kebijakan')?.deskripsi ?? '';
    expect(kebijakan).not.toBe('');
    expect(text(2)).not.toContain(kebijakan);
  });

  it('prints the activities by year in their action-plan block, with target and budget', () => {
    expect(table(2, 'Kegiatan per Tahun pada Rencana Aksi Pengembangan Perangkat Lunak dan Aplikasi')).toEqual([
      ['Tahun', 'Kegiatan dan Program', 'Perangkat Daerah', 'Target', 'Anggaran'],
      ['2025', 'Kajian kebutuhan layanan Program Integrasi Layanan', 'Diskominfo', '–', '–'],
      ['2026', 'Integrasi data kependudukan Program Integrasi Layanan', 'Diskominfo', '40 kelurahan terhubung', 'Rp250.000.000'],
      ['', 'Jumlah', '', '', 'Rp250.000.000'],
    ]);
    // A block without programs is left out of a final book; the numbering stays continuous.
    const blocks = docLines({ type: 'doc', title: '', children: book(2).children.filter((b) => b.type === 'heading' && b.level === 2) });
    const rencana = blocks.filter((h) => h.startsWith('Pengembangan') || h.startsWith('Penguatan'));
    expect(rencana).toEqual(['Pengembangan Perangkat Lunak dan Aplikasi']);
  });

  it('ends with a Lampiran with the abbreviations and the Tim Pelaksana', () => {
    const lampiran = sectionText(2, 'Lampiran');
    expect(lampiran).toContain('Diskominfo | Dinas Komunikasi dan Informatika');
    expect(lampiran).toContain('1 | Ketua | Kepala Bappeda | Ketua | Bappeda');
  });
});

describe('Buku IV: the quick-win profile', () => {
  it('prints the schedule month by month, then the obstacles and needs', () => {
    expect(table(4, 'Jadwal Pelaksanaan Portal Layanan')).toEqual([
      ['No', 'Kegiatan', 'Mar 2025', 'Apr 2025', 'Mei 2025', 'Jun 2025', 'Jul 2025', 'Agu 2025'],
      ['1', 'Analisis proses bisnis Maret 2025 – April 2025', '■', '■', '', '', '', ''],
      ['2', 'Peluncuran portal Agustus 2025', '', '', '', '', '', '■'],
    ]);
    expect(sectionText(4, 'Kendala')).toBe('Operator kelurahan belum terlatih.');
    expect(sectionText(4, 'Kebutuhan')).toBe('Regulasi: peraturan wali kota tentang layanan daring.');
    expect(sectionText(4, 'Deskripsi Program')).toBe('Program ini mendukung arah strategi elemen Pelayanan publik, yaitu semua layanan kelurahan tersedia daring dalam satu portal.');
  });
});

describe('every book', () => {
  it('has a formal cover: the government, the title with the region and period, the book, and the year of issue', () => {
    for (const info of BOOKS) {
      const cover = book(info.no).children[0];
      expect(cover?.type).toBe('cover');
      if (cover?.type !== 'cover') continue;
      expect(cover.title).toBe('Masterplan Smart City\nKota Uji\nTahun 2025–2034');
      expect(cover.subtitle).toBe(`Buku ${['I', 'II', 'III', 'IV'][info.no - 1] ?? ''}\n${info.title}`);
      expect(cover.daerah).toBe('PEMERINTAH KOTA UJI');
      // Without a bimtek schedule the year of issue is the build's.
      expect(cover.year).toBe('2025');
    }
  });

  it('names the ministry by the date of the first bimtek, "kota cerdas" for a kota, and thanks only the bodies there are', () => {
    // No bimtek, and the period starts in 2025: after 21 October 2024.
    expect(text(1)).toContain('diprakarsai Kementerian Komunikasi dan Digital');
    expect(text(2)).toContain('diprakarsai Kementerian Komunikasi dan Digital');
    for (const no of [1, 2]) expect(text(no)).not.toContain('Komunikasi dan Informatika bersama');
    expect(text(1)).toContain('rencana induk pembangunan kota cerdas');
    // The project has a Tim Pelaksana and no Dewan Smart City.
    expect(text(1)).toContain('terima kasih kepada tim ahli pendamping, Tim Pelaksana Smart City, dan seluruh perangkat daerah');
    for (const info of BOOKS) {
      const foreword = book(info.no).children.find((b) => b.type === 'foreword');
      expect(docLines({ type: 'doc', title: '', children: foreword === undefined ? [] : [foreword] }).join('\n'), info.file).not.toContain('Dewan');
    }
    expect(sectionText(1, 'Pendahuluan')).not.toContain('Dewan');
    expect(sectionText(2, 'Tata Kelola dan Penutup')).not.toContain('Dewan');
  });
});

describe('the project decides', () => {
  it('a first bimtek before 21 October 2024 names the Kementerian Komunikasi dan Informatika, from that day the Komunikasi dan Digital; kementerian overrides both', async () => {
    const withBimtek = (tanggal: string, extra = '') =>
      contentProject({ 'masterplan.yaml': `${CONTENT_FILES['masterplan.yaml'] as string}bimtek:\n  - { tahap: 2, tanggal: "2025-01-05" }\n  - { tahap: 1, tanggal: "${tanggal}" }\n${extra}` });
    const kementerian = async (root: string) => docLines(await compose(await loadAnalysis(root), 1)).join('\n');
    expect(await kementerian(await withBimtek('2024-10-20'))).toContain('diprakarsai Kementerian Komunikasi dan Informatika bersama');
    expect(await kementerian(await withBimtek('2024-10-21'))).toContain('diprakarsai Kementerian Komunikasi dan Digital bersama');
    expect(await kementerian(await withBimtek('2024-10-20', 'kementerian: Kementerian Uji Coba\n'))).toContain('diprakarsai Kementerian Uji Coba bersama');
  });

  it('a kabupaten is "kabupaten cerdas", led by a Bupati, and its cover names the Pemerintah Kabupaten', async () => {
    const root = await contentProject({
      'masterplan.yaml': (CONTENT_FILES['masterplan.yaml'] as string).replace('nama: Kota Uji', 'nama: Kabupaten Uji').replace('jenis: kota', 'jenis: kabupaten'),
    });
    const doc = await compose(await loadAnalysis(root), 1);
    const all = docLines(doc).join('\n');
    expect(all).toContain('rencana induk pembangunan kabupaten cerdas');
    expect(all).not.toContain('kota cerdas');
    expect(all).toContain('dipimpin oleh Bupati Uji');
    const cover = doc.children[0];
    expect(cover?.type === 'cover' ? cover.daerah : undefined).toBe('PEMERINTAH KABUPATEN UJI');
  });

  it('a Dewan Smart City, when it is given, is thanked and has its section', async () => {
    const root = await contentProject({
      'masterplan.yaml': (CONTENT_FILES['masterplan.yaml'] as string).replace('tim:\n', 'tim:\n  dewan:\n    - { nama: Ketua Dewan, jabatan: Wali Kota, unsur: pemerintah }\n'),
    });
    const a = await loadAnalysis(root);
    expect(docLines(await compose(a, 1)).join('\n')).toContain('terima kasih kepada tim ahli pendamping, Dewan Smart City, Tim Pelaksana Smart City, dan seluruh perangkat daerah');
    expect(docTables(await compose(a, 2)).map((t) => t.caption)).toContain('Susunan Dewan Smart City');
  });
});

describe('a draft without the Tim\'s content', () => {
  it('shows a placeholder for each missing part, naming who owes it, and the generic element wording beside one', async () => {
    const a = await loadAnalysis(await minimalProject());
    const draft: ViewModelOptions = { ...OPTIONS, draft: true };
    const placeholders = (doc: Doc) => {
      const out: string[] = [];
      walk(doc, (n) => {
        if (n.type === 'placeholder') out.push(`${n.what} / ${n.opd ?? ''}`);
      });
      return out;
    };
    const b1 = await compose(a, 1, draft);
    expect(placeholders(b1)).toContain('Profil daerah (luas, wilayah, dan indikator) / Bappeda');
    const b2 = await compose(a, 2, draft);
    const p2 = placeholders(b2);
    expect(p2).toContain('Visi dan misi RPJMD / Bappeda');
    expect(p2).toContain('Tujuan dan strategi Smart Governance / Tim Pelaksana Smart City');
    expect(p2).toContain('Kondisi dan arah strategi elemen Pelayanan publik / Tim Pelaksana Smart City');
    const generic = a.model.dimensions[0]?.info.elemen[0]?.deskripsi ?? '';
    expect(docLines(b2).join('\n')).toContain(`Arah strategi (rumusan umum): ${generic}`);
  });
});
