// Generates a project N times the size of the Kota Tegal example, for the benchmarks.
//
//   node bench/scale.mjs <factor> <dir>
//
// Copy 1 is the example itself, byte for byte. Copies 2…N repeat every OPD, isu, quick win and
// program with the suffix `-c<k>` on their ids, so each copy's references (opd, opd_pendukung, isu,
// quickwin) point into the same copy, and the suffix ` (salinan <k>)` on their names, so no two quick
// wins or programs share a name. Only the referencing scalars and the names are rewritten, in place
// in the original text: comments, folded paragraphs and key order stay as in the example, so a copy
// costs the parser what the original does. masterplan.yaml, kesiapan.yaml and swot.yaml are copied
// once. The output depends on nothing but the factor and the example: the same factor gives the same
// bytes.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';

export const EXAMPLE = fileURLToPath(new URL('../examples/kota-tegal/', import.meta.url));

/** The item folders, the keys in them that hold references (to which kind) and the key of the name. */
const KINDS = {
  opd: { refs: {}, name: 'nama' },
  isu: { refs: { opd: 'opd' }, name: 'judul' },
  quickwin: { refs: { opd: 'opd', opd_pendukung: 'opd', isu: 'isu' }, name: 'nama' },
  program: { refs: { opd: 'opd', isu: 'isu', quickwin: 'quickwin' }, name: 'nama' },
};

/**
 * Writes a project `factor` times the example into `dir` (created if needed; it must hold no project).
 * @param {number} factor whole number ≥ 1
 * @param {string} dir output folder
 * @returns {{ files: number }} the number of files written
 */
export function generateScaled(factor, dir) {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number ≥ 1, got ${factor}`);
  if (existsSync(path.join(dir, 'masterplan.yaml'))) throw new Error(`${dir} already holds a project`);
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  let files = 0;
  for (const name of ['masterplan.yaml', 'data/kesiapan.yaml', 'data/swot.yaml']) {
    copyFileSync(path.join(EXAMPLE, name), path.join(dir, name));
    files++;
  }
  // The Tim's authored text once, as in the example: a final build needs its required slots.
  cpSync(path.join(EXAMPLE, 'naskah'), path.join(dir, 'naskah'), { recursive: true });
  files += readdirSync(path.join(dir, 'naskah'), { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
  for (const [kind, spec] of Object.entries(KINDS)) {
    const from = path.join(EXAMPLE, 'data', kind);
    const to = path.join(dir, 'data', kind);
    mkdirSync(to, { recursive: true });
    const names = readdirSync(from).filter((f) => f.endsWith('.yaml')).sort();
    for (const file of names) {
      const text = readFileSync(path.join(from, file), 'utf8');
      const edits = locate(text, spec, `${kind}/${file}`);
      const id = file.slice(0, -'.yaml'.length);
      writeFileSync(path.join(to, file), text);
      files++;
      for (let k = 2; k <= factor; k++) {
        writeFileSync(path.join(to, `${id}-c${k}.yaml`), rewrite(text, edits, k));
        files++;
      }
    }
  }
  return { files };
}

/**
 * Finds the scalars a copy rewrites: every reference and the item's name.
 * @param {string} text YAML source
 * @param {{ refs: Record<string, string>, name: string }} spec keys to rewrite
 * @param {string} where file, for error messages
 * @returns {Array<{ start: number, end: number, value: string, role: 'ref' | 'name', type: string }>} edits
 */
function locate(text, spec, where) {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) throw new Error(`${where}: not a YAML mapping`);
  const edits = [];
  const scalar = (node, role) => {
    if (!isScalar(node) || typeof node.value !== 'string' || node.range === undefined) {
      throw new Error(`${where}: expected a string at ${role}`);
    }
    if (role === 'name' && node.type !== 'PLAIN' && node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE') {
      throw new Error(`${where}: the name is a ${node.type} scalar; the generator handles plain or quoted ones`);
    }
    if (node.value.includes('\n')) throw new Error(`${where}: a multi-line ${role}`);
    edits.push({ start: node.range[0], end: node.range[1], value: node.value, role, type: node.type });
  };
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (key === spec.name) scalar(pair.value, 'name');
    else if (typeof key === 'string' && Object.hasOwn(spec.refs, key)) {
      if (isSeq(pair.value)) for (const item of pair.value.items) scalar(item, 'ref');
      else scalar(pair.value, 'ref');
    }
  }
  if (!edits.some((e) => e.role === 'name')) throw new Error(`${where}: no ${spec.name}`);
  return edits.sort((a, b) => a.start - b.start);
}

/**
 * Applies the edits for copy `k`.
 * @param {string} text YAML source
 * @param {ReturnType<typeof locate>} edits scalars to rewrite, in source order
 * @param {number} k copy number ≥ 2
 * @returns {string} the copy's source
 */
function rewrite(text, edits, k) {
  let out = '';
  let at = 0;
  for (const e of edits) {
    const value = e.role === 'ref' ? `${e.value}-c${k}` : `${e.value} (salinan ${k})`;
    const literal = e.type === 'PLAIN' ? value : JSON.stringify(value);
    out += text.slice(at, e.start) + literal;
    at = e.end;
  }
  return out + text.slice(at);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [factor, dir] = process.argv.slice(2);
  if (factor === undefined || dir === undefined) {
    process.stderr.write('usage: node bench/scale.mjs <factor> <dir>\n');
    process.exit(2);
  }
  const { files } = generateScaled(Number(factor), path.resolve(dir));
  process.stdout.write(`${files} files written to ${dir}\n`);
}
