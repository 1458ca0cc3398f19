import type { Chunk } from '../../sources/knowledge/index.ts';
import { splitSentences } from '../../sources/knowledge/index.ts';
import { withoutDateline } from './dateline.ts';
import { sentenceHasAnswerType, type AnswerType, ANSWER_TYPES } from './answer-type.ts';
import { enumeratesItems, inlineListCount, listAnnouncementOf, listItemsAfter, withoutListMarker } from './list-announcement.ts';
import { continuesPrevious, definedSubject, isMetaSentence, opensOnContext, refersBack } from './sentence-filters.ts';
import { isStructuralLine } from './structural-lines.ts';
import type { TermMatcher } from './term-matcher.ts';

/** A sentence of a passage that may be quoted, with what scoring needs to know about it. */
export interface CandidateSentence {
  /** The sentence as it would be quoted: a list announcement ("… op 3 gebieden:") with its items. */
  text: string;
  /** Its analysed terms (items included). */
  terms: ReadonlySet<string>;
  /** The analysed terms of the sentence itself, without list items: what its length is judged on. */
  ownTermCount: number;
  looksLikeDefinition: boolean;
  /** For a defining sentence: the analysed terms of what it defines, one per word ("Een lumpsum" in "Een lumpsum is …"). */
  definedTerms?: readonly string[];
  /** The kinds of answer it holds (a year or month, a number, a reason, a means). */
  answerTypes: ReadonlySet<AnswerType>;
  /** For a glossary entry ("Lumpsum: Een lumpsum is …"): the analysed terms of its headword, one per word. */
  headwordTerms?: readonly string[];
  /** Its position among the passage's sentences, for reading order. */
  position: number;
  /** The paragraph (block of lines between blank lines) it stands in. */
  paragraph: number;
  /** The positions of the passage's sentences it quotes (itself and its list items). */
  covers: readonly number[];
  /** It leans on the sentence before it ("Van hen …"): no lead, and support only next to that sentence. */
  refersBack: boolean;
  /** It opens on the sentence before ("Daar …", "Dit doet …"): no lead, but support anywhere. */
  opensOnContext: boolean;
  /** It continues the sentence before ("Ook daar …", "Deze maatregelen …"): it leads only with that sentence before it. */
  continuesPrevious?: boolean;
  /** For a list, quoted with its items or listing them itself: how many items. */
  listCount?: number;
  /** It names three or more things in a row ("uitval, tevredenheid en doelrealisatie"). */
  enumerates: boolean;
}

/** What the composer needs to know of one passage, independent of the question. */
export interface PassageAnalysis {
  /** The terms of its title, heading path and text: what the passage can be evidence of. */
  terms: ReadonlySet<string>;
  /** The terms of its heading path: the context of every sentence in it. */
  headingTerms: ReadonlySet<string>;
  /** Its sentences that could answer something (structure, fragments, questions and meta sentences left out). */
  candidates: readonly CandidateSentence[];
}

/**
 * Analyses passages once per chunk: the same passages come back for many questions, and their
 * sentence splits, filters and term analyses do not depend on the question. Kept as long as the
 * index keeps the chunk.
 */
export function createPassageAnalyser(terms: TermMatcher): (chunk: Chunk) => PassageAnalysis {
  const analysed = new WeakMap<Chunk, PassageAnalysis>();
  return (chunk) => {
    let analysis = analysed.get(chunk);
    if (!analysis) {
      analysis = analyse(chunk, terms);
      analysed.set(chunk, analysis);
    }
    return analysis;
  };
}

