import type { DataTable } from '../../assistant/index.ts';
import { decimalsNeeded, formatDutchNumber } from './dutch-number-format.ts';

/** A table cell as shown: its text and whether it holds a quantity (quantities are right-aligned). */
export interface DisplayCell {
  text: string;
  numeric: boolean;
}

/** A table ready to display: header and body cells as text, with per-column alignment. */
export interface DisplayTable {
  columns: string[];
  /** Per column: true when every non-empty cell holds a quantity (numbers that are not years or codes). */
  numericColumns: boolean[];
  rows: DisplayCell[][];
}

/** Columns whose numbers are years or codes: labels rather than quantities, shown without a thousands separator and left-aligned. */
const UNGROUPED_HEADER = /(jaar|jaren|year|years|periode|period|code)(\s*\(.*\))?$/i;

/** Shown for a missing value. */
export const EMPTY_CELL_TEXT = '–';

/**
 * Formats every cell of a table for display: numbers the Dutch way, with the same number of
 * decimals down a column (so decimal commas line up), and missing values as an en dash.
 */
export function toDisplayTable(table: DataTable): DisplayTable {
  const width = Math.max(table.columns.length, ...table.rows.map((row) => row.length));
  const columns = Array.from({ length: width }, (_, c) => table.columns[c] ?? '');
  const columnDecimals = columns.map((_, c) => {
    const numbers = table.rows.map((row) => row[c]).filter((v): v is number => typeof v === 'number');
    return numbers.reduce((max, v) => Math.max(max, decimalsNeeded(v, Math.abs(v) < 1 ? 3 : 2)), 0);
  });
  const labelColumns = columns.map((header) => UNGROUPED_HEADER.test(header.trim()));
  const numericColumns = columns.map((_, c) => {
    if (labelColumns[c]) return false;
    const values = table.rows.map((row) => row[c]).filter((v) => v !== null && v !== undefined && v !== '');
    return values.length > 0 && values.every((v) => typeof v === 'number');
  });
  const rows = table.rows.map((row) =>
    columns.map((_, c): DisplayCell => {
      const value = row[c];
      if (typeof value === 'number') {
        const label = labelColumns[c] ?? false;
        return { text: formatDutchNumber(value, { decimals: columnDecimals[c], grouping: !label }), numeric: !label };
      }
      if (value === null || value === undefined || value === '') return { text: EMPTY_CELL_TEXT, numeric: numericColumns[c] ?? false };
      return { text: String(value), numeric: false };
    }),
  );
  return { columns, numericColumns, rows };
}
