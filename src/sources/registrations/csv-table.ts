import { parse } from 'csv-parse/sync';
import { RegistrationImportError } from './registration-import-error.ts';

export type CsvSeparator = ',' | ';';

export interface CsvTable {
  separator: CsvSeparator;
  header: string[];
  /** Data records with their spreadsheet row number (header = row 1). Blank lines are left out. */
  records: { row: number; fields: string[] }[];
}

/**
 * Reads CSV text or bytes: UTF-8 (a BOM is stripped), ',' or ';' separated (detected from the
 * header line), quoted fields allowed. Throws only RegistrationImportError.
 */
export function readCsvTable({ content }: { content: string | Uint8Array }): CsvTable {
  const text = decodeUtf8(content).replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    throw new RegistrationImportError({ reason: 'empty-file', errors: [{ row: 1, message: 'Rij 1: het bestand is leeg / the file is empty' }] });
  }
  const separator = detectSeparator(text);
  let rows: string[][];
  try {
    rows = parse(text, { delimiter: separator, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (cause) {
    const line = lineOf(cause);
    throw new RegistrationImportError({
      reason: 'unreadable-file',
      errors: [{ row: line ?? 1, message: `${line ? `Regel ${line}: ` : ''}het bestand is geen leesbare CSV (${csvProblem(cause)})` }],
      cause,
    });
  }
  const [header = [], ...data] = rows;
  const records = data
    .map((fields, index) => ({ row: index + 2, fields: fields.map((field) => field.trim()) }))
    .filter((record) => record.fields.some((field) => field !== ''));
  return { separator, header: header.map(normalizeColumnName), records };
}

function decodeUtf8(content: string | Uint8Array): string {
  if (typeof content === 'string') return content;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch (cause) {
    throw new RegistrationImportError({
      reason: 'unreadable-file',
      errors: [{ row: 1, message: 'Het bestand is geen geldige UTF-8-tekst; sla het op als "CSV UTF-8" / the file is not valid UTF-8' }],
      cause,
    });
  }
}

/** The separator that occurs most on the header line outside quotes; ',' when tied. */
export function detectSeparator(text: string): CsvSeparator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons += 1;
    else if (!quoted && char === ',') commas += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/** 'Client ID' → 'client_id', 'Begindatum ' → 'begindatum'. */
export function normalizeColumnName(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function lineOf(cause: unknown): number | null {
  const lines = (cause as { lines?: unknown } | null)?.lines;
  return typeof lines === 'number' && Number.isInteger(lines) && lines > 0 ? lines : null;
}

function csvProblem(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'een aanhalingsteken wordt niet gesloten';
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'een aanhalingsteken staat midden in een veld';
    default:
      return typeof code === 'string' ? code : 'onbekende fout';
  }
}
