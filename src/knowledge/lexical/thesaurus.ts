import { z } from 'zod';
import type { TextAnalyzer } from './text-analyzer.ts';
import thesaurusData from './thesaurus.json' with { type: 'json' };
import type { WeightedTerm } from './weighted-term.ts';

/** Expands analysed query terms with domain synonyms, bridging English questions to Dutch text. */
export interface Thesaurus {
  /**
   * The query terms (weight 1, deduplicated, in order) followed by the terms of every synonym
   * of each matched entry: `synonymWeight` for one-word synonyms, half of it for each word of a
   * multi-word synonym. `phraseTerms` are the query's token terms in
   * text order (`analyzer.analyzeTokens(query).map(t => t.term)`); multi-word entries match
   * only as consecutive terms.
   */
  expandQuery(phraseTerms: readonly string[]): WeightedTerm[];
}

export interface ThesaurusOptions {
  /** The analyser that also analyses the indexed text. */
  analyzer: TextAnalyzer;
  /** Synonym groups; defaults to the built-in `thesaurus.json`. */
  groups?: readonly (readonly string[])[];
  /** Weight of added synonyms. Default 0.5. */
  synonymWeight?: number;
}

interface AnalyzedEntry {
  terms: readonly string[];
  group: number;
}

const thesaurusFileSchema = z.object({ groups: z.array(z.array(z.string().min(1)).min(2)) });

/** The built-in synonym groups of `thesaurus.json`. */
export const DEFAULT_SYNONYM_GROUPS: readonly (readonly string[])[] = thesaurusFileSchema.parse(thesaurusData).groups;

export function createThesaurus(options: ThesaurusOptions): Thesaurus {
  const groups = options.groups ?? DEFAULT_SYNONYM_GROUPS;
  const synonymWeight = options.synonymWeight ?? 0.5;
  const groupTerms: Map<string, number>[] = [];
  const entriesByFirstTerm = new Map<string, AnalyzedEntry[]>();

  groups.forEach((group, groupIndex) => {
    const terms = new Map<string, number>();
    for (const entry of group) {
      const entryTerms = options.analyzer.analyzeTokens(entry).map((token) => token.term);
      const first = entryTerms[0];
      if (first === undefined) continue;
      // A word of a multi-word synonym says less on its own than a one-word synonym.
      const weight = entryTerms.length === 1 ? synonymWeight : synonymWeight / 2;
      for (const term of entryTerms) terms.set(term, Math.max(terms.get(term) ?? 0, weight));
      const entries = entriesByFirstTerm.get(first) ?? [];
      entries.push({ terms: entryTerms, group: groupIndex });
      entriesByFirstTerm.set(first, entries);
    }
    groupTerms.push(terms);
  });

  const expandQuery = (phraseTerms: readonly string[]): WeightedTerm[] => {
    const weights = new Map<string, number>();
    for (const term of phraseTerms) weights.set(term, 1);
    const matchedGroups = new Set<number>();
    phraseTerms.forEach((term, start) => {
      for (const entry of entriesByFirstTerm.get(term) ?? []) {
        if (entry.terms.every((entryTerm, offset) => phraseTerms[start + offset] === entryTerm)) {
          matchedGroups.add(entry.group);
        }
      }
    });
    for (const group of [...matchedGroups].sort((a, b) => a - b)) {
      for (const [term, weight] of groupTerms[group] ?? []) {
        weights.set(term, Math.max(weights.get(term) ?? 0, weight));
      }
    }
    return [...weights].map(([term, weight]) => ({ term, weight }));
  };

  return { expandQuery };
}
