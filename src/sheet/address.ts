/** A1 addressing: column letters, cell and range addresses, and sheet names as formulas quote them. */

/**
 * Column letters of a 1-based column number (1 → A, 27 → AA).
 * @param col column number
 * @returns the letters
 */
export function columnLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A1 address of a cell.
 * @param row 1-based row
 * @param col 1-based column
 * @returns e.g. `C7`
 */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/**
 * A sheet name as a formula refers to it: bare when it is a plain word, else quoted (`'Data Set'!$A$2`).
 * @param name sheet name
 * @returns the name, quoted when needed
 */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
