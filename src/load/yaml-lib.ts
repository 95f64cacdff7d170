/**
 * The `yaml` package, loaded on first use: most files are read the quick way (see quick-yaml.ts),
 * and a run whose files are all clean never needs it, nor pays for loading it.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { quickYamlValue } from './quick-yaml.js';

const requireCjs = createRequire(import.meta.url);
let loaded: typeof Yaml | undefined;

/**
 * The `yaml` package (the same module an `import` of it gives).
 * @returns its exports
 */
export function yamlLib(): typeof Yaml {
  loaded ??= requireCjs('yaml') as typeof Yaml;
  return loaded;
}

/**
 * The data of a YAML text as `yaml`'s `parse` gives it, read the quick way when the text allows:
 * the quick way answers only where `yaml` reports nothing and gives the same data.
 * @param text the YAML text
 * @param options `yaml`'s parse options (none of them changes the data of a text read the quick way)
 * @returns the data
 * @throws what `yaml`'s parse throws
 */
export function parseYamlValue(text: string, options: { readonly maxAliasCount?: number; readonly uniqueKeys?: boolean } = {}): unknown {
  const quick = quickYamlValue(text);
  return quick !== undefined ? quick.data : yamlLib().parse(text, { ...options });
}
