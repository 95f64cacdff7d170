/** JSON Schema for every input kind, exported from the zod schemas (input mode: what users may write). */
import { z } from 'zod';
import { SCHEMAS, type Kind } from './index.js';

const TITLES: Record<Kind, string> = {
  masterplan: 'masterplan.yaml — konfigurasi proyek Masterplan Smart City',
  opd: 'data/opd/<id>.yaml — profil OPD',
  isu: 'data/isu/<id>.yaml — isu strategis',
  quickwin: 'data/quickwin/<id>.yaml — usulan quick win',
  program: 'data/program/<id>.yaml — program pembangunan (peta jalan)',
  kesiapan: 'data/kesiapan.yaml — analisis kesiapan daerah',
  swot: 'data/swot.yaml — analisis SWOT per dimensi',
  naskah: 'naskah/<buku>/<slot>.md — front matter naskah (penulis, catatan)',
};

/**
 * The JSON Schema of one kind.
 * @param kind input kind
 * @returns a JSON Schema (draft 2020-12) object
 */
export function jsonSchema(kind: Kind): Record<string, unknown> {
  const schema = z.toJSONSchema(SCHEMAS[kind], { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: `${kind}.schema.json`, title: TITLES[kind] };
}

/**
 * File name of a kind's schema.
 * @param kind input kind
 * @returns e.g. `opd.schema.json`
 */
export function schemaFileName(kind: Kind): string {
  return `${kind}.schema.json`;
}
