/** The message language a project asks for, read before the project is loaded (a command speaks it from its first line). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE } from '../load/config-file.js';
import { parseYamlValue } from '../load/yaml-lib.js';

/**
 * `keluaran.bahasa` of a project's masterplan.yaml, as written.
 * @param projectDir the project folder
 * @returns the value, or undefined when the file is missing, too large or unreadable
 */
export function configuredBahasa(projectDir: string): unknown {
  try {
    const text = readFileSync(path.join(projectDir, CONFIG_FILE), 'utf8');
    if (text.length > 1_000_000) return undefined;
    const data = parseYamlValue(text, { maxAliasCount: 10, uniqueKeys: false });
    return (data as { keluaran?: { bahasa?: unknown } } | null)?.keluaran?.bahasa;
  } catch {
    return undefined;
  }
}
