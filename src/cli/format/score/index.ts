/** Presentation of a `Ranking` for the `score` command: JSON, table, CSV and explanations, as strings. */
export { formatCsv, csvText } from './csv.js';
export { formatExplain } from './explain.js';
export { formatJson, type JsonOptions } from './json.js';
export { formatTable, TABLE_WIDTH } from './table.js';
