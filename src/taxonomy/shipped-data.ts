/**
 * The shipped data files (`data/*.yaml`) as the program read them when it was bundled: each file's
 * data, checked against its schema, with a digest of its text. scripts/bundle.mjs puts the module
 * that src/taxonomy/ship.ts writes in place of this one, so a run neither parses nor checks a shipped
 * file that is unchanged. Running from the sources, there are none: every file is read.
 */

/** A shipped file as read when the program was bundled. */
export interface ShippedFile {
  /** The SHA-1 of the file's text (hex). */
  readonly sha1: string;
  /** Its data, as its schema gave it. */
  readonly data: unknown;
}

/** The shipped files read when the program was bundled, by name (`dimensi.yaml`). */
export const SHIPPED: Readonly<Record<string, ShippedFile>> | undefined = undefined;
