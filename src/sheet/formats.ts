/**
 * Named number formats, as Excel format codes (en-US syntax; Excel and LibreOffice show them with the
 * reader's locale separators, so `"Rp"#,##0` reads Rp1.250.000.000 on an Indonesian system).
 */
export const NUMBER_FORMATS = {
  general: 'General',
  /** One or two decimals: 4.0, 3.67 (scores and assessor means). */
  mean: '0.0#',
  text: '@',
  int: '#,##0',
  year: '0',
  decimal: '#,##0.00',
  score: '0.000',
  weight: '0.000',
  percent: '0%',
  rupiah: '"Rp"#,##0',
  month: 'yyyy-mm',
} as const;

export type NumberFormatName = keyof typeof NUMBER_FORMATS;
