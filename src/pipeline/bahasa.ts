/** The message language a project asks for, read before the project is loaded (a command speaks it from its first line). */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE } from '../load/config-file.js';
import { parseYamlValue } from '../load/yaml-lib.js';

/** Larger than any honest masterplan.yaml. */
const MAX_CONFIG_BYTES = 1_000_000;

/**
 * `keluaran.bahasa` of a project's masterplan.yaml, as written.
 * @param projectDir the project folder
 * @returns the value, or undefined when the file is missing, not a regular file, too large or unreadable
 */
export function configuredBahasa(projectDir: string): unknown {
  try {
    const text = readConfigText(path.join(projectDir, CONFIG_FILE));
    if (text === undefined) return undefined;
    const data = parseYamlValue(text, { maxAliasCount: 10, uniqueKeys: false });
    return (data as { keluaran?: { bahasa?: unknown } } | null)?.keluaran?.bahasa;
  } catch {
    return undefined;
  }
}

/** The text of masterplan.yaml when it is a regular file of at most 1 MB; opening never waits (a named pipe). */
function readConfigText(file: string): string | undefined {
  const fd = openSync(file, constants.O_RDONLY | ((constants as { O_NONBLOCK?: number }).O_NONBLOCK ?? 0));
  try {
    const s = fstatSync(fd);
    return s.isFile() && s.size <= MAX_CONFIG_BYTES ? readFileSync(fd, 'utf8') : undefined;
  } finally {
    closeSync(fd);
  }
}
