import type { CandidateSentence } from './passage-analysis.ts';
import type { TermMatcher } from './term-matcher.ts';

/*
 * How a question that asks what something is (or whose role it is) weighs the sentences that define
 * something: which thing it asks about ("Wat zijn zero's bij KOOS?" → the zero's; "Welke rol speelt de
 * huisarts bij de toegang?" → the huisarts), and how much more a sentence defining that thing counts.
 */

export interface DefinitionReading {
  /** The factor a sentence's score gets for what it defines: 1 for none, more for the asked thing. */
  bonusOf(candidate: CandidateSentence, questionWeights: ReadonlyMap<string, number>): number;
  /** Asked for someone's role, the factor for a sentence that does or does not name them. */
  holderWeightOf(candidate: CandidateSentence): number;
}

export function readDefinitionQuestion(options: { question: string; terms: TermMatcher; wantsDefinition: boolean; plainDefinition: boolean }): DefinitionReading {
  const { question, terms, wantsDefinition, plainDefinition } = options;
  // "Wat zijn zero's bij KOOS?" asks what zero's are: a sentence saying what KOOS is defines the context, not the subject.
  // "Welke rol speelt de huisarts bij de toegang?": a sentence that does not name the huisarts says nothing of its
  // role, and what defines it is what the huisarts is, not what the toegang is.
  const roleHolder = roleHolderTerms(question, terms);
  const subjectTerms = roleHolder ? new Set(roleHolder) : wantsDefinition ? definitionSubjectTerms(question, terms) : undefined;
  // "Wat is productcategorie 46?" asks for item 46: what a productcategorie is in general does not say it.
  const itemNumbers = question.match(ITEM_NUMBER) ?? [];
  return {
    bonusOf: (candidate, questionWeights) => {
      if (!wantsDefinition) return 1;
      if (itemNumbers.length > 0) return itemNumbers.every((number) => candidate.terms.has(number)) ? definitionBonusOf(candidate, questionWeights, subjectTerms, false, true) : Math.min(DEFINES_SOMETHING_BONUS, definitionBonusOf(candidate, questionWeights, subjectTerms, false));
      return definitionBonusOf(candidate, questionWeights, subjectTerms, plainDefinition && opensWithDefined(candidate, terms));
    },
    holderWeightOf: (candidate) => (roleHolder && !roleHolder.some((term) => candidate.terms.has(term)) ? ROLE_HOLDER_MISSING_WEIGHT : 1),
  };
}

/** A number of one to three digits in a definition question: the item of a list or code list asked for ("categorie 46", "risico 2"). */
const ITEM_NUMBER = /(?<![\d.,])\d{1,3}(?![\d.,]\d)/g;

/** Asked for someone's role, a sentence that does not name them counts this much. */
const ROLE_HOLDER_MISSING_WEIGHT = 0.5;

/** Whose role a question asks for: "Welke rol speelt de huisarts bij …?", "What is the role of the neighbourhood team in …?". */
const ROLE_HOLDER = /^\s*(?:welke (?:rol|taak|taken|functie) (?:heeft|hebben|speelt|spelen|vervult|vervullen)|wat (?:is|zijn) de (?:rol|taak|taken|functie) van|what (?:role|roles) (?:does|do)|what (?:is|are) the (?:role|task|tasks|function) of)\s+(?:(?:de|het|een|the|a|an)\s+)?(.+?)(?:\s+(?:bij|in|binnen|voor|op|at|within|for|under|play|plays)\b.*)?\s*\??\s*$/iu;

/** The terms of whose role is asked, when a role question names someone. */
function roleHolderTerms(question: string, terms: TermMatcher): readonly string[] | undefined {
  const holder = ROLE_HOLDER.exec(question)?.[1];
  if (!holder) return undefined;
  const holderTerms = [...terms.queryTerms(holder)].filter(([, weight]) => weight >= 0.5).map(([term]) => term);
  return holderTerms.length > 0 ? holderTerms : undefined;
}

/** A sentence defining what was asked ("Wat is X?" → "X is …") is the answer; one defining something else much less so. */
export const DEFINES_THE_SUBJECT_BONUS = 2.5;
const DEFINES_SOMETHING_BONUS = 1.5;

/**
 * Whether a defining sentence defines the question's subject: most words of what it defines are
 * question terms or their synonyms ("Taakgerichte bekostiging is …" for "What is task-based funding?").
 */
