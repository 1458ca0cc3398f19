import { basename, extname } from 'node:path';
import { DOCUMENT_TYPES, type DocumentMetadata, type DocumentType } from '../../document.ts';

/** A readable title from a file name: `wmo-2015_toelichting.pdf` → `wmo 2015 toelichting`. */
export function titleFromFileName(filePath: string): string {
  const name = basename(filePath, extname(filePath)).replace(/[_-]+/g, ' ').trim();
  return name || basename(filePath);
}

/** Month names and their abbreviations, to recognise "5 april 2023" and "12 mrt. 2021". */
const DUTCH_MONTHS = [/^jan/, /^feb/, /^(?:maa|mrt)/, /^apr/, /^mei/, /^jun/, /^jul/, /^aug/, /^sep/, /^okt/, /^nov/, /^dec/];

/** Trimmed non-empty string from a string or number, else undefined. */
export function optionalString(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed || undefined;
}

/**
 * ISO date (YYYY-MM-DD) or year. YAML dates arrive as Date objects (UTC midnight); strings with a
 * date or date-time keep only the date part, Dutch dates ("5-4-2023", "5 april 2023") become ISO;
 * other strings are kept as given.
 */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  }
  const text = optionalString(value);
  if (!text) return undefined;
  const isoPrefix = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(text);
  if (isoPrefix) return isoPrefix[1];
  const numericDate = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  if (numericDate && Number(numericDate[2]) <= 12) return isoDate(numericDate[3]!, Number(numericDate[2]), numericDate[1]!);
  const writtenDate = /^(\d{1,2}) (\p{L}+)\.? (\d{4})$/u.exec(text);
  const month = writtenDate ? DUTCH_MONTHS.findIndex((name) => name.test(writtenDate[2]!.toLowerCase())) + 1 : 0;
  if (writtenDate && month > 0) return isoDate(writtenDate[3]!, month, writtenDate[1]!);
  return text;
}

function isoDate(year: string, month: number, day: string): string {
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function normaliseDocumentType(value: unknown): DocumentType | undefined {
  const text = optionalString(value)?.toLowerCase();
  return DOCUMENT_TYPES.find((type) => type === text);
}

/** A list of strings from an array or a comma/semicolon separated string. */
export function stringList(value: unknown): string[] {
  const items = Array.isArray(value)
    ? value.map(optionalString)
    : (optionalString(value)?.split(/[,;]/) ?? []).map(optionalString);
  return [...new Set(items.filter((item): item is string => item !== undefined))];
}

/** DocumentMetadata from loosely typed fields (front matter, HTML meta tags). */
export function normaliseMetadata(fields: Record<string, unknown>, fallbackTitle: string): DocumentMetadata {
  const metadata: DocumentMetadata = {
    title: optionalString(fields.title) ?? fallbackTitle,
    gemeenten: stringList(fields.gemeenten),
    topics: stringList(fields.topics),
  };
  const publisher = optionalString(fields.publisher);
  const url = optionalString(fields.url);
  const date = normaliseDate(fields.date);
  const type = normaliseDocumentType(fields.type);
  if (publisher) metadata.publisher = publisher;
  if (url) metadata.url = url;
  if (date) metadata.date = date;
  if (type) metadata.type = type;
  return metadata;
}
