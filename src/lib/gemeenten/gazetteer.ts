import formerGemeentenJson from './former-gemeenten.json' with { type: 'json' };
import gemeentenJson from './gemeenten.json' with { type: 'json' };
import { formerGemeentenSchema, gemeenteRecordsSchema, type FormerGemeente, type GemeenteRecord, type ProvinceRef } from './gemeente.ts';
import { buildGazetteerIndex, type GazetteerIndex } from './gazetteer-index.ts';
import { normalizeName, normalizeWithOffsets } from './normalize-text.ts';
import { damerauLevenshtein } from './string-distance.ts';
import type { Bilingual } from '../index.ts';

export type { FormerGemeente, GemeenteRecord, ProvinceRef } from './gemeente.ts';

/** A gemeente named in free text. */
export interface GemeenteMention {
  /** The text as written, e.g. "Den Haag". */
  raw: string;
  index: number;
  /** One gemeente, or several when the name is shared ("Bergen"). */
  gemeenten: GemeenteRecord[];
  /** The province with the same name ("Utrecht", "Groningen"), if any. */
  province: ProvinceRef | null;
  /** "province" when the text says "provincie Utrecht"; otherwise the gemeente is preferred. */
  refersTo: 'gemeente' | 'province';
  /** true when the caller should check with the user: several gemeenten, or gemeente/province not settled by the text. */
  ambiguous: boolean;
}

export type ResolveGemeenteResult =
  | { kind: 'exact'; gemeente: GemeenteRecord; province: ProvinceRef | null }
  | { kind: 'ambiguous'; candidates: GemeenteRecord[]; message: string; messageEn: string }
  | { kind: 'suggestion'; suggestions: GemeenteRecord[]; message: string; messageEn: string }
  | { kind: 'notFound'; message: string; messageEn: string };

export interface Gazetteer {
  findGemeenten(options: { text: string }): GemeenteMention[];
  resolveGemeente(options: { name: string }): ResolveGemeenteResult;
  /** The province a name stands for ("Limburg", "Friesland", "Noord-Holland"), if any. */
  findProvince(options: { name: string }): ProvinceRef | undefined;
  readonly records: readonly GemeenteRecord[];
}

const gemeenteMarkers = new Set(['gemeente', 'municipality', 'stad', 'city']);
const provinceMarkers = new Set(['provincie', 'province', 'prov']);

/** Builds a gazetteer over the given records (tests may pass a small list). */
export function createGazetteer({ records }: { records: readonly GemeenteRecord[] }): Gazetteer {
  const index = buildGazetteerIndex({ records });
  return {
    records: index.records,
    findGemeenten: ({ text }) => findMentions(index, text),
    resolveGemeente: ({ name }) => resolveName(index, name),
    findProvince: ({ name }) => index.provinces.get(normalizeName(name).replace(/^(?:de\s+)?(?:provincie|province(?:\s+of)?)\s+/, '')),
  };
}

let defaultGazetteer: Gazetteer | undefined;

/** The gazetteer of all current gemeenten (gemeenten.json), built on first use. */
export function getGazetteer(): Gazetteer {
  defaultGazetteer ??= createGazetteer({ records: gemeenteRecordsSchema.parse(gemeentenJson) });
  return defaultGazetteer;
}

let formerIndex: GazetteerIndex<FormerGemeente> | undefined;

/** The gemeenten dissolved since 2015 (former-gemeenten.json), indexed like the current ones, on first use. */
function getFormerIndex(): GazetteerIndex<FormerGemeente> {
  formerIndex ??= buildGazetteerIndex({ records: formerGemeentenSchema.parse(formerGemeentenJson) });
  return formerIndex;
}

/** A gemeente dissolved since 2015 by its name ("Weesp", "Haren"), case- and diacritics-insensitive; none for a current one. */
export function findFormerGemeente(name: string): FormerGemeente | undefined {
  return getFormerIndex().byKey.get(normalizeName(name))?.[0];
}

/**
 * Gemeenten dissolved since 2015 that a text names ("Eerder … in de gemeente Vlagtwedde"), found like
 * current ones; only capitalised ("haren" is hair, "Haren" the gemeente).
 */
export function findFormerGemeenten({ text }: { text: string }): GemeenteMention[] {
  return findMentions(getFormerIndex(), text).filter((mention) => /^\p{Lu}/u.test(mention.raw));
}

/** Finds gemeente mentions in free text: longest match, case- and diacritics-insensitive, whole words. */
export function findGemeenten({ text }: { text: string }): GemeenteMention[] {
  return getGazetteer().findGemeenten({ text });
}

/** The CBS codes of the gemeenten a text names as gemeenten (not as a province: "provincie Utrecht"). */
export function gemeenteCodesIn(text: string): Set<string> {
  return new Set(findGemeenten({ text }).filter((mention) => mention.refersTo === 'gemeente').flatMap((mention) => mention.gemeenten.map((gemeente) => gemeente.code)));
}

/** The province a name stands for ("Limburg", "Friesland", "provincie Utrecht"), if any. */
export function findProvince({ name }: { name: string }): ProvinceRef | undefined {
  return getGazetteer().findProvince({ name });
}

/** The name of a province by its CBS code ("PV31" → "Limburg"), if any. */
export function provinceNameOf(code: string): string | undefined {
  return getGazetteer().records.find((record) => record.provinceCode === code)?.province;
}

/** Resolves a single name to a gemeente: exact, ambiguous, a typo suggestion, or not found. */
export function resolveGemeente({ name }: { name: string }): ResolveGemeenteResult {
  return getGazetteer().resolveGemeente({ name });
}

