/**
 * Table-driven rule tests: a case changes files of the minimal project and lists the diagnostics
 * expected, each by code and position (file, line, column), never by its message text.
 */
import { expect } from 'vitest';
import { loadAndValidate } from '../../src/pipeline/check.js';
import { minimalProject } from './project.js';

/** One expected diagnostic; the severity is `error` unless told. */
export interface ExpectedDiagnostic {
  code: string;
  file: string;
  line: number;
  column: number;
  severity?: 'error' | 'warning';
}

/** Files of the minimal project to replace (`null` removes one), and exactly the diagnostics they give. */
export interface RuleCase {
  name: string;
  files: Record<string, string | null>;
  expect: ExpectedDiagnostic[];
}

/**
 * Validates the minimal project changed by a case and checks that it gives exactly the expected diagnostics.
 * @param c the case
 */
export async function expectRuleCase(c: RuleCase): Promise<void> {
  const dir = await minimalProject(c.files);
  const { diagnostics } = await loadAndValidate(dir);
  const got = diagnostics.map((d) => ({ code: d.code, file: d.file, line: d.line, column: d.column, severity: d.severity }));
  const want = c.expect.map((e) => ({ ...e, severity: e.severity ?? 'error' }));
  expect(got).toEqual(expect.arrayContaining(want));
  expect(got).toHaveLength(want.length);
}
