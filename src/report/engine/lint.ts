/** Static checks of a parsed template: raw insertions of values, unknown partials, and the fields each helper call reads. */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diagnostic } from '../../diagnostics/catalogue.js';

/** The source text of the first argument of each helper call, by `line:column` (1-based) of the call. */
export type ParamIndex = Map<string, string>;

type AnyNode = hbs.AST.Node & Record<string, unknown>;

function children(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (const key of ['body', 'program', 'inverse', 'path', 'params', 'hash', 'pairs', 'value']) {
    const v = node[key];
    if (Array.isArray(v)) out.push(...(v as AnyNode[]));
    else if (v !== null && typeof v === 'object' && 'type' in v) out.push(v as AnyNode);
  }
  return out;
}

function source(node: AnyNode): string {
  if (node.type === 'PathExpression' || node.type.endsWith('Literal')) {
    return String((node as unknown as { original: unknown }).original);
  }
  if (node.type === 'SubExpression') {
    const s = node as unknown as hbs.AST.SubExpression;
    return `(${[s.path, ...s.params].map((p) => source(p as AnyNode)).join(' ')})`;
  }
  return '…';
}

/**
 * Walks a template's AST: warns for `{{x}}` and `{{{x}}}` that insert a value without a helper,
 * reports `{{> name}}` of a partial that does not exist, and indexes helper arguments by position.
 * @param ast the parsed template
 * @param file path shown in diagnostics
 * @param partials names of the existing partials
 * @param helpers names of the helpers
 * @returns diagnostics and the argument index
 */
export function lintTemplate(
  ast: hbs.AST.Program,
  file: string,
  partials: ReadonlySet<string>,
  helpers: ReadonlySet<string>,
): { diagnostics: Diagnostic[]; params: ParamIndex } {
  const diagnostics: Diagnostic[] = [];
  const params: ParamIndex = new Map();
  const at = (n: hbs.AST.Node): { file: string; line: number; column: number } => ({
    file,
    line: n.loc.start.line,
    column: n.loc.start.column + 1,
  });
  const visit = (node: AnyNode): void => {
    if (node.type === 'MustacheStatement' || node.type === 'SubExpression' || node.type === 'BlockStatement') {
      const m = node as unknown as hbs.AST.MustacheStatement;
      const name = m.path.type === 'PathExpression' ? (m.path as hbs.AST.PathExpression).original : '';
      const first = m.params[0];
      if (helpers.has(name) && first !== undefined) {
        params.set(`${node.loc.start.line}:${node.loc.start.column + 1}`, source(first as AnyNode));
      }
      // Handlebars' types say a hash is always there; its parser leaves it out when there are no pairs.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      const hasArguments = m.params.length > 0 || (m.hash?.pairs.length ?? 0) > 0;
      if (hasArguments && !helpers.has(name)) {
        diagnostics.push(diagnostic('report/template-syntax', at(node), { detail: `unknown helper "${name}"` }));
      }
      if (node.type === 'MustacheStatement' && m.params.length === 0 && !helpers.has(name)) {
        diagnostics.push(diagnostic('report/unescaped-value', at(node), { expression: source(m.path as AnyNode) }));
      }
    }
    if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
      const p = node as unknown as hbs.AST.PartialStatement;
      const name = p.name.type === 'PathExpression' ? (p.name).original : undefined;
      if (name !== undefined && !partials.has(name)) {
        diagnostics.push(diagnostic('report/partial-not-found', at(node), { name }));
      }
    }
    for (const child of children(node)) visit(child);
  };
  visit(ast as unknown as AnyNode);
  return { diagnostics, params };
}