function analyse(chunk: Chunk, terms: TermMatcher): PassageAnalysis {
  const { lines, paragraphOf } = sentencesByParagraph(chunk.text);
  const context = { title: chunk.metadata.title, headingPath: chunk.headingPath };
  const candidates: CandidateSentence[] = [];
  lines.forEach((line, position) => {
    // A paragraph may open an article with its dateline ("BALK - Zestien …"): quoted without it.
    const opensParagraph = position === 0 || paragraphOf[position - 1] !== paragraphOf[position];
    const sentence = opensParagraph ? withoutDateline(withoutListMarker(line)) : withoutListMarker(line);
    if (!isQuotable(sentence) || isStructuralLine(sentence, context)) return;
    // "… verschillende routes …" followed by "De eerste route is …": the ordinals make it a list.
    const announcement = listAnnouncementOf(sentence) ?? (FIRST_ITEM.test(withoutListMarker(lines[position + 1] ?? '')) ? {} : undefined);
    const items = announcement ? listItemsAfter(lines, position, announcement, paragraphOf) : [];
    // A colon or "de volgende <items>." that promises a list this passage does not hold answers nothing.
    if ((announcement?.colon || announcement?.prose) && items.length === 0) return;
    const listCount = items.length > 0 ? items.length : inlineListCount(sentence);
    const fullText = items.length > 0 ? joinItems(sentence, items.map((i) => withoutListMarker(lines[i]!)), items.every((i) => paragraphOf[i] === paragraphOf[position] && withoutListMarker(lines[i]!) === lines[i]!.trim())) : sentence;
    const entry = glossaryEntry(fullText);
    const headword = entry?.headword;
    // A glossary entry is quoted as its definition: "Een lumpsum is …", not "Lumpsum: Een lumpsum is …".
    const text = entry?.definition ?? fullText;
    const defined = headword ?? definedSubject(text);
    candidates.push({
      text,
      terms: new Set(terms.sentenceTerms(text)),
      ownTermCount: items.length > 0 ? new Set(terms.sentenceTerms(sentence)).size : new Set(terms.sentenceTerms(text)).size,
      looksLikeDefinition: defined !== undefined,
      ...(defined === undefined ? {} : { definedTerms: wordTerms(defined, terms) }),
      refersBack: refersBack(sentence),
      opensOnContext: opensOnContext(sentence),
      continuesPrevious: continuesPrevious(sentence),
      answerTypes: new Set(ANSWER_TYPES.filter((type) => sentenceHasAnswerType(text, type))),
      ...(headword === undefined ? {} : { headwordTerms: wordTerms(headword, terms) }),
      position,
      paragraph: paragraphOf[position]!,
      covers: [position, ...items],
      ...(listCount === undefined ? {} : { listCount }),
      enumerates: enumeratesItems(text),
    });
  });
  return {
    terms: new Set(terms.sentenceTerms(`${chunk.metadata.title} ${chunk.metadata.publisher ?? ''} ${chunk.headingPath.join(' ')} ${chunk.text}`)),
    headingTerms: new Set(terms.sentenceTerms(chunk.headingPath.join(' '))),
    candidates,
  };
}

/** A sentence that opens a list of ordinals ("De eerste route is …", "Ten eerste …", "First, …"). */
const FIRST_ITEM = /^(?:(?:de|het|een) eerste|ten eerste|first(?:ly)?,?|the first)\b/i;

/** The passage's sentences (list markers kept) and, for each, its paragraph: the block of lines between blank lines. */
function sentencesByParagraph(text: string): { lines: string[]; paragraphOf: number[] } {
  const lines: string[] = [];
  const paragraphOf: number[] = [];
  text.split(/\r?\n\s*\r?\n/).forEach((block, paragraph) => {
    for (const sentence of splitSentences(block, { keepListMarkers: true })) {
      lines.push(sentence);
      paragraphOf.push(paragraph);
    }
  });
  return { lines, paragraphOf };
}

/** One analysed term per word, without compound parts: "Taakgerichte bekostiging" → taakgericht, bekost. */
function wordTerms(text: string, terms: TermMatcher): string[] {
  return text.split(/\s+/).flatMap((word) => terms.sentenceTerms(word).slice(0, 1));
}

/** A short sentence that still says something whole: an item of a code list ("Categorie 46 is crisis."). */
const SHORT_DEFINITION = /^\p{Lu}\p{L}*\s+[\p{L}\d-]+\s+(?:is|zijn)\s+\p{L}[^.!?]*[.!]$/u;

/**
 * A statement that ends in the questions it raises ("Samenwerking binnen een consortium vraagt om
 * governance: wie beslist, hoe wordt het budget verdeeld …?"): it says something; a bare question does not.
 */
const STATEMENT_BEFORE_QUESTIONS = /^(?!\s*(?:wie|wat|hoe|waarom|welke?|wanneer|waar|who|what|how|why|which|when|where)\b)[^:?]{20,}:\s+\S/iu;

function isQuotable(sentence: string): boolean {
  // A sentence that starts in lower case is the tail of one the splitter or the page cut off.
  return (sentence.length >= 25 || SHORT_DEFINITION.test(sentence)) && /[a-z]{3}/i.test(sentence) && !/^\p{Ll}/u.test(sentence) && !isMetaSentence(sentence) && (!sentence.trimEnd().endsWith('?') || STATEMENT_BEFORE_QUESTIONS.test(sentence));
}

/** An announcement with its items: list lines joined with semicolons, whole sentences (and unmarked items in its own paragraph) with spaces. */
function joinItems(announcement: string, items: string[], prose: boolean): string {
  const itemsAreSentences = prose || items.every((item) => /[.!]$/.test(item.trim()) && item.length > 60);
  return itemsAreSentences ? `${announcement} ${items.join(' ')}` : `${announcement} ${items.map((item) => item.replace(/[.;,]$/, '')).join('; ')}.`;
}

/**
 * A glossary entry ("Outputgerichte bekostiging: …") split in its headword and definition, recognised
 * by the headword coming back in its definition ("Lumpsum: Een lumpsum is …").
 */
function glossaryEntry(sentence: string): { headword: string; definition: string } | undefined {
  const match = /^([^:.;]{2,60}):\s+(.*)$/s.exec(sentence);
  const headword = match?.[1];
  const definition = match?.[2];
  if (!headword || !definition || headword.split(/\s+/).length > 6 || !definition.toLowerCase().includes(headword.toLowerCase().split(/\s+/).at(-1)!)) return undefined;
  return { headword, definition };
}
