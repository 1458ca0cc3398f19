import type { DataTable } from '../../assistant/index.ts';
import { toDisplayTable } from './table-cells.ts';

const COLUMN_GAP = '  ';

/**
 * A data table as plain text for the terminal: the title, a header row, a rule, aligned columns
 * (numbers right-aligned, Dutch formatting: `367.947`, `12,5`) and the note below.
 */
export function formatTextTable(table: DataTable): string {
  const display = toDisplayTable(table);
  const widths = display.columns.map((header, c) =>
    Math.max(textWidth(header), ...display.rows.map((row) => textWidth(row[c]?.text ?? ''))),
  );
  const line = (cells: string[], rightAligned: boolean[]): string =>
    cells
      .map((text, c) => pad(text, widths[c] ?? 0, rightAligned[c] ?? false))
      .join(COLUMN_GAP)
      .trimEnd();

  const lines = [table.title];
  lines.push(line(display.columns, display.numericColumns));
  lines.push(widths.map((w) => '-'.repeat(w)).join(COLUMN_GAP));
  for (const row of display.rows) {
    lines.push(line(row.map((cell) => cell.text), row.map((cell, c) => cell.numeric || (display.numericColumns[c] ?? false))));
  }
  if (table.note) lines.push('', table.note);
  return lines.join('\n');
}

/** Width on screen: counts code points, so `ë` and `€` take one column. */
function textWidth(text: string): number {
  return [...text.normalize('NFC')].length;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - textWidth(text)));
  return right ? fill + text : text + fill;
}
