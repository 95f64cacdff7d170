/** One diagnostic format, loaded alone: `validate` prints one format and need not load the others. */
import type { DiagnosticFormat, Formatter } from './types.js';

/**
 * The formatter of a `--format` value (the same as in {@link FORMATTERS} of index.ts).
 * @param format the format
 * @returns its formatter
 */
export async function loadFormatter(format: DiagnosticFormat): Promise<Formatter> {
  switch (format) {
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'json':
      return (await import('./json.js')).json;
    case 'github':
      return (await import('./github.js')).github;
    case 'sarif':
      return (await import('./sarif.js')).sarif;
    case 'junit':
      return (await import('./junit.js')).junit;
    case 'md':
      return (await import('./markdown.js')).markdown;
  }
}
