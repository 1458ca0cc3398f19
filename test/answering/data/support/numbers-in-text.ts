import type { Language } from '../../../../src/assistant/answer.ts';

/**
 * Numbers as a reader sees them in an answer: citation markers [n] left out, numbers inside codes
 * (85099NED, GM0344) ignored, separators read the way the answer's language writes them
 * (Dutch 1.133.333,33; English 1,133,333.33).
 */
export function numbersInAnswer(text: string, language: Language): number[] {
  const withoutMarkers = text.replace(/\[\d+\]/g, ' ');
  return [...withoutMarkers.matchAll(/(?<![\p{L}\p{N}_])\d+(?:[.,]\d+)*(?![\p{L}\p{N}_])/gu)].map((match) => readNumber(match[0], language));
}

/**
 * Every number in a JSON value: numeric values, and digit runs inside strings read both ways.
 * Signs are dropped on both sides: answers say "onderbesteding van € 3.000.000" for −3000000.
 */
export function numbersInJson(value: unknown): Set<number> {
  const found = new Set<number>();
  const visit = (node: unknown): void => {
    if (typeof node === 'number') found.add(Math.abs(node));
    else if (typeof node === 'string') {
      for (const match of node.matchAll(/\d+(?:[.,]\d+)*/g)) {
        found.add(readNumber(match[0], 'nl'));
        found.add(readNumber(match[0], 'en'));
        for (const part of match[0].split(/[.,]/)) found.add(Number(part));
      }
    } else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(value);
  return found;
}

function readNumber(token: string, language: Language): number {
  const grouping = language === 'nl' ? '.' : ',';
  const decimal = language === 'nl' ? ',' : '.';
  return Number(token.split(grouping).join('').replace(decimal, '.'));
}
