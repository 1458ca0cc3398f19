/** How an answer should be laid out, decided from the question's wording. */
export type QuestionShape = 'decision' | 'explanation';

const DECISION_CUES = [
  /\bmoet(en)? (wij|we|ik|de gemeente)\b/i,
  /\bzull?en (wij|we)\b/i,
  /\b(is het|wanneer is het) (verstandig|slim|raadzaam)\b/i,
  /\boverstap(pen)?\b/i,
  /\bkiezen (wij|we|voor)\b/i,
  /\bshould (we|i|the municipality|a municipality)\b/i,
  /\b(switch|move) to\b/i,
  /\bis it (wise|sensible|a good idea)\b/i,
];

export function questionShape(question: string): QuestionShape {
  return DECISION_CUES.some((cue) => cue.test(question)) ? 'decision' : 'explanation';
}
