import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { LineCounter, parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from './guards.js';
import { linesOf, parseYaml, parseYamlTree } from './parse-yaml.js';
import { cleanYamlData } from './quick-file.js';
import { quickEvents, quickSpan, quickYamlData, quickYamlValue } from './quick-yaml.js';
import { locate, offsetToPosition } from './source-file.js';
import { parseYamlValue } from './yaml-lib.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const meta = { path: 'f.yaml', absolutePath: '/f.yaml' };

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The property: when the quick way answers, `yaml` finds nothing to report and gives the same data. */
function agrees(text: string): boolean {
  const quick = quickYamlData(text);
  if (quick === undefined) return true;
  const tree = parseYamlTree(meta, text);
  expect(tree.diagnostics).toEqual([]);
  expect(quick.data).toStrictEqual(tree.file.data);
  return true;
}

const TOKENS = ['a', 'k', 'x y', ':', ': ', ' ', '\t', '\n', '\n  ', '\n    ', '\n- ', '\n  - ', '- ', '#', ' #c', '"', "'", '{', '}', '[', ']', ',', ', ',
  '? ', '|', '>', '|-', '>+', '|2', '~', 'null', 'Null', '0x1F', '0o17', '-0x1', '0b1', '1_0', '1e3', '8e400', '.inf', '-.INF', '.NaN', '\r\n', '\r', '\\',
  'true', 'FALSE', 'yes', '0', '-0', '00', '1.50', '.5', '5.', '+1', '"\\x41"', '"\\u00e9"', "'it''s'", '\u00a0', '\u2028', '\u0085', 'é', '😀', '<<',
  '{a: 1}', '[1, 2]', '[]', '[a, "b c"]', '{k: [1, x y]}', '{ k: "v", n: [ ] }', '[null, true, 0x1F, .5]', '"a\n b"', '@', '`', '1:', '2.0:', 'true:', '"":', '-:', 'a:b', '&a ', '*a', '!x ', '---\n', '%YAML 1.2\n'];

/** Texts of tokens, after an optional key and with an optional final line ending. */
const tokenTexts = fc
  .tuple(fc.boolean(), fc.array(fc.constantFrom(...TOKENS), { maxLength: 16 }), fc.boolean())
  .map(([key, tokens, nl]) => `${key ? 'k: ' : ''}${tokens.join('')}${nl ? '\n' : ''}`);

/** The example's YAML files with one to three random edits (a token inserted, characters cut). */
function editedExampleFiles(): fc.Arbitrary<string> {
  const files = yamlFiles(path.join(ROOT, 'examples/kota-tegal')).map((f) => readFileSync(f, 'utf8'));
  return fc
    .tuple(fc.constantFrom(...files), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TOKENS, ''), fc.nat({ max: 6 })), { minLength: 1, maxLength: 3 }))
    .map(([file, edits]) =>
      edits.reduce((t, [at, insert, cut]) => {
        const p = at % (t.length + 1);
        return t.slice(0, p) + insert + t.slice(p + cut);
      }, file),
    );
}

