import { GROUP_SEARCH_WORDS, sectionNamesBothSides, sectionNamesGroup, sideOfMixedSection, withoutGroupWords, type ConsiderationGroup } from './consideration-groups.ts';
import type { Language } from '../../assistant/index.ts';
import { repeatsPicked } from './answer-selection.ts';
import { askedPlacesOf } from './asked-places.ts';
import { questionWords } from './evidence.ts';
import { phraseTranslations } from './word-terms.ts';
import type { ScoredSentence } from './scored-sentence.ts';
import type { TermMatcher } from './term-matcher.ts';

/**
 * Of what the group is asked ("inspanningsgerichte bekostiging" in "Wat zijn de nadelen van …?"), at
 * least this idf-weighted share must stand in a document's title or a section's headings: the
 * "Risico's" section of another subject's document does not answer.
 */
const MIN_SUBJECT_FIT = 0.4;


/**
 * "Wat zijn de nadelen van inspanningsgerichte bekostiging?" is answered by the section that lists
 * them ("Risico's" in the document on that variant), not by sentences that repeat the question's words
 * ("… welke kansen biedt het, welke risico's heeft het …"). Picks the document, among those whose
 * sections found by the search name the asked group, whose title and headings best name the subject
 * (asked about no place, a general document comes before a case study that fits better; otherwise a
 * general document breaks a tie, then the search's order). Takes the best sentence of each of its
 * group's sections before the second best of any ("Risico 1: wachtlijsten", "Risico 2: …" each give
 * one) and quotes them section by section, the sections whose heading uses the question's word first,
 * each in reading order. Returns nothing when no such section is about the subject.
 */
export function pickFromGroupSections(options: { pool: readonly ScoredSentence[]; group: ConsiderationGroup; question: string; language: Language; terms: TermMatcher; limit: number }): ScoredSentence[] {
  const { pool, group, terms, limit } = options;
  const inGroup = pool.filter((s) => sectionNamesGroup(s.passage.chunk.headingPath, s.passage.chunk.metadata.title, group));
  if (inGroup.length === 0) return [];
  const subject = subjectWords(withoutGroupWords(options.question, group), options.language, terms);
  // Asked about no place, a general document answers before one gemeente's case.
  const best = bestDocument(inGroup, subject, terms, askedPlacesOf(options.question).length === 0);
  if (!best) return [];
  // The group's own heading words count as asked: "Wat gaat er mis bij …?" puts the "Risico 1: …" sections first, as "risico's" would.
  const asked = new Set([...terms.queryTerms(options.question).keys(), ...terms.queryTerms(GROUP_SEARCH_WORDS[group]).keys()]);
  const sections = sectionsOf(inGroup.filter((s) => s.passage.chunk.docId === best), group, asked, terms);
  // "Randvoorwaarden" before "Bereid alle betrokkenen voor" when the question asks for randvoorwaarden.
  const namesAsked = (section: ScoredSentence[]): boolean => headingTermsOf(section[0]!, terms).some((term) => asked.has(term));
  const ordered = [...sections.filter(namesAsked), ...sections.filter((section) => !namesAsked(section))];
  const picked = roundRobin(ordered, limit);
  return ordered.flatMap((section) => inReadingOrder(section.filter((sentence) => picked.includes(sentence))));
}

/** A word of the subject the corpus knows: its own term, or the translations of an English word, and its rarity. */
interface SubjectWord {
  terms: readonly string[];
  weight: number;
}

function subjectWords(subject: string, language: Language, terms: TermMatcher): SubjectWord[] {
  const words = questionWords({ question: subject, terms });
  return words.flatMap((word, i) => {
    // A word by its own whole term ("resultaatgericht", not its part "gericht"); a Dutch word's synonyms would
    // name any document ("bekostiging" for "taakgericht"). An English word by its translations too, alone or
    // with the word next to it ("lump sum" is "lumpsum").
    const own = terms.sentenceTerms(word.word).slice(0, 1).filter((term) => terms.isKnownTerm(term));
    // An English word's Dutch synonyms ("task-based" → taakgericht) are what the documents call it.
    const translated = language === 'en' ? [...word.knownTerms, ...(word.translations ?? []), ...phraseTranslations(words[i - 1]?.word, word.word, terms), ...phraseTranslations(word.word, words[i + 1]?.word, terms)] : [];
    const wordTerms = [...own, ...translated];
    return wordTerms.length > 0 ? [{ terms: wordTerms, weight: Math.max(...wordTerms.map((term) => terms.idf(term))) }] : [];
  });
}

