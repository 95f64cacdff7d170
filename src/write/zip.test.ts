import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { normaliseZip, officeOrder, readZip } from './zip.js';

function archive(entries: Record<string, string>, mtime: Date): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, [strToU8(v), { mtime }]])));
}

/** The DOS date-time words of every local file header, to check the stored times. */
function storedTimes(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: string[] = [];
  for (let i = 0; i + 30 <= bytes.length; i++) {
    if (view.getUint32(i, true) === 0x04034b50) out.push(`${view.getUint16(i + 12, true)}:${view.getUint16(i + 10, true)}`);
  }
  return out;
}

describe('normaliseZip', () => {
  const entries = { 'word/document.xml': '<d/>', '[Content_Types].xml': '<t/>', '_rels/.rels': '<r/>' };

  it('gives identical bytes whatever the entry times and order were', () => {
    const a = archive(entries, new Date(2020, 1, 1));
    const b = archive(Object.fromEntries(Object.entries(entries).reverse()), new Date(2024, 5, 6, 7, 8, 9));
    const date = new Date(Date.UTC(2025, 5, 21, 10, 30, 0));
    expect(Buffer.from(normaliseZip(a, { date })).equals(Buffer.from(normaliseZip(b, { date })))).toBe(true);
  });

  it('puts [Content_Types].xml first, then the rest by name, and keeps the content', () => {
    const out = normaliseZip(archive(entries, new Date()));
    expect(Object.keys(unzipSync(out))).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(strFromU8(readZip(out)['word/document.xml'] ?? new Uint8Array())).toBe('<d/>');
    expect(officeOrder(['b', 'a'])).toEqual(['a', 'b']);
  });

  it('stores the UTC time of the date in every entry, clamped to 1980', () => {
    const date = new Date(Date.UTC(2025, 5, 21, 10, 30, 0));
    // DOS date: (year-1980)<<9 | month<<5 | day; time: hour<<11 | minute<<5 | second/2.
    const expected = `${((2025 - 1980) << 9) | (6 << 5) | 21}:${(10 << 11) | (30 << 5)}`;
    expect(new Set(storedTimes(normaliseZip(archive(entries, new Date()), { date })))).toEqual(new Set([expected]));
    expect(new Set(storedTimes(normaliseZip(archive(entries, new Date()), { date: new Date(0) })))).toEqual(
      new Set([`${(0 << 9) | (1 << 5) | 1}:0`]),
    );
  });

  it('rewrites entries through the transform', () => {
    const out = normaliseZip(archive(entries, new Date()), {
      transform: (name, data) => (name === '_rels/.rels' ? strToU8('<x/>') : data),
    });
    expect(strFromU8(readZip(out)['_rels/.rels'] ?? new Uint8Array())).toBe('<x/>');
  });
});
