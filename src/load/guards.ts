/**
 * Checks on untrusted YAML text that must run before or instead of the parser's own: characters
 * YAML 1.2 forbids, nesting deeper than any honest file (the composer recurses once per level), and
 * duplicate keys (found in one pass; the parser's own check compares every key with every other).
 */
import type { CST, Document } from 'yaml';
import { yamlLib } from './yaml-lib.js';

/** Deepest nesting of collections accepted: far above any honest file, far below a stack overflow. */
export const MAX_DEPTH = 100;

/**
 * Characters YAML 1.2 does not allow in a stream (§5.1): the C0 controls except tab, line feed and
 * carriage return, DEL, the C1 controls except NEL, and the non-characters U+FFFE and U+FFFF.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/g;

/** A character the stream may not hold: where it is and which one. */
export interface ForbiddenCharacter {
  /** 0-based offset in the text. */
  readonly offset: number;
  /** The code point as `U+0001`. */
  readonly codePoint: string;
  /** How many such characters the text holds. */
  readonly count: number;
}

/**
 * The first character of a text that YAML 1.2 forbids.
 * @param text decoded text
 * @returns the character, its offset and how many there are, or undefined when the text is clean
 */
export function forbiddenCharacter(text: string): ForbiddenCharacter | undefined {
  FORBIDDEN.lastIndex = 0;
  const first = FORBIDDEN.exec(text);
  if (first === null) return undefined;
  let count = 1;
  while (FORBIDDEN.exec(text) !== null) count++;
  const code = (first[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return { offset: first.index, codePoint: `U+${code}`, count };
}

/**
 * The first collection nested deeper than {@link MAX_DEPTH} in a parsed token stream, walked with
 * an explicit stack so the check itself cannot overflow.
 * @param tokens the concrete syntax tree of the stream
 * @returns the offset where that collection starts, or undefined when the nesting is within bounds
 */
export function tooDeep(tokens: readonly CST.Token[]): number | undefined {
  const stack: Array<{ token: CST.Token; depth: number }> = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop() as { token: CST.Token; depth: number };
    switch (token.type) {
      case 'document':
        if (token.value !== undefined) stack.push({ token: token.value, depth });
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        const inner = depth + 1;
        if (inner > MAX_DEPTH) return token.offset;
        for (const item of token.items) {
          if (item.key !== undefined && item.key !== null) stack.push({ token: item.key, depth: inner });
          if (item.value !== undefined) stack.push({ token: item.value, depth: inner });
        }
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}

/** A key written a second time in the same mapping. */
export interface DuplicateKey {
  /** The key as its text reads. */
  readonly key: string;
  /** Source range of the repeated key. */
  readonly range: readonly [number, number];
  /** Offset of the key's first occurrence. */
  readonly first: number;
}

/**
 * Every key that repeats an earlier key of the same mapping, in one pass per mapping. Keys are
 * compared as the data will hold them (as text), so `1` and `"1"` collide as they would in the data.
 * @param document the composed document (parsed without the parser's own duplicate check)
 * @returns the repeated keys in document order
 */
export function duplicateKeys(document: Document.Parsed): DuplicateKey[] {
  const { isMap, isScalar, visit } = yamlLib();
  const out: DuplicateKey[] = [];
  visit(document, {
    Map(_key, map) {
      if (!isMap(map)) return;
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key)) continue;
        const name = String(key.value);
        const start = key.range?.[0] ?? 0;
        const first = seen.get(name);
        if (first === undefined) seen.set(name, start);
        else out.push({ key: name, range: [start, key.range?.[1] ?? start], first });
      }
    },
  });
  return out;
}
