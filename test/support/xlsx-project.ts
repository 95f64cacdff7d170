/** Test helpers for the spreadsheet stage: a project's model and ranking, and XLSX files read back. */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { FormInput } from '../../src/forms/form-input.js';
import { diagnosticMessage } from '../../src/cli/format/diagnostics/message.js';
import { locate } from '../../src/load/index.js';
import { buildModel, type Model } from '../../src/model/index.js';
import { loadAndValidate } from '../../src/pipeline/check.js';
import { opdForm } from '../../src/report/form/index.js';
import { masterplanWorkbook, type WorkbookOptions } from '../../src/report/workbook/index.js';
import { rankQuickWins, type Ranking } from '../../src/score/index.js';
import { taxonomy } from '../../src/taxonomy/index.js';
import { writeXlsx } from '../../src/write/xlsx/index.js';

/**
 * Loads a project folder and builds its model and ranking (the test fails if the project has errors).
 * @param root project folder
 * @returns the model and the ranking
 */
export async function modelAndRanking(root: string): Promise<{ model: Model; ranking: Ranking }> {
  const checked = await loadAndValidate(root);
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`project has errors: ${errors.map((d) => `${d.file}:${d.line} ${diagnosticMessage(d, 'id')}`).join('; ')}`);
  const model = buildModel(checked.project, taxonomy());
  if (model === undefined) throw new Error('no model');
  const config = checked.project.config;
  const qwFiles = new Map(checked.project.quickwin.map((q) => [q.id, q.file]));
  const ranking = rankQuickWins(
    { penilaian: model.config.penilaian, quickwins: model.quickwin.map((q) => ({ id: q.id, data: q.data })) },
    {
      locateConfig: (p) => (config ? locate(config.file, p) : { file: 'masterplan.yaml', line: 1, column: 1 }),
      locateQuickWin: (id, p) => {
        const f = qwFiles.get(id);
        return f ? locate(f, p) : { file: `data/quickwin/${id}.yaml`, line: 1, column: 1 };
      },
    },
  );
  return { model, ranking };
}

/**
 * The workbook of a model and ranking as XLSX bytes: the workbook view, then the XLSX writer.
 * @param model the project model
 * @param ranking the quick-win ranking
 * @param options build date and template locations
 * @returns the file content
 */
export async function workbookFile(model: Model, ranking: Ranking, options: WorkbookOptions): Promise<Uint8Array> {
  const { workbook, diagnostics } = await masterplanWorkbook(model, ranking, options);
  if (workbook === undefined) throw new Error(`invalid workbook templates: ${diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`).join('; ')}`);
  return writeXlsx(workbook, { date: options.date });
}

/**
 * The form of one OPD as XLSX bytes: the form view, then the XLSX writer.
 * @param input the form input
 * @param options the build date
 * @param options.date the build date
 * @returns the file content
 */
export async function formFile(input: FormInput, options: { date: Date }): Promise<Uint8Array> {
  return writeXlsx(opdForm(input, options), options);
}

/**
 * Reads XLSX bytes back with exceljs.
 * @param bytes file content
 * @returns the workbook
 */
export async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/**
 * The XML parts of an XLSX file, by entry name.
 * @param bytes file content
 * @returns text of every entry
 */
export function xlsxParts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) out[name] = new TextDecoder().decode(data);
  return out;
}
