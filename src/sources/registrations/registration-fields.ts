import { parseLocalizedNumber } from '../../lib/dutch/index.ts';
import { parseCalendarDate, type IsoDate } from './calendar-date.ts';
import { GEMEENTE_CODE_PATTERN, type GemeenteCodeValidator } from './gemeente-codes.ts';
import { isProductcategorie, type Productcategorie } from './productcategorieen.ts';
import type { CsvSeparator } from './csv-table.ts';

/** A field either parses to a value or to a Dutch problem description (without the "Rij n:" prefix). */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = <T>(problem: string): FieldResult<T> => ({ ok: false, problem });

const MAX_TEXT_LENGTH = 200;

export function readClientId(text: string): FieldResult<string> {
  if (text === '') return fail('client_id ontbreekt');
  if (text.length > MAX_TEXT_LENGTH) return fail(`client_id is langer dan ${MAX_TEXT_LENGTH} tekens`);
  if (looksLikeBsn(text)) return fail(`client_id '${text}' lijkt een BSN; gebruik een pseudoniem`);
  return ok(text);
}

/** Nine digits that pass the elfproef: refuse it, the store holds pseudonyms only. */
function looksLikeBsn(text: string): boolean {
  if (!/^\d{9}$/.test(text)) return false;
  const digits = [...text].map(Number);
  const sum = digits.slice(0, 8).reduce((total, digit, index) => total + digit * (9 - index), 0) - (digits[8] ?? 0);
  return sum % 11 === 0 && sum > 0;
}

export function readGemeenteCode(text: string, isKnown: GemeenteCodeValidator): FieldResult<string> {
  if (text === '') return fail('gemeente_code ontbreekt');
  const code = text.toUpperCase();
  if (!GEMEENTE_CODE_PATTERN.test(code)) return fail(`ongeldige gemeentecode '${shorten(text)}' (verwacht GM gevolgd door 4 cijfers, bijv. GM0405)`);
  if (!isKnown(code)) return fail(`onbekende gemeentecode '${code}'`);
  return ok(code);
}

export function readProductcategorie(text: string): FieldResult<Productcategorie> {
  if (text === '') return fail('productcategorie ontbreekt');
  if (!isProductcategorie(text)) return fail(`onbekende productcategorie '${shorten(text)}'`);
  return ok(text);
}

export function readDate(text: string, column: string): FieldResult<IsoDate> {
  if (text === '') return fail(`${column} ontbreekt`);
  const date = parseCalendarDate(text);
  return date === null ? fail(`ongeldige datum '${shorten(text)}' in ${column} (verwacht JJJJ-MM-DD of DD-MM-JJJJ)`) : ok(date);
}

export function readOptionalDate(text: string, column: string): FieldResult<IsoDate | null> {
  return text === '' ? ok(null) : readDate(text, column);
}

export function readOptionalText(text: string, column: string): FieldResult<string | null> {
  if (text.length > MAX_TEXT_LENGTH) return fail(`${column} is langer dan ${MAX_TEXT_LENGTH} tekens`);
  return ok(text === '' ? null : text);
}

/**
 * A non-negative amount; "12,50", "€ 1.250,00" and "12.5" are accepted. In a ';' file an
 * ambiguous "1.250" reads as Dutch (1250); in a ',' file as English (1.25 only with a quoted comma).
 */
export function readOptionalAmount(text: string, column: string, separator: CsvSeparator): FieldResult<number | null> {
  if (text === '') return ok(null);
  const body = text.replace(/^€\s*/, '').replace(/\s*(?:€|EUR)$/i, '');
  const value = parseLocalizedNumber({ text: body, language: separator === ';' ? 'nl' : 'en' });
  if (value === null) return fail(`ongeldig getal '${shorten(text)}' in ${column}`);
  if (value < 0) return fail(`${column} mag niet negatief zijn (${shorten(text)})`);
  return ok(value);
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
