import { findGemeenten } from '../data/gemeenten/gazetteer.ts';
import type { RetrievedPassage } from '../knowledge/retrieval/hybrid-retriever.ts';
import type { TermMatcher } from './term-matcher.ts';

/** The analysed terms of the passages' titles, headings and text. */
export function passageTerms(passages: RetrievedPassage[], terms: TermMatcher): Set<string> {
  return new Set(passages.flatMap((p) => terms.sentenceTerms(`${p.chunk.metadata.title} ${p.chunk.headingPath.join(' ')} ${p.chunk.text}`)));
}

/**
 * How well the top passages cover the question: the share of the question's words that the corpus
 * knows and the passages contain, each weighted by its rarity (idf), so that missing the specific
 * words of a question weighs more than missing a common one.
 */
export function weightedCoverage(options: { ownTerms: string[]; present: Set<string>; terms: TermMatcher }): number {
  const { ownTerms, present, terms } = options;
  let covered = 0;
  let total = 0;
  let words = 0;
  for (const term of ownTerms) {
    // Numbers and years alone are no evidence that a passage is about the question.
    if (!terms.isKnownTerm(term) || /^\d[\d.,]*$/.test(term)) continue;
    const weight = terms.idf(term);
    words++;
    total += weight;
    if (present.has(term)) covered += weight;
  }
  return words === 0 ? 0 : covered / total;
}

/**
 * The share of the question's content words that the corpus never uses, directly, through a
 * synonym, or as part of a two-word synonym ("lump sum" → lumpsum) with a neighbouring word.
 */
export function unknownWordShare(options: { question: string; terms: TermMatcher }): number {
  const { terms } = options;
  const words = [...options.question.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’×-]*/gu)].map((m) => m[0]);
  const knownTermsOf = (text: string) => new Set([...terms.queryTerms(text).keys()].filter((term) => terms.isKnownTerm(term)));
  let known = 0;
  let unknown = 0;
  words.forEach((word, i) => {
    const verdict = terms.knowsWord(word);
    if (verdict === undefined) return;
    const inPhrase = [words[i - 1], words[i + 1]].some((neighbour) => {
      if (!neighbour) return false;
      const pair = [...knownTermsOf(i > 0 && neighbour === words[i - 1] ? `${neighbour} ${word}` : `${word} ${neighbour}`)];
      const alone = knownTermsOf(neighbour);
      return pair.some((term) => !alone.has(term));
    });
    if (verdict || inPhrase) known++;
    else unknown++;
  });
  return known + unknown === 0 ? 1 : unknown / (known + unknown);
}

/**
 * Names in the question (capitalised words inside a sentence, acronyms) that the corpus never
 * mentions: a question about "Enschede" or the "CIZ" cannot be answered from these sources. Runs of
 * capitalised words ("The Hague", "Youth Care Reform Agenda") are left to the other checks, and so
 * are names that only attribute a claim ("volgens het NJi", "according to the VNG").
 */
export function unknownNames(options: { question: string; terms: TermMatcher }): string[] {
  const { question, terms } = options;
  const words = [...question.matchAll(/[\p{L}][\p{L}\p{N}'’-]*/gu)];
  const unknown: string[] = [];
  words.forEach((match, i) => {
    const word = match[0];
    if (!/^\p{Lu}/u.test(word)) return;
    const isAcronym = /^\p{Lu}[\p{Lu}\p{Ll}]{0,2}\p{Lu}$/u.test(word.replace(/[-’']/g, ''));
    const before = question.slice(0, match.index).trimEnd();
    if (!isAcronym && (before === '' || /[.?!:;"“(]$/.test(before))) return;
    const inRun = [words[i - 1]?.[0], words[i + 1]?.[0]].some((n) => n !== undefined && /^\p{Lu}/u.test(n));
    if (inRun && !isAcronym) return;
    if (/\b(volgens|according to)( (het|de|the))?$/i.test(before)) return;
    if (terms.knowsWord(word) === false) unknown.push(word);
  });
  return unknown;
}

/**
 * Gemeenten the question is about that the passages do not mention: passages about other places
 * do not answer "Wat kost huishoudelijke hulp in Tilburg?".
 */
export function gemeentenMissingFromPassages(options: { question: string; present: Set<string>; terms: TermMatcher }): string[] {
  const { question, present, terms } = options;
  return findGemeenten({ text: question })
    .filter((mention) => mention.refersTo === 'gemeente')
    .filter((mention) => {
      const names = [mention.raw, ...mention.gemeenten.flatMap((g) => [g.name, ...g.aliases])];
      return !names.some((name) => {
        const nameTerms = terms.sentenceTerms(name);
        return nameTerms.length > 0 && nameTerms.every((term) => present.has(term));
      });
    })
    .map((mention) => mention.raw);
}
