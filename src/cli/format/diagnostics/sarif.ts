/** SARIF 2.1.0 for GitHub code scanning: one run, rules from the codes seen, results with physical locations. */
import { catalogue } from '../../../diagnostics/catalogue.js';
import { codeDescription, diagnosticMessage } from './message.js';
import type { Formatter } from './types.js';

export const sarif: Formatter = (diagnostics, options) => {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const index = new Map(codes.map((c, i) => [c, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'masterplan',
            version: options.version,
            informationUri: 'https://www.npmjs.com/package/masterplan',
            rules: codes.map((code) => ({
              id: code,
              name: code.replace(/[/-](\w)/g, (_m, ch: string) => ch.toUpperCase()),
              shortDescription: { text: codeDescription(code, options.lang) },
              defaultConfiguration: { level: level(catalogue[code].severity) },
            })),
          },
        },
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          ruleIndex: index.get(d.code),
          level: level(d.severity),
          message: { text: `${d.sheet !== undefined ? `${d.sheet}!${d.cell ?? ''}: ` : ''}${diagnosticMessage(d, options.lang)}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: d.file, uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: d.line,
                  startColumn: d.column,
                  ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
                  ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
                },
              },
            },
          ],
        })),
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function level(severity: string): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}