describe('quickYamlData', () => {
  it('reads every YAML file of the example, the fixtures and the built-in data as yaml does, and answers for the example', () => {
    const files = ['examples', 'test', 'src', 'data', 'templates'].flatMap((d) => yamlFiles(path.join(ROOT, d)));
    expect(files.length).toBeGreaterThan(70);
    for (const f of files) agrees(readFileSync(f, 'utf8'));
    for (const f of yamlFiles(path.join(ROOT, 'examples/kota-tegal'))) expect(quickYamlData(readFileSync(f, 'utf8'))).toBeDefined();
  });

  it('reads one-line flow collections of plain and quoted scalars as yaml does', () => {
    const text = 'a: [1, 2]\nb: { kunci: swot-<dim>, buku: [1, 3], isi: "Analisis SWOT" }  # c\nc: [ x y, z ]\nd: [true, null, 0.5, 0x1F]\n';
    expect(quickYamlData(text)?.data).toStrictEqual({ a: [1, 2], b: { kunci: 'swot-<dim>', buku: [1, 3], isi: 'Analisis SWOT' }, c: ['x y', 'z'], d: [true, null, 0.5, 31] });
    agrees(text);
  });

  it('gives yaml’s core-schema scalars', () => {
    const text = 'a: 0o17\nb: 017\nc: 0x1F\nd: -0x1F\ne: 0b11\nf: 1_000\ng: 8e400\nh: .5\ni: 5.\nj: -.Inf\nk: .NaN\nl: ~\nm:\nn: True\no: yes\np: 2024-01-01\n';
    expect(quickYamlData(text)?.data).toStrictEqual({
      a: 15, b: 17, c: 31, d: '-0x1F', e: '0b11', f: '1_000', g: Infinity, h: 0.5, i: 5, j: -Infinity, k: NaN, l: null, m: null, n: true, o: 'yes', p: '2024-01-01',
    });
    agrees(text);
  });

  it('leaves to yaml what it reads differently or reports: null and collection keys, tags, anchors, aliases, markers, tabs, duplicates, glued quotes', () => {
    for (const text of ['~: a\n', ': a\n', '? [a]\n: b\n', 'a: !x b\n', 'a: &x b\n', 'a: *x\n', '---\na: 1\n', 'a: 1\n...\n', '%YAML 1.2\n---\na: 1\n',
      'a: 1\n\tb: 2\n', '# x\rb: 1\n', 'a: 1\na: 2\n', 'a: "x"y\n', 'a: [1,\n  2]\n', 'a: [a: b]\n', 'a: {b: [{c: d}]}\n', 'a: ["x\\"y"]\n', 'a: [1]#c\n', 'a: |2\n   x\n', '- a\n', 'a\n', '__proto__: 1\n']) {
      expect(quickYamlData(text), text).toBeUndefined();
    }
  });

  it('never reads data nested past the limit: around it, what it reads yaml reads alike, and nothing deeper', () => {
    const depth = (v: unknown): number => (v !== null && typeof v === 'object' ? 1 + Math.max(0, ...Object.values(v).map(depth)) : 0);
    const styles: Record<string, (n: number) => string> = {
      map: (n) => `${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} x\n`,
      seq: (n) => `a:\n${Array.from({ length: n - 1 }, (_, i) => `${' '.repeat(2 * i + 2)}-`).join('\n')} x\n`,
      compact: (n) => `a:\n  ${'- '.repeat(n - 1)}x\n`,
      mixed: (n) => `a:${Array.from({ length: Math.floor((n - 1) / 2) }, (_, i) => `\n${' '.repeat(2 * i + 2)}- k:`).join('')} x\n`,
      flow: (n) => `a: ${'['.repeat(n - 1)}${']'.repeat(n - 1)}\n`,
      flowLeaf: (n) => `a: ${'['.repeat(n - 1)}x${']'.repeat(n - 1)}\n`,
    };
    let read = 0;
    for (const [name, make] of Object.entries(styles)) {
      for (let n = 95; n <= 106; n++) {
        const text = make(n);
        const tree = parseYamlTree(meta, text);
        const data = cleanYamlData(text);
        if (data === undefined) continue;
        read++;
        expect(depth(data), `${name} ${n}`).toBeLessThanOrEqual(MAX_DEPTH);
        expect(tree.diagnostics, `${name} ${n}`).toEqual([]);
        expect(data).toStrictEqual(tree.file.data);
      }
    }
    expect(read).toBeGreaterThan(12);
  });

  it('agrees with yaml on arbitrary texts', () => {
    fc.assert(fc.property(tokenTexts, agrees), { numRuns: 3000 });
  });

  it('agrees with yaml on the example’s files with random edits', () => {
    const edited = editedExampleFiles();
    fc.assert(fc.property(edited, agrees), { numRuns: 400 });
  });
});

describe('parseYaml', () => {
  it('locates in a file read the quick way exactly as in its YAML tree', () => {
    const text = 'nama: Dinas\nsdm:\n  asn: 3\n  tik: 1\nlist:\n  - a\n  - "b"\n';
    const quick = parseYaml(meta, text);
    const tree = parseYamlTree(meta, text);
    expect(quick.file.data).toStrictEqual(tree.file.data);
    for (const [p, target] of [[['sdm', 'tik'], 'value'], [['sdm', 'asn'], 'key'], [['list', 1], 'value'], [['missing'], 'key']] as const) {
      expect(locate(quick.file, p, target)).toEqual(locate(tree.file, p, target));
    }
  });
});

/** Every path into a value, and paths that miss: a key that is not there, an index past the end, a step into a scalar. */
function pathsOf(value: unknown, at: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(at);
  if (Array.isArray(value)) {
    value.forEach((v, i) => pathsOf(v, [...at, i], out));
    out.push([...at, value.length], [...at, -1], [...at, 'x']);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
    out.push([...at, 'tidak_ada']);
  } else {
    out.push([...at, 'di_dalam'], [...at, 0]);
  }
  return out;
}

/** The property: where the quick way tells a span, it is where the YAML tree puts the key or value. Returns how many it told. */
function spansAgree(text: string): number {
  if (quickYamlData(text) === undefined) return 0;
  const tree = parseYamlTree(meta, text).file;
  const events = quickEvents(text);
  expect(events).toBeDefined();
  let told = 0;
  for (const p of pathsOf(tree.data)) {
    for (const target of ['key', 'value'] as const) {
      const span = quickSpan(text, events ?? [], p, target);
      if (span === undefined) continue;
      told++;
      expect(offsetToPosition(tree, span.start, span.end), `${JSON.stringify(p)} ${target} in ${JSON.stringify(text)}`).toEqual(locate(tree, p, target));
    }
  }
  return told;
}

