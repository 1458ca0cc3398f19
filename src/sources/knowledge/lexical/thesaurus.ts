import { z } from 'zod';
import { memoizeRecent } from '../../../lib/index.ts';
import { createSnowballStemmer } from './snowball-stemmer.ts';
import type { TextAnalyzer } from './text-analyzer.ts';
import { foldDiacritics } from './fold-diacritics.ts';
import { tokenizeWords } from './tokenize.ts';
import englishDutchData from './english-dutch.json' with { type: 'json' };
import thesaurusData from './thesaurus.json' with { type: 'json' };
import type { WeightedTerm } from './weighted-term.ts';

/** Expands analysed query terms with domain synonyms, bridging English questions to Dutch text. */
export interface Thesaurus {
  /**
   * The query terms (weight 1, no group, deduplicated, in order) followed by the terms of every
   * synonym of each matched entry, grouped per synonym group: `synonymWeight` for one-word
   * synonyms, half of it for each word of a multi-word synonym. `phraseTerms` are the query's
   * token terms in text order (`analyzer.analyzeTokens(query).map(t => t.term)`); multi-word
   * entries match only as consecutive terms.
   *
   * With `documentFrequency`, a group whose matched words the corpus uses far less than another
   * entry of the group (an English question over Dutch documents, "buurtteam" where the documents
   * say "wijkteam") is a translation: its synonyms stand in for the user's words and weigh as they
   * would (1 for one word, half for each word of a multi-word synonym).
   *
   * With `translations: false` the English → Dutch translations are left out: what the corpus knows
   * of the words themselves.
   *
   * With `queryText` (the question as typed), an entry that analysis leaves with one of its several
   * words ("under-treatment" → treatment) matches only when the question says it as written; a question
   * of one word ("Hague") still matches it.
   */
  expandQuery(phraseTerms: readonly string[], options?: { documentFrequency?: (term: string) => number; translations?: boolean; queryText?: string }): WeightedTerm[];
  /** Whether the query says some concept in other words than the corpus does (the translations `expandQuery` weighs fully). */
  translates(phraseTerms: readonly string[], options: { documentFrequency: (term: string) => number; queryText?: string }): boolean;
  /**
   * The multi-word synonyms, as written, of the synonym groups (no translations) the query's phrases
   * match ("CJG" → "Centrum voor Jeugd en Gezin"): known to the corpus only as a phrase, not by its
   * words ("Wet langdurige zorg" is not known because "wet" and "zorg" are).
   */
  synonymPhrases(phraseTerms: readonly string[], queryText?: string): string[];
}

export interface ThesaurusOptions {
  /** The analyser that also analyses the indexed text. */
  analyzer: TextAnalyzer;
  /** Synonym groups; defaults to the built-in `thesaurus.json`. */
  groups?: readonly (readonly string[])[];
  /** One-way translations: only the English words match a query, the Dutch ones are added; defaults to `english-dutch.json`. */
  translations?: readonly Translation[];
  /** Weight of added synonyms. Default 0.5. */
  synonymWeight?: number;
}

interface AnalyzedEntry {
  /** Match keys of the entry's analysed terms, in order. */
  keys: readonly string[];
  group: number;
  /**
   * The entry as written, when analysis drops some of its words as stop words ("under-treatment" →
   * treatment, "carried out" → carried): it matches a query that says it so, not every "treatment".
   */
  writtenAs?: string;
}

