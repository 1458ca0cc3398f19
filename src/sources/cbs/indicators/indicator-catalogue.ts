import { readFileSync } from 'node:fs';
import { catalogueFileSchema, type CatalogueFile, type IndicatorDefinition, type NotAnIndicator } from './indicator-schema.ts';
import { IndicatorNotFoundError } from './indicator-not-found-error.ts';
import { normalizeTerm } from './normalize-term.ts';

export type IndicatorLookup =
  | { kind: 'indicator'; indicator: IndicatorDefinition }
  | { kind: 'not-an-indicator'; entry: NotAnIndicator }
  | { kind: 'unknown' };

export interface IndicatorCatalogue {
  readonly indicators: readonly IndicatorDefinition[];
  /** By id; throws `IndicatorNotFoundError` with suggestions when unknown. */
  getById(id: string): IndicatorDefinition;
  /** By id, Dutch/English name or synonym; case-, diacritics- and punctuation-insensitive. */
  lookup(term: string): IndicatorLookup;
  /** The indicator whose name or synonym occurs in a free text, preferring the longest match. */
  findInText(text: string): IndicatorLookup;
}

const DEFAULT_FILE = new URL('./indicators.json', import.meta.url);

/** Loads and validates `indicators.json` (or another file with the same shape). */
export function loadIndicatorCatalogue(options: { file?: string | URL } = {}): IndicatorCatalogue {
  const raw: unknown = JSON.parse(readFileSync(options.file ?? DEFAULT_FILE, 'utf8'));
  return createIndicatorCatalogue({ file: catalogueFileSchema.parse(raw) });
}

export function createIndicatorCatalogue(options: { file: CatalogueFile }): IndicatorCatalogue {
  const { indicators, notIndicators } = catalogueFileSchema.parse(options.file);
  const terms = new Map<string, IndicatorLookup>();
  for (const entry of notIndicators) {
    for (const term of entry.terms) terms.set(normalizeTerm(term), { kind: 'not-an-indicator', entry });
  }
  for (const indicator of indicators) {
    const names = [indicator.id, indicator.names.nl, indicator.names.en, ...indicator.synonyms.nl, ...indicator.synonyms.en];
    for (const name of names) {
      const key = normalizeTerm(name);
      if (!terms.has(key)) terms.set(key, { kind: 'indicator', indicator });
    }
  }
  const byLength = [...terms.entries()].sort((a, b) => b[0].length - a[0].length);

  return {
    indicators,
    getById(id) {
      const indicator = indicators.find((candidate) => candidate.id === id);
      if (indicator) return indicator;
      const looked = terms.get(normalizeTerm(id));
      const suggestions = looked?.kind === 'indicator' ? [looked.indicator.id] : looked?.kind === 'not-an-indicator' ? looked.entry.suggestions : [];
      throw new IndicatorNotFoundError({
        reason: looked?.kind === 'not-an-indicator' ? 'not-a-cbs-indicator' : 'unknown-indicator',
        requested: id,
        suggestions,
        message:
          looked?.kind === 'not-an-indicator'
            ? looked.entry.explanation.nl
            : `Onbekende indicator '${id}'. Beschikbaar: ${indicators.map((candidate) => candidate.id).join(', ')}.`,
      });
    },
    lookup(term) {
      return terms.get(normalizeTerm(term)) ?? { kind: 'unknown' };
    },
    findInText(text) {
      const padded = ` ${normalizeTerm(text)} `;
      const hit = byLength.find(([key]) => padded.includes(` ${key} `));
      return hit ? hit[1] : { kind: 'unknown' };
    },
  };
}
