/** The registry of diagnostic formats: one formatter per `--format` value. */
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { DiagnosticFormat, Formatter } from './types.js';

export const FORMATTERS: Record<DiagnosticFormat, Formatter> = { stylish, json, github, sarif, junit, md: markdown };
export { DIAGNOSTIC_FORMATS, type DiagnosticFormat, type FormatOptions, type Formatter } from './types.js';
export { xmlEscape } from './junit.js';
