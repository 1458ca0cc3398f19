import { splitSentences } from '../split-sentences.ts';

/** The smallest piece the chunker moves as a whole: a sentence, a list line, or a slice of an overlong sentence. */
export interface TextUnit {
  text: string;
  /** What joins this unit to the one before it: a paragraph break, a line break or a space. */
  separator: '\n\n' | '\n' | ' ';
}

/**
 * Paragraphs (blank-line separated) of a section, each as its units. Lines stay lines; sentences
 * longer than `maxChars` are cut at word boundaries (or hard, for one enormous word).
 */
export function sectionParagraphs(text: string, maxChars: number): TextUnit[][] {
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraphUnits(paragraph, maxChars))
    .filter((units) => units.length > 0);
}

function paragraphUnits(paragraph: string, maxChars: number): TextUnit[] {
  const units: TextUnit[] = [];
  for (const line of paragraph.split('\n')) {
    splitSentences(line, { keepListMarkers: true }).forEach((sentence, index) => {
      cutToLength(sentence, maxChars).forEach((piece, pieceIndex) => {
        const startsLine = index === 0 && pieceIndex === 0;
        units.push({ text: piece, separator: units.length === 0 ? '\n\n' : startsLine ? '\n' : ' ' });
      });
    });
  }
  return units;
}

function cutToLength(sentence: string, maxChars: number): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > maxChars) {
    const space = rest.lastIndexOf(' ', maxChars);
    const cut = space > maxChars / 2 ? space : maxChars;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** The text of units joined by their separators (the first unit's separator is dropped). */
export function joinUnits(units: readonly TextUnit[]): string {
  return units.map((unit, index) => (index === 0 ? unit.text : unit.separator + unit.text)).join('');
}
