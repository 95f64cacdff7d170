/** Results kept between runs, in memory: what tests give the renderer instead of the cache folder. */
import type { Kept, KeptKind } from '../../src/kept.js';

/** Kept results in memory, counting reads and writes. */
export class MemoryKept implements Kept {
  readonly entries = new Map<string, Uint8Array>();
  reads = 0;
  writes = 0;

  read(kind: KeptKind, key: string): Uint8Array | undefined {
    this.reads++;
    return this.entries.get(`${kind} ${key}`);
  }

  write(kind: KeptKind, key: string, bytes: Uint8Array): void {
    this.writes++;
    this.entries.set(`${kind} ${key}`, bytes);
  }
}
