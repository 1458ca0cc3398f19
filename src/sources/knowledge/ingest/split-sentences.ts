/**
 * Abbreviations after which a period does not end a sentence, even before a capital or a digit
 * ("bijv. Utrecht", "art. 2.3", "ca. 300"). Lower case, without the final period. Dotted
 * abbreviations like "o.a.", "d.w.z." and "e.d." are recognised by their shape.
 */
const ABBREVIATIONS = new Set([
  'afd', 'art', 'artt', 'bijl', 'bijv', 'blz', 'bv', 'ca', 'cf', 'dhr', 'dr', 'drs', 'evt', 'excl', 'fig',
  'gem', 'hfst', 'hst', 'ing', 'incl', 'ir', 'jl', 'jo', 'jr', 'max', 'min', 'mr', 'mevr', 'mw', 'nl',
  'nr', 'nrs', 'p', 'pag', 'par', 'prof', 'red', 'resp', 'sr', 'st', 'stb', 'stcrt', 'tab', 'tel', 'vgl',
  'vs', 'zgn', 'zg',
]);

/** Sentence-final punctuation with closing quotes/brackets, then the whitespace before the next sentence. */
const BOUNDARY = /[.!?…]+["'”’»)\]]*\s+/g;
/** What a new sentence may start with: a capital or digit, after an opening quote (Dutch papers write ",,Ouderen …" and „Ouderen …") or bracket. */
const SENTENCE_START = /^(?:,,|„|["'“‘«(\[¿¡])?[\p{Lu}\p{N}]/u;
const DOTTED_ABBREVIATION = /^(?:\p{L}{1,2}\.){2,}$/u;
const SINGLE_LETTER = /^\p{L}\.$/u;
const ENUMERATION_NUMBER = /^\d{1,2}\.$/;
const LIST_MARKER = /^(?:[-*•–·▪◦]|\d{1,3}[.)])\s+/;

export interface SplitSentencesOptions {
  /** Keep list markers ("- ", "1. ") at the start of list lines. Default false. */
  keepListMarkers?: boolean;
}

/**
 * Splits text into whole sentences for citation. Every line is at least its own sentence (list
 * items, table rows); within a line a sentence ends at . ! ? … followed by a space and a capital
 * or digit. Dutch abbreviations ("bijv.", "o.a.", "d.w.z.", "art.", "nr.", "ca.", "e.d."),
 * initials and numbers ("12,5", "367.947", "€ 1.200") do not end a sentence.
 */
export function splitSentences(text: string, options: SplitSentencesOptions = {}): string[] {
  const sentences: string[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    const content = options.keepListMarkers ? line : line.replace(LIST_MARKER, '');
    for (const sentence of splitLine(content)) sentences.push(sentence);
  }
  return sentences;
}

function splitLine(line: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of line.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (end >= line.length || !SENTENCE_START.test(line.slice(end, end + 3))) continue;
    if (match[0].startsWith('.') && match[0].trimEnd().length === 1 && endsWithAbbreviation(line, match.index, start)) continue;
    const sentence = line.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const rest = line.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/**
 * Whether the word ending at the period at `periodIndex` is an abbreviation, an initial, or an item
 * number (a number opening the sentence that starts at `sentenceStart`, or following a colon).
 */
function endsWithAbbreviation(line: string, periodIndex: number, sentenceStart: number): boolean {
  const wordStart = line.lastIndexOf(' ', periodIndex) + 1;
  const word = line.slice(wordStart, periodIndex + 1).replace(/^["'“‘«(\[]+/, '');
  if (DOTTED_ABBREVIATION.test(word) || SINGLE_LETTER.test(word)) return true;
  // "1. Aanvraag" numbers an item; "hoofdstuk 3. De" ends a sentence.
  if (ENUMERATION_NUMBER.test(word)) return wordStart === sentenceStart || /[:;]\s$/.test(line.slice(0, wordStart));
  return ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());
}
