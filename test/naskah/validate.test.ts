/**
 * Bad authored text in naskah/: every problem is a diagnostic with its code and position in the
 * naskah file, and nothing crashes; good text (with a byte-order mark and CRLF line endings) is
 * read with the positions of the file.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadAndValidate } from '../../src/pipeline/check.js';
import { minimalProject } from '../support/project.js';
import { barChartPng } from '../support/png.js';

/** The diagnostics of the naskah files of a minimal project with these files added. */
async function naskahDiagnostics(files: Record<string, string | Uint8Array>): Promise<Array<Pick<Diagnostic, 'code' | 'severity' | 'file' | 'line' | 'column'> & { args: unknown }>> {
  const root = await minimalProject();
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), content);
  }
  const checked = await loadAndValidate(root);
  return checked.diagnostics
    .filter((d) => d.file.startsWith('naskah/'))
    .map((d) => ({ code: d.code, severity: d.severity, file: d.file, line: d.line, column: d.column, args: d.args }));
}

const FILE = 'naskah/buku-1/latar-belakang.md';

describe('naskah files that cannot be read', () => {
  it('a file whose path is no slot: an error at its start naming the closest slot', async () => {
    expect(await naskahDiagnostics({ 'naskah/buku-1/latar-belakan.md': 'Teks.\n' })).toEqual([
      { code: 'naskah/unknown-slot', severity: 'error', file: 'naskah/buku-1/latar-belakan.md', line: 1, column: 1, args: { slot: 'buku-1/latar-belakan', suggestion: 'buku-1/latar-belakang' } },
    ]);
    const [deep] = await naskahDiagnostics({ 'naskah/buku-2/strategi/economy.md': 'Teks.\n' });
    expect(deep).toMatchObject({ code: 'naskah/unknown-slot', line: 1, column: 1, args: { slot: 'buku-2/strategi/economy' } });
  });

  it('an empty file, or one with only a front matter, is a warning: the text counts as missing', async () => {
    expect(await naskahDiagnostics({ [FILE]: '' })).toEqual([{ code: 'naskah/empty', severity: 'warning', file: FILE, line: 1, column: 1, args: {} }]);
    expect(await naskahDiagnostics({ [FILE]: '---\n# penulis: bappeda\ncatatan: nanti\n---\n\n  \n' })).toEqual([
      { code: 'naskah/empty', severity: 'warning', file: FILE, line: 1, column: 1, args: {} },
    ]);
  });

  it('a file over 1 MB and UTF-16 are errors at the start of the file, invalid UTF-8 and binary data at the first bad byte', async () => {
    const big = `${'Paragraf panjang. '.repeat(60_000)}\n`;
    expect(await naskahDiagnostics({ [FILE]: big })).toEqual([
      { code: 'load/too-large', severity: 'error', file: FILE, line: 1, column: 1, args: { size: Buffer.byteLength(big), limit: 1024 * 1024 } },
    ]);
    const [invalid] = await naskahDiagnostics({ [FILE]: new Uint8Array([0x54, 0x65, 0x6b, 0x73, 0xc3, 0x28, 0x0a]) });
    // "Teks" then a broken two-byte sequence: the fifth character of line 1.
    expect(invalid).toMatchObject({ code: 'load/encoding', severity: 'error', line: 1, column: 5 });
    const [utf16] = await naskahDiagnostics({ [FILE]: new Uint8Array([0xff, 0xfe, 0x54, 0x00, 0x65, 0x00]) });
    expect(utf16).toMatchObject({ code: 'load/encoding', args: { encoding: 'UTF-16' } });
    const [binary] = await naskahDiagnostics({ [FILE]: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
    // A PNG signature: its first NUL byte follows two line breaks.
    expect(binary).toMatchObject({ code: 'load/binary', line: 3, column: 1 });
  });

  it('a front matter that is never closed is an error at its start', async () => {
    expect(await naskahDiagnostics({ [FILE]: '---\npenulis: bappeda\n\nTeks tanpa penutup.\n' })).toEqual([
      { code: 'naskah/front-matter-unclosed', severity: 'error', file: FILE, line: 1, column: 1, args: {} },
    ]);
  });
});

describe('the front matter', () => {
  it('that is not a map: an error where its content starts', async () => {
    expect(await naskahDiagnostics({ [FILE]: '---\n- bappeda\n---\nTeks.\n' })).toEqual([
      { code: 'yaml/not-mapping', severity: 'error', file: FILE, line: 2, column: 1, args: { found: 'list' } },
    ]);
  });

  it('with an unknown key: an error at the key, naming the key it probably is', async () => {
    expect(await naskahDiagnostics({ [FILE]: '---\ncatatan: cek angka\npenuls: bappeda\n---\nTeks.\n' })).toEqual([
      { code: 'schema/unknown-key', severity: 'error', file: FILE, line: 3, column: 1, args: { key: 'penuls', suggestion: 'penulis' } },
    ]);
  });

  it('with a penulis that is no OPD: an error at the value, naming the closest OPD', async () => {
    expect(await naskahDiagnostics({ [FILE]: '---\npenulis: diskominfoo\n---\nTeks.\n' })).toEqual([
      { code: 'ref/unknown', severity: 'error', file: FILE, line: 2, column: 10, args: { kind: 'opd', ref: 'diskominfoo', suggestion: 'diskominfo' } },
    ]);
  });

  it('with a YAML error: the YAML diagnostic at its line in the naskah file', async () => {
    const [d] = await naskahDiagnostics({ [FILE]: '---\npenulis: bappeda\npenulis: diskominfo\n---\nTeks.\n' });
    expect(d).toMatchObject({ code: 'yaml/duplicate-key', file: FILE, line: 3, column: 1 });
  });
});

describe('the Markdown', () => {
  it('reads a byte-order mark and CRLF line endings with the positions of the file', async () => {
    const text = '\ufeff---\r\npenulis: bappeda\r\n---\r\n\r\nParagraf pertama.\r\n\r\nLihat [@tabel:sdm-odp] di sini.\r\n';
    expect(await naskahDiagnostics({ [FILE]: text })).toEqual([
      { code: 'naskah/unknown-reference', severity: 'error', file: FILE, line: 7, column: 7, args: { kind: 'tabel', key: 'sdm-odp', suggestion: 'sdm-opd' } },
    ]);
  });

  it('a reference to no table or figure of the book: an error at the reference', async () => {
    const text = 'Teks.\n\nMenurut *data* pada [@gambar:kesenjangan] dan\n[@tabel:peringkat], kesiapan masih rendah.\n';
    expect(await naskahDiagnostics({ [FILE]: text })).toEqual([
      // The key of a table, written as a figure; and a table of Buku II, not of Buku I.
      { code: 'naskah/unknown-reference', severity: 'error', file: FILE, line: 3, column: 21, args: { kind: 'gambar', key: 'kesenjangan', other: 'tabel' } },
      { code: 'naskah/unknown-reference', severity: 'error', file: FILE, line: 4, column: 1, args: { kind: 'tabel', key: 'peringkat' } },
    ]);
  });

  it('a reference to a table another naskah of the same book defines is known', async () => {
    const other = 'Tabel: Capaian Layanan {#capaian}\n\n| Layanan | Capaian |\n|---|---:|\n| A | 1 |\n';
    expect(await naskahDiagnostics({ [FILE]: 'Lihat [@tabel:capaian].\n', 'naskah/buku-1/kesiapan.md': other })).toEqual([]);
  });

  it('a heading deeper than the slot allows: a warning at the heading', async () => {
    // Latar Belakang is a section (1.1): `#` is 1.1.1, `##` would be deeper than the books number.
    expect(await naskahDiagnostics({ [FILE]: '# Kondisi Daerah\n\nTeks.\n\n## Terlalu Dalam\n\nTeks.\n' })).toEqual([
      { code: 'naskah/heading-too-deep', severity: 'warning', file: FILE, line: 5, column: 1, args: { depth: 2, allowed: 1 } },
    ]);
    expect(await naskahDiagnostics({ 'naskah/buku-1/kata-pengantar.md': 'Teks.\n\n# Judul\n' })).toEqual([
      { code: 'naskah/heading-too-deep', severity: 'warning', file: 'naskah/buku-1/kata-pengantar.md', line: 3, column: 1, args: { depth: 1, allowed: 0 } },
    ]);
  });

  it('keys: an invalid key, a key used twice in a book, a key of a generated table: errors at the caption', async () => {
    const table = (caption: string) => `${caption}\n| a | b |\n|---|---|\n| 1 | 2 |\n`;
    expect(
      await naskahDiagnostics({
        [FILE]: `${table('Tabel: Pertama {#Kunci Salah}')}\n${table('Tabel: Kedua {#capaian}')}\n${table('Tabel: Ketiga {#sdm-opd}')}`,
        'naskah/buku-1/kesiapan.md': table('Tabel: Lain {#capaian}'),
      }),
    ).toEqual([
      // Files are read in path order: kesiapan.md defines "capaian" first.
      { code: 'naskah/bad-key', severity: 'error', file: FILE, line: 1, column: 1, args: { key: 'Kunci Salah' } },
      { code: 'naskah/duplicate-key', severity: 'error', file: FILE, line: 6, column: 1, args: { key: 'capaian', kind: 'tabel', other: 'naskah/buku-1/kesiapan.md' } },
      { code: 'naskah/duplicate-key', severity: 'error', file: FILE, line: 11, column: 1, args: { key: 'sdm-opd', kind: 'tabel', other: 'Perangkat Daerah dan Sumber Daya Manusia' } },
    ]);
  });

  it('a caption line without its table, an image inside a sentence and a thematic break: warnings', async () => {
    expect(
      await naskahDiagnostics({
        [FILE]: 'Tabel: Tanpa tabel {#x}\n\nTeks dengan ![ikon](ikon.png) di tengah.\n\n***\n',
        'naskah/buku-1/ikon.png': barChartPng(8, 8),
      }),
    ).toEqual([
      { code: 'naskah/caption-without-table', severity: 'warning', file: FILE, line: 1, column: 1, args: {} },
      { code: 'naskah/image-inline', severity: 'warning', file: FILE, line: 3, column: 13, args: {} },
      { code: 'naskah/unsupported', severity: 'warning', file: FILE, line: 5, column: 1, args: { construct: 'thematic-break' } },
    ]);
  });
});

describe('images', () => {
  it('missing, outside naskah/ (../, absolute, a symbolic link out), not an image, too large: errors at the image', async () => {
    const root = await minimalProject();
    const dir = path.join(root, 'naskah/buku-1');
    await mkdir(path.join(dir, 'gambar'), { recursive: true });
    await writeFile(path.join(root, 'luar.png'), barChartPng(8, 8));
    await symlink(path.join(root, 'luar.png'), path.join(dir, 'gambar/tautan.png'));
    await writeFile(path.join(dir, 'gambar/bukan.png'), 'GIF89a bukan png');
    await writeFile(path.join(dir, 'gambar/besar.png'), new Uint8Array(5 * 1024 * 1024 + 1).fill(0x89, 0, 1));
    await writeFile(path.join(dir, 'gambar/baik.png'), barChartPng(8, 8));
    const lines = [
      '![Tidak ada](gambar/tidak-ada.png)',
      '![Naik](../../luar.png)',
      '![Mutlak](/etc/hosts)',
      '![Tautan](gambar/tautan.png)',
      '![Bukan](gambar/bukan.png)',
      '![Besar](gambar/besar.png)',
      '![Baik](gambar/baik.png){#baik}',
      '![Alamat](https://contoh.id/peta.png)',
    ];
    await writeFile(path.join(dir, 'latar-belakang.md'), lines.join('\n\n'));
    const checked = await loadAndValidate(root);
    const found = checked.diagnostics.filter((d) => d.file === FILE).map((d) => [d.code, d.line, d.column, d.args]);
    expect(found).toEqual([
      ['naskah/image-missing', 1, 1, { url: 'gambar/tidak-ada.png' }],
      ['naskah/image-outside', 3, 1, { url: '../../luar.png' }],
      ['naskah/image-outside', 5, 1, { url: '/etc/hosts' }],
      ['naskah/image-outside', 7, 1, { url: 'gambar/tautan.png' }],
      ['naskah/image-not-image', 9, 1, { url: 'gambar/bukan.png' }],
      ['naskah/image-too-large', 11, 1, { url: 'gambar/besar.png', size: 5 * 1024 * 1024 + 1, limit: 5 * 1024 * 1024 }],
      ['naskah/image-outside', 15, 1, { url: 'https://contoh.id/peta.png' }],
    ]);
  });
});
