import { findGemeenten } from '../../lib/gemeenten/index.ts';
import type { PassageAnalysis } from './passage-analysis.ts';
import type { TermMatcher } from './term-matcher.ts';

/** The analysed terms of the passages' titles, headings and text. */
export function passageTerms(analyses: PassageAnalysis[]): Set<string> {
  const terms = new Set<string>();
  for (const analysis of analyses) for (const term of analysis.terms) terms.add(term);
  return terms;
}

/** One content word of a question, with the analysed terms through which the corpus may know it. */
export interface QuestionWord {
  word: string;
  /** Terms of the word (its stem, compound parts, synonyms) that occur in the corpus. */
  knownTerms: string[];
  /** Known terms of its English → Dutch translation ("debts" → schulden, "continuity" → continuïteit). */
  translations?: string[];
  /** Capitalised inside the question: a name ("Rotterdam", "Frisian", "Wmo"). */
  capitalised?: boolean;
}

const NUMBER = /^\d[\d.,]*$/;
/** A word of a name: letters, digits, hyphens and apostrophes inside ("'s-Hertogenbosch" aside), not a closing quote ("'Twents Model'"). */
const NAME_WORD = /\p{L}(?:[\p{L}\p{N}'’-]*[\p{L}\p{N}])?/gu;

/**
 * The content words of a question (stop words dropped). A word the corpus does not use itself may
 * still be known through a synonym, or as part of a two-word synonym with a neighbour
 * ("lump sum" → lumpsum).
 */
/** Question words ask, they say nothing of what the question is about: "Hoeveel erfbelasting …?" is about erfbelasting. */
const INTERROGATIVES = new Set(['hoeveel', 'hoeveelste', 'welke', 'welk', 'wanneer', 'waarom', 'waardoor', 'waarmee', 'waarvoor', 'waarop', 'hoe', 'wat', 'wie', 'waar', 'how', 'what', 'which', 'who', 'whom', 'whose', 'why', 'when', 'where']);

export function questionWords(options: { question: string; terms: TermMatcher }): QuestionWord[] {
  const { terms } = options;
  const words = [...options.question.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’×-]*/gu)].map((m) => m[0]);
  // Scope is judged on the words themselves: a translation makes "law" known as "wet", not the question in scope.
  const knownTermsOf = (text: string) => [...terms.untranslatedQueryTerms(text).keys()].filter((term) => terms.isKnownTerm(term));
  const result: QuestionWord[] = [];
  words.forEach((word, i) => {
    if (terms.knowsWord(word) === undefined || INTERROGATIVES.has(word.toLowerCase())) return;
    const direct = knownTermsOf(word);
    // A name only a document's publisher carries ("Wmo-raad Lelystad", asked as "Lelystad's") is known as well.
    const publisherName = direct.length === 0 && /^\p{Lu}/u.test(word) && terms.mentionsPhrase(word.replace(/['’]s$/u, ''));
    const own = publisherName ? [...terms.untranslatedQueryTerms(word).keys()] : direct;
    const phrase = [i > 0 ? `${words[i - 1]} ${word}` : undefined, i + 1 < words.length ? `${word} ${words[i + 1]}` : undefined]
      .filter((text): text is string => text !== undefined)
      .flatMap((text) => {
        const neighbour = text.replace(word, '').trim();
        const alone = new Set(knownTermsOf(neighbour));
        return knownTermsOf(text).filter((term) => !alone.has(term) && !own.includes(term));
      });
    const knownTerms = [...own, ...phrase];
    const translations = [...terms.queryTerms(word).keys()].filter((term) => !knownTerms.includes(term) && terms.isKnownTerm(term));
    result.push({ word, knownTerms, ...(translations.length > 0 ? { translations } : {}), ...(i > 0 && /^\p{Lu}/u.test(word) ? { capitalised: true } : {}) });
  });
  return result;
}

/** An English question of at least this many words whose passages hold the translation of this share of them is about what they say. */
const MIN_TRANSLATED_WORDS = 3;
const TRANSLATED_ANCHOR_SHARE = 0.8;

/**
 * The share of the question's content words that the corpus knows in no way. A word known only through
 * the English → Dutch lexicon counts as known when the top passages hold the translation and either a
 * name the corpus knows anchors the question ("How many Rotterdam residents have debts …?" is about
 * inwoners and schulden in Rotterdam) or the passages hold the translations of nearly all its words
 * ("Which suppliers can residents choose for mobility aids?": leveranciers, inwoners, kiezen,
 * hulpmiddelen); "How does inheritance law work?" stays unknown ("law" → wet proves nothing).
 */
export function unknownWordShare(words: QuestionWord[], present: { has(term: string): boolean }): number {
  const translatedInPassages = (w: QuestionWord) => (w.translations ?? []).some((term) => present.has(term));
  const wordsTranslated = words.filter((w) => w.knownTerms.length > 0 || translatedInPassages(w)).length;
  const anchored = words.some((w) => w.capitalised && w.knownTerms.length > 0) || (words.length >= MIN_TRANSLATED_WORDS && wordsTranslated / words.length >= TRANSLATED_ANCHOR_SHARE);
  const knownByTranslation = (w: QuestionWord) => anchored && translatedInPassages(w);
  return words.length === 0 ? 1 : words.filter((w) => w.knownTerms.length === 0 && !knownByTranslation(w)).length / words.length;
}

/**
 * How well the top passages cover the question: the share of its known content words that the
 * passages contain (directly or through a synonym), each weighted by its rarity (idf), so that
 * missing the specific words of a question weighs more than missing a common one. An English question
 * none of whose words the corpus knows as written is judged on their translations. Numbers and
 * years alone are no evidence that a passage is about the question.
 */
export function weightedCoverage(options: { words: QuestionWord[]; present: Set<string>; terms: TermMatcher }): number {
  const { words, present, terms } = options;
  let covered = 0;
  let total = 0;
  const onlyTranslated = words.every((w) => w.knownTerms.length === 0);
  for (const { word, knownTerms, translations } of words) {
    const judged = knownTerms.length > 0 ? knownTerms : onlyTranslated ? (translations ?? []) : [];
    if (judged.length === 0 || NUMBER.test(word)) continue;
    const weight = Math.max(...judged.map((term) => terms.idf(term)));
    total += weight;
    // "continuity", which a glossary lists, is covered by passages that say "continuïteit" as well.
    if ([...knownTerms, ...(translations ?? [])].some((term) => present.has(term))) covered += weight;
  }
  return total === 0 ? 0 : covered / total;
}

/**
 * Names in the question (capitalised words inside a sentence, acronyms) that the corpus never
 * mentions: a question about "Enschede" or the "CIZ" cannot be answered from these sources. Runs of
 * capitalised words ("The Hague", "Youth Care Reform Agenda") are left to the other checks, and so
 * are names that only attribute a claim ("volgens het NJi", "according to the VNG").
 */
export function unknownNames(options: { question: string; terms: TermMatcher }): string[] {
  const { terms } = options;
  const question = withoutApostropheS(options.question);
  const words = [...question.matchAll(NAME_WORD)];
  const unknown: string[] = [];
  words.forEach((match, i) => {
    const word = match[0];
    // "iPhone", "eBay": a capital after the first letter marks a name too.
    const isMixedCase = /^\p{Ll}+\p{Lu}/u.test(word);
    if (!/^\p{Lu}/u.test(word) && !isMixedCase) return;
    const isAcronym = /^\p{Lu}[\p{Lu}\p{Ll}]{0,2}\p{Lu}$/u.test(word.replace(/[-’']/g, ''));
    if (!isAcronym && !isMixedCase && opensSentence(question, match.index)) return;
    if (attributesClaim(question, match.index)) return;
    if (terms.knowsWord(word) !== false) return;
    // An English word capitalised in a title ("the Ministry of Health", "Court of Audit") is a word the lexicon translates, not a name.
    if (terms.isEnglishWord(word) && translatesToKnownTerms(word, terms)) return;
    // A name only a document's publisher carries ("Wmo-raad Lelystad") is known too.
    if (terms.mentionsPhrase(word)) return;
    // In a run of capitalised words ("Tesla Model", "Youth Care Reform Agenda") the run names one
    // thing: it is unknown when its other words do not name something the corpus knows either.
    const run = [words[i - 1]?.[0], words[i + 1]?.[0]].filter((n): n is string => n !== undefined && /^\p{Lu}/u.test(n));
    if (!isAcronym && run.some((neighbour) => terms.knowsWord(neighbour) === true && !GENERIC_NAME_WORDS.has(neighbour.toLowerCase()))) return;
    // "Expert Committee": a name the lexicon translates as a phrase (deskundigencommissie) is known by that.
    if (capitalisedRunAround(words, i).some((phrase) => translatesAsPhrase(phrase, terms))) return;
    unknown.push(word);
  });
  return unknown;
}

/**
 * Names the corpus knows only by their parts: a capitalised compound inside the question that the
 * corpus never uses as a word, only its parts ("het Sportakkoord": sport, akkoord), and a run of
 * capitalised words the corpus never has together ("Kansrijke Start"). A programme or product
 * named in words the corpus happens to use is still unknown.
 */
export function namesKnownOnlyByParts(options: { question: string; terms: TermMatcher }): string[] {
  const { terms } = options;
  const question = withoutApostropheS(options.question);
  const words = [...question.matchAll(NAME_WORD)];
  const isNameWord = (index: number): boolean => {
    const match = words[index];
    if (!match || !/^\p{Lu}/u.test(match[0])) return false;
    return !opensSentence(question, match.index) && !attributesClaim(question, match.index);
  };
  const unknown: string[] = [];
  words.forEach((match, i) => {
    if (!isNameWord(i)) return;
    const [own, ...parts] = terms.sentenceTerms(match[0]);
    if (own === undefined || parts.length === 0 || terms.isKnownTerm(own)) return;
    const synonyms = [...terms.untranslatedQueryTerms(match[0]).keys()].filter((term) => term !== own && !parts.includes(term));
    if (!parts.every((part) => terms.isKnownTerm(part)) || synonyms.some((term) => terms.isKnownTerm(term))) return;
    if (!capitalisedRunAround(words, i).some((phrase) => translatesAsPhrase(phrase, terms))) unknown.push(match[0]);
  });
  // The next word continues a run of capitals when only a space separates them ("Kansrijke Start", not "P×Q").
  const continuesRun = (index: number): boolean => isNameWord(index) && /^\s+$/.test(question.slice(words[index - 1]!.index + words[index - 1]![0].length, words[index]!.index));
  for (let i = 0; i < words.length; i++) {
    if (!isNameWord(i) || !continuesRun(i + 1)) continue;
    let end = i + 1;
    while (continuesRun(end + 1)) end++;
    const run = words.slice(i, end + 1).map((m) => m[0]);
    i = end;
    if (findGemeenten({ text: run.join(' ') }).length > 0) continue;
    // Names written as names (acronyms, inner capitals) side by side are two names the corpus knows ("CBS OData"), not one.
    if (run.every(writtenAsName)) continue;
    // Only words the corpus uses themselves: an English name ("Youth Care") is known through translations, not as a phrase.
    if (run.some((word) => word.length < 2 || !terms.sentenceTerms(word).slice(0, 1).every((term) => terms.isKnownTerm(term)))) continue;
    // "Municipal Health Service" is a name the lexicon translates as a phrase (GGD).
    if (!terms.mentionsPhrase(run.join(' ')) && !translatesAsPhrase(run.join(' '), terms)) unknown.push(run.join(' '));
  }
  return unknown;
}

/** "CBS", "OData", "iJw": an acronym or a word with a capital inside is a name by its spelling. */
function writtenAsName(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word) || /^\p{L}+\p{Lu}/u.test(word);
}

/** The phrases of the capitalised words around word i, with it: the word and the next, the one before and the word, and the three. */
function capitalisedRunAround(words: readonly RegExpMatchArray[], i: number): string[] {
  const capitalised = (index: number) => (index >= 0 && index < words.length && /^\p{Lu}/u.test(words[index]![0]) ? words[index]![0] : undefined);
  const [before, word, after] = [capitalised(i - 1), words[i]![0], capitalised(i + 1)];
  return [before && `${before} ${word}`, after && `${word} ${after}`, before && after && `${before} ${word} ${after}`].filter((phrase): phrase is string => Boolean(phrase));
}

/** Whether the lexicon translates these words as a phrase ("Municipal Health Service" → GGD) into terms the corpus uses, not only a word of them ("Kansrijke Start"). */
function translatesAsPhrase(phrase: string, terms: TermMatcher): boolean {
  const own = terms.untranslatedQueryTerms(phrase);
  const ofWords = new Set(phrase.split(/\s+/).flatMap((word) => [...terms.queryTerms(word).keys()]));
  return [...terms.queryTerms(phrase).keys()].some((term) => !own.has(term) && !ofWords.has(term) && terms.isKnownTerm(term));
}

/** Whether the lexicon's translations of a word are terms the corpus uses. */
function translatesToKnownTerms(word: string, terms: TermMatcher): boolean {
  const own = terms.untranslatedQueryTerms(word);
  return [...terms.queryTerms(word).keys()].some((term) => !own.has(term) && terms.isKnownTerm(term));
}

/**
 * The question with a possessive or plural 's after a word blanked out ("Noord-Holland Noord's
 * population", "Mario's", "PGB's"): the name is the word before it. Blanks keep the offsets.
 */
function withoutApostropheS(question: string): string {
  return question.replace(/(?<=[\p{L}\p{N}])['’]s\b/gu, '  ');
}

/** The word at this offset opens the question or a sentence in it: its capital says nothing. */
export function opensSentence(question: string, offset: number): boolean {
  const before = question.slice(0, offset).trimEnd();
  return before === '' || /[.?!:;"“(]$/.test(before);
}

/** The word at this offset names who says something ("volgens het NJi", "according to the VNG"), not what is asked. */
function attributesClaim(question: string, offset: number): boolean {
  return /\b(volgens|according to)( (het|de|the))?$/i.test(question.slice(0, offset).trimEnd());
}

/** Words that make a run of capitals look like a name without saying which one. */
const GENERIC_NAME_WORDS = new Set(['model', 'start', 'plus', 'pro', 'new', 'nieuwe', 'the', 'de', 'het']);

/** Years the question names ("in 2012") that the corpus never mentions: the sources are about other years. */
export function unknownYears(options: { question: string; terms: TermMatcher }): string[] {
  const years = options.question.match(/\b(19[5-9]\d|20\d{2})\b/g) ?? [];
  return years.filter((year) => options.terms.knowsWord(year) === false);
}

/** "Groningen municipalities", "Utrecht gemeenten": a name shared with a province, used for the gemeenten in it. */
const BEFORE_GEMEENTEN = /^\s+(municipalit(y|ies)|gemeenten)\b/i;

function namesProvinceOfGemeenten(question: string, mention: { raw: string; index: number; province: unknown }): boolean {
  return mention.province !== null && BEFORE_GEMEENTEN.test(question.slice(mention.index + mention.raw.length));
}

/**
 * Gemeenten the question is about that the passages do not mention: passages about other places
 * do not answer "Wat kost huishoudelijke hulp in Tilburg?".
 */
export function gemeentenMissingFromPassages(options: { question: string; present: { has(term: string): boolean }; terms: TermMatcher }): string[] {
  const { question, present, terms } = options;
  return findGemeenten({ text: question })
    .filter((mention) => mention.refersTo === 'gemeente' && !namesProvinceOfGemeenten(question, mention))
    .filter((mention) => {
      const names = [mention.raw, ...mention.gemeenten.flatMap((g) => [g.name, ...g.aliases])];
      return !names.some((name) => {
        const nameTerms = terms.sentenceTerms(name);
        return nameTerms.length > 0 && nameTerms.every((term) => present.has(term));
      });
    })
    .map((mention) => mention.raw);
}
