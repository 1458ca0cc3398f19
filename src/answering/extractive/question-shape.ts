/** How an answer should be laid out, decided from the question's wording. */
export type QuestionShape = 'decision' | 'explanation';

const DECISION_CUES = [
  /^\s*(moeten|moet|zullen|zouden|kunnen) (wij|we|ik|onze gemeente)\b/i,
  /^\s*(is het|wanneer is het) (verstandig|slim|raadzaam|wijs)\b/i,
  /\boverstap(pen)? (op|naar)\b/i,
  /\bkiezen (wij|we) (voor)?\b/i,
  // "Wij overwegen een lumpsum voor ambulante jeugdhulp; waar moeten we op letten?"
  /\b(wij|we|onze gemeente) (overwegen|denken (erover )?na over|twijfelen over)\b/i,
  /\b(we are|we're|our municipality is) (considering|thinking about|weighing)\b/i,
  /^\s*should (we|i|our municipality)\b/i,
  /\b(switch|switching|move|moving) to\b/i,
  /^\s*is it (wise|sensible|a good idea)\b/i,
];

/**
 * "Why did Amsterdam switch to …?" asks for the reasons given, not for considerations to weigh; so does
 * a why after an opening clause ("Before switching to open house, why …?").
 */
const ASKS_WHY = /(^|[,;:]\s*)(waarom|waardoor|om welke reden|hoe komt het|why|for what reason|how come)\b/i;

/**
 * "How long could families stay … after the switch to KOOS?" asks for one fact, not for considerations
 * to weigh, also after an opening clause ("Before switching to open house, how many contracts …?").
 */
const ASKS_FACT = /(^|[,;:]\s*)(hoe lang|hoeveel|wanneer|sinds wanneer|vanaf wanneer|in welk jaar|wie|how long|how many|how much|when|since when|in what year|which year|who)\b/i;

export function questionShape(question: string): QuestionShape {
  if (ASKS_WHY.test(question) || ASKS_FACT.test(question)) return 'explanation';
  return DECISION_CUES.some((cue) => cue.test(question)) ? 'decision' : 'explanation';
}
