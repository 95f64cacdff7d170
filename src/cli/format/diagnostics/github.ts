/**
 * GitHub Actions workflow annotations. GitHub wants paths relative to the repository and one-line
 * messages, so newlines and the characters that delimit properties are percent-encoded.
 */
import { diagnosticMessage } from './message.js';
import type { Formatter } from './types.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Formatter = (diagnostics, options) => {
  const lines = diagnostics.map((d) => {
    const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
    const props = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`];
    if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`);
    if (d.endColumn !== undefined && d.endLine === d.line) props.push(`endColumn=${d.endColumn}`);
    props.push(`title=${escapeProperty(d.code)}`);
    const where = d.sheet !== undefined ? `${d.sheet}!${d.cell ?? ''}: ` : '';
    return `::${command} ${props.join(',')}::${escapeData(where + diagnosticMessage(d, options.lang))}`;
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
