/** What kind of thing a question asks for, so that sentences holding that kind of thing rank higher. */
export type AnswerType = 'time' | 'quantity';

const TIME_QUESTION = /\b(sinds wanneer|wanneer|vanaf wanneer|tot wanneer|in welk jaar|welke jaren|welk jaar|hoe lang|since when|when|which years?|what year|how long)\b/i;
const QUANTITY_QUESTION = /\b(hoeveel|hoe groot|hoe hoog|welk bedrag|wat kost|hoeveel procent|welk percentage|how many|how much|what (amount|percentage|share|rate))\b/i;

export function expectedAnswerType(question: string): AnswerType | undefined {
  if (TIME_QUESTION.test(question)) return 'time';
  if (QUANTITY_QUESTION.test(question)) return 'quantity';
  return undefined;
}

const TIME_IN_SENTENCE = /\b(1[89]\d{2}|20\d{2})\b|\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/i;
const QUANTITY_IN_SENTENCE = /\d/;

export function sentenceHasAnswerType(sentence: string, type: AnswerType): boolean {
  return (type === 'time' ? TIME_IN_SENTENCE : QUANTITY_IN_SENTENCE).test(sentence);
}
