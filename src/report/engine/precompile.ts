/**
 * The built-in templates compiled into the text of a module, which the bundle has in place of
 * ./precompiled.ts (scripts/bundle.mjs): a run then neither parses nor compiles a built-in template
 * whose file is unchanged.
 */
import Handlebars from 'handlebars';
import { readdirSync } from 'node:fs';
import { COMPILE_OPTIONS, precompiledParts } from './handlebars.js';
import { loadTemplateSet } from './templates.js';

/**
 * Compiles every template of a folder and its partials, each with its lint beside those partials.
 * A file that does not compile is left out (the run reports it).
 * @param dir the built-in templates folder
 * @returns the module's text: `export const PRECOMPILED = [...]`
 */
export function precompiledModule(dir: string): string {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .map((f) => f.slice(0, -'.hbs'.length))
    .sort();
  const entries = new Map<string, string>();
  for (const name of names) {
    const found = loadTemplateSet(name, { builtinDir: dir });
    if ('searched' in found) continue;
    const partialNames = new Set(found.set.partials.keys());
    for (const file of [found.set.main, ...found.set.partials.values()]) {
      const parts = entries.has(file.display) ? undefined : precompiledParts(file, partialNames);
      if (parts === undefined) continue;
      let spec: string;
      try {
        // The options of Handlebars.compile, which precompile also gives `data`.
        spec = Handlebars.precompile(file.source, { ...COMPILE_OPTIONS, data: true }) as unknown as string;
      } catch {
        continue;
      }
      const fields = Object.entries(parts).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
      entries.set(file.display, `{ ${fields.join(', ')}, spec: ${spec} }`);
    }
  }
  return `export const PRECOMPILED = [\n${[...entries.values()].join(',\n')}\n];\n`;
}