describe('quickSpan', () => {
  it('places every key and value of the example’s files where their YAML tree does, and tells most of them', () => {
    let told = 0;
    let paths = 0;
    for (const f of yamlFiles(path.join(ROOT, 'examples/kota-tegal'))) {
      const text = readFileSync(f, 'utf8');
      told += spansAgree(text);
      paths += pathsOf(quickYamlData(text)?.data).length * 2;
    }
    expect(told).toBeGreaterThan(paths * 0.9);
  });

  it('places keys and values as the YAML tree does in arbitrary and edited texts', () => {
    fc.assert(fc.property(tokenTexts, (t) => spansAgree(t) >= 0), { numRuns: 3000 });
    const edited = editedExampleFiles();
    fc.assert(fc.property(edited, (t) => spansAgree(t) >= 0), { numRuns: 150 });
  });

  it('leaves block scalars and empty values to the tree, and parseYaml’s files then locate through it', () => {
    const text = 'a: |\n  baris\nb:\nc: x\n';
    const events = quickEvents(text) ?? [];
    expect(quickSpan(text, events, ['a'], 'value')).toBeUndefined();
    expect(quickSpan(text, events, ['b'], 'value')).toBeUndefined();
    expect(quickSpan(text, events, ['a'], 'key')).toEqual({ start: 0, end: 1 });
    const quick = parseYaml(meta, text).file;
    const tree = parseYamlTree(meta, text).file;
    for (const [p, target] of [[['a'], 'value'], [['c'], 'value'], [['b'], 'value'], [['a'], 'key']] as const) expect(locate(quick, p, target)).toEqual(locate(tree, p, target));
  });
});

describe('linesOf', () => {
  it('gives every offset the line and column yaml’s LineCounter gives', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'é', '😀', ' ', '\n', '\r\n', '\r'), { maxLength: 40 }), (chars) => {
      const text = chars.join('');
      const ours = linesOf(text);
      const theirs = new LineCounter();
      theirs.addNewLine(0);
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) theirs.addNewLine(i + 1);
      expect(ours.lineStarts).toEqual(theirs.lineStarts);
      for (let offset = -1; offset <= text.length + 1; offset++) expect(ours.linePos(offset)).toEqual(theirs.linePos(offset));
    }), { numRuns: 500 });
  });
});

/** The property for any root: when the quick way answers, `yaml` reports nothing and gives the same data. */
function agreesValue(text: string): boolean {
  const quick = quickYamlValue(text);
  if (quick === undefined) return true;
  const docs = parseAllDocuments(text, { version: '1.2', schema: 'core', merge: false, uniqueKeys: true });
  expect(Array.isArray(docs) ? docs.length : 0).toBe(1);
  const [doc] = docs as Exclude<typeof docs, { empty: true }>;
  expect([...(doc?.errors ?? []), ...(doc?.warnings ?? [])]).toEqual([]);
  expect(quick.data).toStrictEqual(doc?.toJS());
  return true;
}

describe('quickYamlValue and parseYamlValue', () => {
  it('read the built-in data (lists at the root) as yaml’s parse does, the reference lists the quick way', () => {
    // The templates of new files (data/scaffold/new/) hold placeholders: they are YAML only once filled in.
    for (const f of yamlFiles(path.join(ROOT, 'data')).filter((f) => !f.split(path.sep).join('/').includes('/scaffold/new/'))) {
      const text = readFileSync(f, 'utf8');
      agreesValue(text);
      expect(parseYamlValue(text), f).toStrictEqual(parse(text));
    }
    for (const name of ['dimensi.yaml', 'kesiapan.yaml', 'dasar-hukum.yaml', 'kriteria.yaml']) {
      const value = quickYamlValue(readFileSync(path.join(ROOT, 'data', name), 'utf8'));
      expect(Array.isArray(value?.data), name).toBe(true);
    }
    // The catalogue of authored text and the stage model hold one-line flow collections, read the quick way too.
    for (const name of ['naskah.yaml', 'tahap.yaml']) expect(quickYamlValue(readFileSync(path.join(ROOT, 'data', name), 'utf8')), name).toBeDefined();
  });

  it('agree with yaml on arbitrary texts, lists at the root too', () => {
    const text = fc.tuple(fc.constantFrom('', 'k: ', '- ', '- k: '), fc.array(fc.constantFrom(...TOKENS), { maxLength: 16 }), fc.boolean())
      .map(([start, tokens, nl]) => `${start}${tokens.join('')}${nl ? '\n' : ''}`);
    fc.assert(fc.property(text, agreesValue), { numRuns: 3000 });
  });

  it('leave a text the quick way cannot read to yaml, with its options', () => {
    expect(parseYamlValue('a: 1\na: 2\n', { uniqueKeys: false })).toStrictEqual({ a: 2 });
    expect(() => parseYamlValue('a: 1\na: 2\n')).toThrow();
    expect(parseYamlValue('- &x 1\n- *x\n')).toStrictEqual([1, 1]);
  });
});
