/**
 * SARIF 2.1.0 for GitHub code scanning, valid against the OASIS schema: one run; a rule for each
 * code seen, with its description and help in both languages and a `helpUri` to its section of the
 * documentation shipped with the program; results with percent-encoded relative URIs under
 * `%SRCROOT%` (the folder the paths are relative to, `--root`), physical locations and fingerprints
 * that survive lines moving. There is no `informationUri`: the program has no public page to name.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { catalogue, type DiagnosticCode } from '../../../diagnostics/catalogue.js';
import type { Diagnostic, Severity } from '../../../diagnostics/diagnostic.js';
import type { Lang } from '../../../text/index.js';
import { codeHelp, codeHelpUri } from './docs.js';
import { codeDescription, diagnosticMessage } from './message.js';
import type { Formatter } from './types.js';

/** The published OASIS schema of SARIF 2.1.0 (with its errata). */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The base every artifact URI is relative to. */
const SRCROOT = '%SRCROOT%';

/** The key of the fingerprint this program computes; its version changes if the recipe does. */
const FINGERPRINT = 'masterplanFinding/v1';

export const sarif: Formatter = (diagnostics, options) => {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const index = new Map(codes.map((c, i) => [c, i]));
  const seen = new Map<string, number>();
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'masterplan',
            version: options.version,
            semanticVersion: options.version,
            rules: codes.map((code) => rule(code, options.lang)),
          },
        },
        ...(options.root !== undefined ? { originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.root) } } } : {}),
        results: diagnostics.map((d) => {
          const key = fingerprint(d);
          const n = (seen.get(key) ?? 0) + 1;
          seen.set(key, n);
          return {
            ruleId: d.code,
            ruleIndex: index.get(d.code),
            level: level(d.severity),
            message: { text: `${d.sheet !== undefined ? `${d.sheet}!${d.cell ?? ''}: ` : ''}${diagnosticMessage(d, options.lang)}` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: relativeUri(d.file), uriBaseId: SRCROOT },
                  region: {
                    startLine: d.line,
                    startColumn: d.column,
                    ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
                    ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
                  },
                },
              },
            ],
            partialFingerprints: { [FINGERPRINT]: `${key}:${n}` },
          };
        }),
        // Columns count UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** The reporting descriptor of a code. */
function rule(code: DiagnosticCode, lang: Lang) {
  const description = codeDescription(code, lang);
  const help = codeHelp(code);
  return {
    id: code,
    name: code.replace(/[/-](\w)/g, (_m, ch: string) => ch.toUpperCase()),
    shortDescription: { text: firstSentence(description) },
    fullDescription: { text: description },
    help: { text: help.text, markdown: help.markdown },
    helpUri: codeHelpUri(code),
    defaultConfiguration: { level: level(catalogue[code].severity) },
    properties: { tags: ['masterplan', code.split('/')[0] as string] },
  };
}

/**
 * A relative path as a URI reference: every segment percent-encoded (a space is `%20`, a `%` is
 * `%25`), the slashes kept.
 * @param file a relative path with forward slashes
 * @returns the URI reference
 */
export function relativeUri(file: string): string {
  return file.split('/').map((s) => encodeURIComponent(s)).join('/');
}

/** The `file:` URI of a folder, ending in a slash as SARIF requires of a base URI. */
function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * What identifies a finding across runs, whatever line it moves to: its code, file, place in the
 * data (or cell, or position when it has no data path) and arguments.
 */
function fingerprint(d: Diagnostic): string {
  const where = d.path ?? (d.sheet !== undefined ? `${d.sheet}!${d.cell ?? ''}` : `${d.line}:${d.column}`);
  return createHash('sha256').update(JSON.stringify([d.code, d.file, where, d.args])).digest('hex').slice(0, 32);
}

/** The first sentence of a description, for a rule's short description. */
function firstSentence(text: string): string {
  const m = /^(.+?)[.;](\s|$)/.exec(text);
  return m !== null ? `${m[1] as string}.` : text;
}

function level(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}