/** Lower case, no accents, words separated by single spaces (hyphens and punctuation are spaces): how an entry and a query are compared as written. */
function asWritten(text: string): string {
  return ` ${foldDiacritics(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** The corpus says a concept in other words when one of them occurs this many times as often as the user's. */
const TRANSLATION_FREQUENCY_RATIO = 4;

const thesaurusFileSchema = z.object({ groups: z.array(z.array(z.string().min(1)).min(2)) });

/** The built-in synonym groups of `thesaurus.json`. */
export const DEFAULT_SYNONYM_GROUPS: readonly (readonly string[])[] = thesaurusFileSchema.parse(thesaurusData).groups;

/** English words for one Dutch concept, and the Dutch words the documents use for it. */
export interface Translation {
  en: readonly string[];
  nl: readonly string[];
}

const translationsFileSchema = z.object({ translations: z.array(z.object({ en: z.array(z.string().min(1)).min(1), nl: z.array(z.string().min(1)).min(1) })) });

/** The built-in English → Dutch translations of `english-dutch.json`. */
export const DEFAULT_TRANSLATIONS: readonly Translation[] = translationsFileSchema.parse(englishDutchData).translations;

export function createThesaurus(options: ThesaurusOptions): Thesaurus {
  // A translation is a group whose Dutch entries add terms but never match a query themselves.
  const groups: { entries: readonly string[]; matchable: (entry: string) => boolean; translation: boolean }[] = [
    ...(options.groups ?? DEFAULT_SYNONYM_GROUPS).map((entries) => ({ entries, matchable: () => true, translation: false })),
    ...(options.translations ?? DEFAULT_TRANSLATIONS).map(({ en, nl }) => ({ entries: [...en, ...nl], matchable: (entry: string) => en.includes(entry), translation: true })),
  ];
  const synonymWeight = options.synonymWeight ?? 0.5;
  // Entries and queries are compared on an English stem of the analysed term as well, so that
  // inflections the Dutch stemmer leaves alone still match (`municipalities`/`municipality`).
  const englishStemmer = createSnowballStemmer('english');
  const matchKey = memoizeRecent((term: string): string => englishStemmer.stem(term), { maxEntries: 50_000 });
  const groupTerms: Map<string, number>[] = [];
  /** Each group's entries as analysed terms, to count how often the corpus uses each. */
  const groupEntries: string[][][] = [];
  const entriesByFirstTerm = new Map<string, AnalyzedEntry[]>();

  groups.forEach(({ entries: group, matchable }, groupIndex) => {
    const terms = new Map<string, number>();
    const analysedEntries: string[][] = [];
    for (const entry of group) {
      const entryTerms = options.analyzer.analyzeTokens(entry).map((token) => token.term);
      const first = entryTerms[0];
      if (first === undefined) continue;
      analysedEntries.push(entryTerms);
      // A word of a multi-word synonym says less on its own than a one-word synonym.
      const weight = entryTerms.length === 1 ? synonymWeight : synonymWeight / 2;
      for (const term of entryTerms) terms.set(term, Math.max(terms.get(term) ?? 0, weight));
      if (!matchable(entry)) continue;
      const entries = entriesByFirstTerm.get(matchKey(first)) ?? [];
      // Only an entry left with one word loses its meaning so ("under-treatment" → treatment); "court of justice" still needs both words.
      const dropsWords = entryTerms.length === 1 && tokenizeWords(foldDiacritics(entry)).flatMap((word) => word.parts).length > 1;
      entries.push({ keys: entryTerms.map(matchKey), group: groupIndex, ...(dropsWords ? { writtenAs: asWritten(entry) } : {}) });
      entriesByFirstTerm.set(matchKey(first), entries);
    }
    groupTerms.push(terms);
    groupEntries.push(analysedEntries);
  });

  /** How often the corpus uses a run of terms, estimated by its rarest term. */
  const phraseFrequency = (terms: readonly string[], documentFrequency: (term: string) => number): number => Math.min(...terms.map(documentFrequency));

  /** The groups the query's phrases match: how often the corpus uses the user's words for each (the most used phrase), and those words. */
  const matchGroups = (phraseTerms: readonly string[], documentFrequency: ((term: string) => number) | undefined, withTranslations = true, queryText?: string): Map<number, { used: number; words: string[] }> => {
    const matched = new Map<number, { used: number; words: string[] }>();
    const queryKeys = phraseTerms.map(matchKey);
    // A single word asked about ("Hague") is known through the entry that holds it ("The Hague").
    const written = queryText === undefined || phraseTerms.length < 2 ? undefined : asWritten(queryText);
    queryKeys.forEach((key, start) => {
      for (const entry of entriesByFirstTerm.get(key) ?? []) {
        if (!withTranslations && groups[entry.group]!.translation) continue;
        if (entry.writtenAs !== undefined && written !== undefined && !written.includes(entry.writtenAs)) continue;
        if (!entry.keys.every((entryKey, offset) => queryKeys[start + offset] === entryKey)) continue;
        const words = phraseTerms.slice(start, start + entry.keys.length);
        const used = documentFrequency ? phraseFrequency(words, documentFrequency) : Infinity;
        const known = matched.get(entry.group);
        matched.set(entry.group, { used: Math.max(known?.used ?? 0, used), words: [...(known?.words ?? []), ...words] });
      }
    });
    return matched;
  };
  const isTranslation = (group: number, used: number, documentFrequency: ((term: string) => number) | undefined): boolean =>
    documentFrequency !== undefined && (groupEntries[group] ?? []).some((entry) => phraseFrequency(entry, documentFrequency) >= Math.max(1, used) * TRANSLATION_FREQUENCY_RATIO);

  const expandQuery: Thesaurus['expandQuery'] = (phraseTerms, expandOptions = {}) => {
    const { documentFrequency, translations = true, queryText } = expandOptions;
    const expanded = new Map<string, WeightedTerm>();
    for (const term of phraseTerms) expanded.set(term, { term, weight: 1 });
    const matchedGroups = matchGroups(phraseTerms, documentFrequency, translations, queryText);
    // The user's own words for a translated concept are rare in the corpus (an English gloss in a
    // Dutch text): they weigh as a synonym would, so that glosses do not outrank the text itself.
    const translatedWords = new Set<string>();
    const otherWords = new Set<string>();
    for (const [group, { used, words }] of [...matchedGroups].sort(([a], [b]) => a - b)) {
      const translated = isTranslation(group, used, documentFrequency);
      for (const word of words) (translated ? translatedWords : otherWords).add(word);
      // A domain concept in English ("task-based funding") weighs as the user's own words in Dutch; a
      // general word ("responsible") stays a synonym, so that it does not outweigh the question's subject.
      const scale = translated && !groups[group]!.translation ? 1 / synonymWeight : 1;
      for (const [term, groupWeight] of groupTerms[group] ?? []) {
        const weight = Math.min(1, groupWeight * scale);
        const known = expanded.get(term);
        const isStronger = !known || (known.group !== undefined && weight > known.weight);
        if (isStronger) expanded.set(term, { term, weight, group: `synonyms-${group}` });
      }
    }
    for (const word of translatedWords) {
      const own = expanded.get(word);
      if (own?.group === undefined && !otherWords.has(word)) expanded.set(word, { term: word, weight: synonymWeight });
    }
    return [...expanded.values()];
  };

  const translates: Thesaurus['translates'] = (phraseTerms, { documentFrequency, queryText }) =>
    [...matchGroups(phraseTerms, documentFrequency, true, queryText)].some(([group, { used }]) => isTranslation(group, used, documentFrequency));

  const synonymPhrases: Thesaurus['synonymPhrases'] = (phraseTerms, queryText) =>
    [...matchGroups(phraseTerms, undefined, false, queryText).keys()].flatMap((group) => groups[group]!.entries.filter((entry) => /\s/.test(entry.trim())));

  return { expandQuery, translates, synonymPhrases };
}