function definitionBonusOf(candidate: CandidateSentence, questionWeights: ReadonlyMap<string, number>, subjectTerms: ReadonlySet<string> | undefined, plainDefinition: boolean, itemAsked = false): number {
  const defined = candidate.definedTerms?.filter((term) => term.length > 0) ?? [];
  if (defined.length === 0) return 1;
  // "Indicator 1 is uitval", "Risico 2 is …": a numbered item of a list, not what the concept is (unless that item was asked).
  if (!itemAsked && defined.some((term) => /^\d+$/.test(term))) return DEFINES_SOMETHING_BONUS;
  if (subjectTerms && !defined.some((term) => subjectTerms.has(term))) return DEFINES_SOMETHING_BONUS;
  const asked = defined.filter((term) => (questionWeights.get(term) ?? 0) > 0).length;
  if (asked * 2 < defined.length) return DEFINES_SOMETHING_BONUS;
  return plainDefinition && asked === defined.length && GENUS_DEFINITION.test(candidate.text) ? DEFINES_THE_ASKED_TERM_BONUS : DEFINES_THE_SUBJECT_BONUS;
}

/**
 * Asked only what a term is, the sentence that opens with just that term and defines it by its kind ("Een
 * ventiel … is een contractafspraak …", not "KOOS is actief in …") answers before a sentence matching the term better (a
 * glossary line ranks low).
 */
const DEFINES_THE_ASKED_TERM_BONUS = 4;

/** The sentence opens with what it defines ("Een ventiel … is een …"), not with something of it ("Het belangrijkste risico van P maal Q is …"). */
function opensWithDefined(candidate: CandidateSentence, terms: TermMatcher): boolean {
  const first = candidate.definedTerms?.[0];
  return first !== undefined && terms.sentenceTerms(candidate.text)[0] === first;
}
const GENUS_DEFINITION = /\b(is|zijn|was|waren|are|were)\s+(een|de|het|a|an|the)\s/i;

/**
 * "Wat zijn zero's bij KOOS?", "What is a lump sum in task-based funding?": the words before the first
 * preposition are what is asked; the rest only says where. Undefined when no preposition splits it.
 */
const DEFINITION_OPENING = /^\s*(?:wat|what)\s+(?:\p{L}+\s+){0,2}?(?:is|zijn|was|waren|are|were|betekent|betekenen|means?)\s+(?:(?:de|het|een|the|a|an)\s+)?/iu;
/** "Hoe werkt de escalatieroute van de Jeugdautoriteit?", "Wat zijn de zero's van KOOS?": what is asked is the escalatieroute, the zero's; "van …" says whose. */
const HOW_IT_WORKS_OPENING = /^\s*(?:hoe\s+(?:werkt|werken)|how\s+(?:does|do))\s+(?:(?:de|het|een|the|a|an)\s+)?/iu;
const CONTEXT_PREPOSITION = /\s(?:bij|in|binnen|voor|volgens|onder|at|in|within|for|under|according to)\s/iu;
const OWNER_PREPOSITION = /\s(?:van|of)\s/iu;
const ROLE_WORD = /^(?:rol|rollen|taak|taken|functie|functies|doel|doelen|bedoeling|role|roles|task|tasks|function|functions|aim|purpose|goal)$/iu;

function definitionSubjectTerms(question: string, terms: TermMatcher): ReadonlySet<string> | undefined {
  const howItWorks = HOW_IT_WORKS_OPENING.exec(question);
  const opening = howItWorks ?? DEFINITION_OPENING.exec(question);
  if (!opening) return undefined;
  const rest = question.slice(opening[0].length);
  const splits = [CONTEXT_PREPOSITION.exec(rest), OWNER_PREPOSITION.exec(rest)].filter((match): match is RegExpExecArray => match !== null && match.index > 0);
  if (splits.length === 0) return undefined;
  const subjectText = rest.slice(0, Math.min(...splits.map((match) => match.index)));
  // "Wat is de rol van de Jeugdautoriteit?": what it is answers for its role, its task, its aim.
  if (ROLE_WORD.test(subjectText.trim())) return undefined;
  const subject = terms.sentenceTerms(subjectText);
  return subject.length > 0 ? new Set(subject) : undefined;
}
