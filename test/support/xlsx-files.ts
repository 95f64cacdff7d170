/** Test helpers for spreadsheets: filling a form as an OPD would, hostile archives, and LibreOffice conversion. */
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Opens a form with exceljs, lets the test edit it, and saves it again (as Excel would).
 * @param bytes the form
 * @param edit changes to make
 * @returns the edited file
 */
export async function editWorkbook(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  await edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * Rewrites entries of a zip (to plant hostile XML into an otherwise valid file).
 * @param bytes the archive
 * @param change entry name → new text (or a function of the old text)
 * @returns the new archive
 */
export function rewriteZip(bytes: Uint8Array, change: Record<string, string | ((old: string) => string)>): Uint8Array {
  const entries = unzipSync(bytes);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    const c = change[name];
    out[name] = c === undefined ? data : new TextEncoder().encode(typeof c === 'string' ? c : c(new TextDecoder().decode(data)));
  }
  for (const [name, c] of Object.entries(change)) if (!(name in out) && typeof c === 'string') out[name] = new TextEncoder().encode(c);
  return zipSync(out);
}

/**
 * A zip whose one entry inflates to `size` zero bytes (a classic zip bomb when `size` is large).
 * @param size uncompressed size
 * @returns the archive
 */
export function zerosZip(size: number): Uint8Array {
  return zipSync({ '[Content_Types].xml': new Uint8Array(10), 'xl/workbook.xml': new Uint8Array(size) }, { level: 9 });
}

/**
 * Sets the declared uncompressed size of an entry in its headers (a bomb that lies).
 * @param bytes the archive
 * @param size the size to declare
 * @param name the entry to change
 * @returns a patched copy
 */
export function declareSizes(bytes: Uint8Array, size: number, name = 'xl/workbook.xml'): Uint8Array {
  const b = new Uint8Array(bytes);
  const view = new DataView(b.buffer);
  const nameAt = (o: number, len: number) => new TextDecoder().decode(b.subarray(o, o + len));
  for (let i = 0; i + 46 <= b.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x02014b50 && nameAt(i + 46, view.getUint16(i + 28, true)) === name) view.setUint32(i + 24, size, true);
    if (sig === 0x04034b50 && nameAt(i + 30, view.getUint16(i + 26, true)) === name) view.setUint32(i + 22, size, true);
  }
  return b;
}

const run = promisify(execFile);

/**
 * Whether LibreOffice can be run here.
 * @returns true when `soffice` answers
 */
export async function hasLibreOffice(): Promise<boolean> {
  try {
    await run('soffice', ['--version'], { timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Converts every sheet of an XLSX file to CSV with LibreOffice, recalculating formulas on load and
 * formatting values as shown in an Indonesian locale.
 * @param xlsx path of the file
 * @param dir a scratch folder (gets the profile and the CSV files)
 * @returns CSV text by sheet name
 */
export async function xlsxToCsv(xlsx: string, dir: string): Promise<Record<string, string>> {
  const profile = path.join(dir, 'profile');
  await mkdir(path.join(profile, 'user'), { recursive: true });
  await writeFile(path.join(profile, 'user', 'registrymodifications.xcu'), `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>id-ID</value></prop></item>
</oor:items>
`);
  const out = path.join(dir, 'csv');
  await mkdir(out, { recursive: true });
  // Field 9 "true": values as shown (number formats applied); field 12 "-1": every sheet, one file each.
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', xlsx, '--outdir', out], { timeout: 120_000 });
  const base = path.basename(xlsx, '.xlsx');
  const result: Record<string, string> = {};
  for (const f of await readdir(out)) {
    if (f.startsWith(`${base}-`) && f.endsWith('.csv')) result[f.slice(base.length + 1, -4)] = await readFile(path.join(out, f), 'utf8');
  }
  return result;
}

/**
 * Opens an XLSX file in LibreOffice and saves it again as XLSX (another producer's idea of the format).
 * @param xlsx path of the file
 * @param dir a scratch folder
 * @returns path of the saved copy
 */
export async function libreOfficeResave(xlsx: string, dir: string): Promise<string> {
  const profile = path.join(dir, 'profile-resave');
  const out = path.join(dir, 'resaved');
  await mkdir(out, { recursive: true });
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', xlsx, '--outdir', out], { timeout: 120_000 });
  return path.join(out, path.basename(xlsx));
}

/**
 * Splits CSV text into rows of fields (RFC 4180 quoting).
 * @param text CSV text
 * @returns rows
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
