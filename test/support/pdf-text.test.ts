/** The readers of rendered books used by the print tests find what they are meant to find. */
import { describe, expect, it } from 'vitest';
import { checkEntries, layoutProblems, listEntries, type PlacedPage } from './pdf-text.js';

const HEADER = 'Masterplan Smart City Kota Uji | Buku I';
const page = (label: string | undefined, ...body: string[]): string => [HEADER, '', ...body, '', label ?? ''].join('\n');
/** Placed lines one per body line, 14 pt apart. */
const placed = (text: string): PlacedPage => ({
  height: 842,
  lines: text.split('\n').filter((l) => l.trim() !== '').map((l, i) => ({ text: l.trim(), top: 50 + i * 14, bottom: 62 + i * 14 })),
});

describe('listEntries and checkEntries', () => {
  const pages = [
    page(undefined, 'MASTERPLAN'),
    page('i', 'DAFTAR ISI', 'DAFTAR ISI......i', 'BAB I PENDAHULUAN......1', '1.1 Latar Belakang yang Panjang Sekali', '    Sampai Dua Baris. .2', 'DAFTAR TABEL.....ii'),
    page('ii', 'DAFTAR TABEL', 'Tabel 1.1 Data......2'),
    page('1', 'BAB I', 'PENDAHULUAN', 'Teks.'),
    page('2', '1.1      Latar Belakang yang Panjang Sekali Sampai Dua', 'Baris', 'Tabel 1.1 Data', 'A  B'),
  ];
  it('read wrapped entries and single-dot leaders, in their lists', () => {
    const { entries, listPages } = listEntries(pages, HEADER);
    expect(entries.map((e) => [e.list, e.title, e.shown])).toEqual([
      ['DAFTAR ISI', 'DAFTAR ISI', 'i'],
      ['DAFTAR ISI', 'BAB I PENDAHULUAN', '1'],
      ['DAFTAR ISI', '1.1 Latar Belakang yang Panjang Sekali Sampai Dua Baris', '2'],
      ['DAFTAR ISI', 'DAFTAR TABEL', 'ii'],
      ['DAFTAR TABEL', 'Tabel 1.1 Data', '2'],
    ]);
    expect([...listPages]).toEqual([1, 2]);
  });

  it('find each heading and caption on the page it is printed on', () => {
    expect(checkEntries(pages, HEADER).map((e) => e.actual)).toEqual(['i', '1', '2', 'ii', '2']);
    const moved = [...pages.slice(0, 3), page('1', 'BAB I', 'PENDAHULUAN', '1.1 Latar Belakang yang Panjang Sekali Sampai Dua Baris'), page('2', 'Tabel 1.1 Data')];
    expect(checkEntries(moved, HEADER).filter((e) => e.actual !== e.shown).map((e) => e.title)).toEqual([
      '1.1 Latar Belakang yang Panjang Sekali Sampai Dua Baris',
    ]);
  });
});

describe('layoutProblems', () => {
  const check = (pages: string[], images: number[] = []) => layoutProblems(pages, pages.map(placed), HEADER, new Set(images)).map((p) => [p.page, p.problem]);

  it('finds a page of two lines inside a chapter, not at its end, nor one that shows an image', () => {
    const pages = [
      page(undefined, 'MASTERPLAN'),
      page('1', 'BAB I', 'PENDAHULUAN', 'satu', 'dua', 'tiga'),
      page('2', 'Usulan quick win:', 'baris kedua'),
      page('3', 'isi', 'isi', 'isi', 'isi'),
      page('4', 'Gambar 1.1 Peta'),
      page('5', 'akhir bab'),
      page('6', 'BAB II', 'DUA'),
    ];
    expect(check(pages, [5])).toEqual([[3, 'nearly-empty']]);
  });

  it('finds a table continued with only its header and its total row', () => {
    const table = ['No   Perangkat Daerah    Jumlah', '1    Dinas A            10', '2    Dinas B            20'];
    const pages = [
      page(undefined, 'MASTERPLAN'),
      page('1', 'BAB I', 'PENDAHULUAN', 'Tabel 1.1 Data', ...table),
      page('2', table[0] ?? '', 'Jumlah              30', 'Teks sesudah tabel.', 'Lagi.', 'Lagi.'),
      page('3', table[0] ?? '', '3    Dinas C     5', 'Jumlah     35', 'Jumlah titik reklame   620', 'teks'),
    ];
    expect(check(pages)).toEqual([[3, 'total-row-alone']]);
  });
});