function findMentions(index: GazetteerIndex, text: string): GemeenteMention[] {
  const { normalized, starts, ends } = normalizeWithOffsets(text);
  const tokens: { word: string; start: number; end: number }[] = [];
  for (const match of normalized.matchAll(/\S+/g)) tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  const mentions: GemeenteMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let length = Math.min(index.maxKeyWords, tokens.length - i); length >= 1; length--) {
      const key = tokens.slice(i, i + length).map((token) => token.word).join(' ');
      const gemeenten = index.byKey.get(key);
      if (!gemeenten) continue;
      const first = tokens[i];
      const last = tokens[i + length - 1];
      if (!first || !last) continue;
      const { rawStart, rawEnd } = widenToPunctuation(text, starts[first.start] ?? 0, ends[last.end - 1] ?? 0, key);
      const raw = text.slice(rawStart, rawEnd);
      if (index.commonWordKeys.has(key) && !/^\p{Lu}/u.test(raw)) continue;
      const province = index.provinces.get(key) ?? null;
      const previous = tokens[i - 1]?.word ?? '';
      // "provincie Groningen", "province of Groningen", "Groningen province".
      const markedAsProvince = provinceMarkers.has(previous) || (previous === 'of' && provinceMarkers.has(tokens[i - 2]?.word ?? '')) || provinceMarkers.has(tokens[i + length]?.word ?? '');
      const refersTo = province !== null && markedAsProvince ? 'province' : 'gemeente';
      const settled = gemeenteMarkers.has(previous) || refersTo === 'province';
      mentions.push({ raw, index: rawStart, gemeenten: [...gemeenten], province, refersTo, ambiguous: gemeenten.length > 1 || (province !== null && !settled) });
      i += length - 1;
      break;
    }
  }
  return mentions;
}

/** Includes the apostrophe of "'s-Hertogenbosch" and the closing ".)" of "Bergen (NH.)" in the raw text. */
function widenToPunctuation(text: string, start: number, end: number, key: string): { rawStart: number; rawEnd: number } {
  let rawStart = start;
  let rawEnd = end;
  if (key.startsWith('s ') && /['’‘`]/.test(text[start - 1] ?? '')) rawStart -= 1;
  const opened = text.slice(rawStart, rawEnd).includes('(');
  const closing = opened ? /^\.?\)/.exec(text.slice(rawEnd, rawEnd + 2)) : null;
  if (closing) rawEnd += closing[0].length;
  return { rawStart, rawEnd };
}

function resolveName(index: GazetteerIndex, name: string): ResolveGemeenteResult {
  const key = normalizeName(name).replace(/^(?:de\s+)?(?:gemeente|municipality\s+of|municipality)\s+/, '');
  const code = /^(?:gm\s?)?(\d{4})$/.exec(key);
  const byCode = code ? index.byCode.get(`GM${code[1]}`) : undefined;
  if (byCode) return { kind: 'exact', gemeente: byCode, province: null };
  const found = index.byKey.get(key);
  if (found && found.length === 1 && found[0]) return { kind: 'exact', gemeente: found[0], province: index.provinces.get(key) ?? null };
  if (found && found.length > 1) {
    const names = joinNames(found.map((record) => record.name));
    return {
      kind: 'ambiguous', candidates: [...found],
      message: `Er zijn meerdere gemeenten met de naam ${name.trim()}: ${names.nl}. Welke bedoelt u?`,
      messageEn: `There are several municipalities named ${name.trim()}: ${names.en}. Which one do you mean?`,
    };
  }
  const suggestions = suggest(index, key);
  if (suggestions.length > 0) {
    const names = joinNames(suggestions.map((record) => record.name), 'of', 'or');
    return { kind: 'suggestion', suggestions, message: `Bedoelt u ${names.nl}?`, messageEn: `Did you mean ${names.en}?` };
  }
  const province = index.provinces.get(key);
  if (province) {
    return {
      kind: 'notFound',
      message: `${province.name} is een provincie, geen gemeente.`,
      messageEn: `${province.name} is a province, not a municipality.`,
    };
  }
  return { kind: 'notFound', message: `Gemeente "${name.trim()}" niet gevonden.`, messageEn: `Municipality "${name.trim()}" not found.` };
}

/** Closest names within Damerau-Levenshtein distance 2 (1 for short names), best first, at most 3 gemeenten. */
function suggest(index: GazetteerIndex, key: string): GemeenteRecord[] {
  if (key.length < 3) return [];
  const scored: { record: GemeenteRecord; distance: number }[] = [];
  for (const [candidate, records] of index.byKey) {
    const max = Math.min(key.length, candidate.length) <= 4 ? 1 : 2;
    const distance = damerauLevenshtein({ a: key, b: candidate, max });
    if (distance <= max) for (const record of records) scored.push({ record, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || a.record.name.localeCompare(b.record.name, 'nl'));
  const result: GemeenteRecord[] = [];
  for (const { record } of scored) if (!result.includes(record) && result.length < 3) result.push(record);
  return result;
}

function joinNames(names: string[], nl = 'en', en = 'and'): Bilingual {
  if (names.length <= 1) return { nl: names[0] ?? '', en: names[0] ?? '' };
  const head = names.slice(0, -1).join(', ');
  const last = names.at(-1) ?? '';
  return { nl: `${head} ${nl} ${last}`, en: `${head} ${en} ${last}` };
}