function bestDocument(inGroup: readonly ScoredSentence[], subject: readonly SubjectWord[], terms: TermMatcher, generalFirst: boolean): string | undefined {
  const total = subject.reduce((sum, word) => sum + word.weight, 0);
  if (total === 0) return undefined;
  let best: { docId: string; fit: number; general: boolean } | undefined;
  for (const sentence of inGroup) {
    const { chunk } = sentence.passage;
    const named = new Set(terms.sentenceTerms([chunk.metadata.title, ...chunk.headingPath].join(' ')));
    const fit = subject.reduce((sum, word) => sum + (word.terms.some((term) => named.has(term)) ? word.weight : 0), 0) / total;
    const general = chunk.metadata.type !== 'casus';
    if (fit < MIN_SUBJECT_FIT) continue;
    const better = !best || (generalFirst && general !== best.general ? general : fit > best.fit || (fit === best.fit && general && !best.general));
    if (better) best = { docId: chunk.docId, fit, general };
  }
  return best?.docId;
}

/** The sentences of each section (of a "Voor- en nadelen" section the asked side), the ones naming what its heading names first, then the best answering; sections in the order of the document. */
function sectionsOf(sentences: readonly ScoredSentence[], group: ConsiderationGroup, asked: ReadonlySet<string>, terms: TermMatcher): ScoredSentence[][] {
  const sections = new Map<string, ScoredSentence[]>();
  for (const sentence of inReadingOrder(sentences)) {
    const key = sentence.passage.chunk.headingPath.join('\u0000');
    sections.set(key, [...(sections.get(key) ?? []), sentence]);
  }
  return [...sections.values()].map((whole) => {
    const { headingPath, metadata } = whole[0]!.passage.chunk;
    const section = sectionNamesBothSides(headingPath, metadata.title) ? sideOfMixedSection(whole, (s) => s.candidate.text, group) : whole;
    // "Risico 1: wachtlijsten": the sentence that names the section's own risk states it; what the question
    // asks for too ("risico", "open house" in "Voor- en nadelen van open house") is left to the ranking.
    const heading = new Set(headingTermsOf(section[0]!, terms).filter((term) => !asked.has(term)));
    const named = (s: ScoredSentence): number => [...s.candidate.terms].filter((term) => heading.has(term)).length;
    return [...section].sort((a, b) => named(b) - named(a) || b.score - a.score);
  });
}

function headingTermsOf(sentence: ScoredSentence, terms: TermMatcher): string[] {
  return terms.sentenceTerms(sentence.passage.chunk.headingPath.at(-1) ?? '');
}

/**
 * A later item of a section's list: "Een tweede risico is …", "De derde valkuil …". Only here: the
 * sentence still says what upcoding is ("wat is upcoding?"), so it is no sentence that refers back.
 */
const LATER_ITEM = /^(een|de|het) (tweede|derde|vierde|vijfde|zesde|zevende) /i;

function roundRobin(sections: readonly ScoredSentence[][], limit: number): ScoredSentence[] {
  const picked: ScoredSentence[] = [];
  for (let index = 0; picked.length < limit && sections.some((section) => index < section.length); index++) {
    for (const section of sections) {
      const sentence = section[index];
      if (!sentence || picked.length >= limit || picked.includes(sentence) || repeatsPicked(picked, sentence)) continue;
      // "Een tweede risico is upcoding" comes with the risk before it, or not at all.
      const laterItem = sentence.candidate.refersBack || LATER_ITEM.test(sentence.candidate.text);
      const before = laterItem ? section.find((s) => s.passage === sentence.passage && s.candidate.position === sentence.candidate.position - 1) : undefined;
      if (laterItem && !before) continue;
      if (before && !picked.includes(before)) {
        if (picked.length + 2 > limit) continue;
        picked.push(before);
      }
      picked.push(sentence);
    }
  }
  return picked;
}

function inReadingOrder(sentences: readonly ScoredSentence[]): ScoredSentence[] {
  const unique = [...new Map(sentences.map((s) => [`${s.passage.chunk.id}#${s.candidate.position}`, s])).values()];
  return unique.sort((a, b) => a.passage.chunk.ordinal - b.passage.chunk.ordinal || a.candidate.position - b.candidate.position);
}

/**
 * Both sides of a "voor- en nadelen" question, each from the sections of its own group about the
 * subject; undefined unless the sources have a section for each side.
 */
export function pickBothSides(options: { pool: readonly ScoredSentence[]; question: string; language: Language; terms: TermMatcher; limit: number }): { for: ScoredSentence[]; against: ScoredSentence[] } | undefined {
  const perSide = Math.max(2, Math.ceil(options.limit / 2));
  const advantages = pickFromGroupSections({ ...options, group: 'for', limit: perSide });
  const disadvantages = pickFromGroupSections({ ...options, group: 'against', limit: perSide }).filter((sentence) => !advantages.includes(sentence));
  return advantages.length > 0 && disadvantages.length > 0 ? { for: advantages, against: disadvantages } : undefined;
}
