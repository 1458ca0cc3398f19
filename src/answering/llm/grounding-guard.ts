import type { Language } from '../../assistant/index.ts';
import { citedNumbersInOrder, withoutCitationMarkers } from './citation-markers.ts';
import { findNumberMentions, mentionMatches, sourceValuesOf, type NumberMention } from './number-mentions.ts';
import type { TurnSource } from './turn-sources.ts';

export type GroundingProblem =
  /** `[n]` names no passage or tool result of this turn. */
  | { kind: 'unknown-citation'; n: number }
  /** A number found in no source of the turn and not in the user's own words. */
  | { kind: 'unsupported-number'; number: string }
  /** A number found only in sources the answer does not cite. */
  | { kind: 'uncited-number'; number: string; sources: number[] }
  /** Claims without any `[n]`. */
  | { kind: 'no-citations' };

export type GroundingCheck =
  | { ok: true; cited: number[]; abstained: boolean }
  | { ok: false; problems: GroundingProblem[] };

export interface CheckGroundingOptions {
  answer: string;
  sources: readonly TurnSource[];
  /** The question and earlier user messages: numbers the user gave may be repeated. */
  userTexts: readonly string[];
  /** The answer's language, for reading "1.500" and "1,500". */
  language: Language;
}

/** Law names whose year is part of the name, not a claim. */
const NAMED_YEARS = /\b(?:Wmo|Jeugdwet|Participatiewet|Wlz)[\s-](?:19|20)\d{2}\b/gi;
/** "1." or "2)" at the start of a line: list numbering. */
const LIST_NUMBERING = /^(\s*)\d{1,2}[.)](?=\s)/gm;
/** Phrases of a short answer that says the sources do not answer (no claims, so nothing to cite). */
const ABSTENTION = new RegExp(
  [
    'geen (antwoord|informatie|gegevens|passages?|bronnen?)',
    '(bronnen|kennisbank|documenten|passages)( \\S+){0,3} (geven|bevatten|noemen|zeggen|beschrijven|beantwoorden)( \\S+){0,3} (geen|niets|niet)',
    'niet in de (bronnen|kennisbank|documenten)',
    '(kan|kon) ik (dit |dat |het |hier )?(niet|geen)',
    'weet ik niet',
    'no (answer|information|data|passages?|sources?)',
    "(sources|knowledge base|documents|passages)( \\S+){0,3} (do not|don't|does not|doesn't) (answer|say|contain|mention|cover|describe)",
    'not in the (sources|knowledge base|documents)',
    "(cannot|can't|could not|couldn't) (answer|find)",
    "(do not|don't) know",
  ].join('|'),
  'i',
);
const ABSTENTION_MAX_LENGTH = 600;

/**
 * The check that makes an LLM answer safe to show: every `[n]` names a source of this turn, every
 * number appears in a cited source (formatting normalised: "367.947", "367,947", "€ 12 mln",
 * "13,3 %") or in the user's own words, and an answer that makes claims cites at least once.
 */
export function checkGrounding(options: CheckGroundingOptions): GroundingCheck {
  const { answer, sources } = options;
  const problems: GroundingProblem[] = [];
  const cited = citedNumbersInOrder(answer);
  const known = new Set(sources.map((source) => source.n));
  for (const n of cited) if (!known.has(n)) problems.push({ kind: 'unknown-citation', n });

  const citedSources = sources.filter((source) => cited.includes(source.n));
  const citedValues = citedSources.flatMap((source) => source.values);
  const userValues = options.userTexts.flatMap((text) => sourceValuesOf(text));
  const mentions = numberMentionsOf(answer, options.language);
  for (const mention of mentions) {
    if (mentionMatches(mention, citedValues) || mentionMatches(mention, userValues)) continue;
    const elsewhere = sources.filter((source) => !cited.includes(source.n) && mentionMatches(mention, source.values)).map((source) => source.n);
    problems.push(elsewhere.length > 0 ? { kind: 'uncited-number', number: mention.text, sources: elsewhere } : { kind: 'unsupported-number', number: mention.text });
  }

  // Without citations, only the user's own numbers can be grounded; an abstention may repeat them.
  const abstained = cited.length === 0 && problems.length === 0 && isClaimFree(answer);
  if (cited.length === 0 && !abstained && !problems.some((problem) => problem.kind === 'uncited-number')) {
    problems.push({ kind: 'no-citations' });
  }
  return problems.length > 0 ? { ok: false, problems: dedupe(problems) } : { ok: true, cited, abstained };
}

/** The numbers that are claims: without citation markers, list numbering and law names. */
function numberMentionsOf(answer: string, language: Language): NumberMention[] {
  const text = withoutCitationMarkers(answer).replace(NAMED_YEARS, ' ').replace(LIST_NUMBERING, '$1');
  return findNumberMentions({ text, style: language });
}

function isClaimFree(answer: string): boolean {
  const text = answer.trim();
  if (text.length === 0 || text.length > ABSTENTION_MAX_LENGTH) return false;
  if (ABSTENTION.test(text)) return true;
  // A single question back to the user ("Bedoelt u Bergen (NH) of Bergen (L)?") makes no claim.
  const terminators = text.match(/[.!?](\s|$)/g) ?? [];
  return text.endsWith('?') && terminators.length === 1;
}

function dedupe(problems: GroundingProblem[]): GroundingProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = JSON.stringify(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
