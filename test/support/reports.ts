/** Helpers for the tests of the reports other tools read: the schemas they must pass, parsers, and a project with awkward file names. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import { MINIMAL, minimalProject, REPO_ROOT, writeFiles } from './project.js';

const SCHEMAS = path.join(REPO_ROOT, 'test', 'fixtures', 'schemas');
export const schemaText = (file: string) => readFileSync(path.join(SCHEMAS, file), 'utf8');

// CommonJS packages: their default export is the module, which holds the class and the plugin.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const validSarif = ajv.compile(JSON.parse(schemaText('sarif-schema-2.1.0.json')) as object);

/** The schema's errors for a SARIF log, [] when it is valid. */
export function sarifErrors(log: unknown): string[] {
  return validSarif(log) ? [] : (validSarif.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** xmllint's errors for a JUnit report against one of the two schemas, [] when it is valid. */
export async function junitErrors(xml: string, xsd: 'junit-10.xsd' | 'ant-junit.xsd'): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [{ fileName: xsd, contents: schemaText(xsd) }] });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

/** A document as libxml2 reads it, written back as canonical XML (C14N). */
export async function canonicalXml(xml: string): Promise<string> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], normalization: 'c14n' });
  return result.normalized;
}

export const BROKEN_QW = (MINIMAL['data/quickwin/portal.yaml'] as string).replace('opd: diskominfo', 'opd: dinkes');

/** A project with an error in a file whose name has a space and one whose name has a `%`, and a warning. */
export async function awkwardProject(): Promise<string> {
  const dir = await minimalProject({ 'data/quickwin/portal.yaml': BROKEN_QW });
  await writeFiles(dir, {
    'data/opd/dinas sosial.yaml': 'nama: Dinas Sosial\nsingkatan: Dinsos\n',
    'data/isu/naik 50%.yaml': 'judul: Kemiskinan\n',
    'data/catatan.txt': 'bukan data\n',
  });
  return dir;
}

export interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri?: string;
        rules: Array<{
          id: string;
          helpUri: string;
          shortDescription: { text: string };
          fullDescription: { text: string };
          help: { text: string; markdown: string };
        }>;
      };
    };
    originalUriBaseIds?: Record<string, { uri: string }>;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      partialFingerprints: Record<string, string>;
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }>;
    }>;
  }>;
}

/** The parsed JUnit report: suites and test cases always as lists. */
export function parseJunit(xml: string) {
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name) }).parse(xml) as {
    testsuites: {
      testsuite: Array<Record<string, string> & {
        testcase: Array<Record<string, string> & { failure?: Record<string, string> }>;
        'system-out'?: string;
      }>;
    };
  };
}
