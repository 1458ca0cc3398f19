import type { WordToken } from './tokenize.ts';

/**
 * Particles of Dutch separable verbs that split off before `te` in an infinitive:
 * `aan te besteden` is `aanbesteden`, `over te stappen` is `overstappen`.
 */
const SEPARABLE_PARTICLES: ReadonlySet<string> = new Set([
  'aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'om', 'op', 'over', 'samen', 'tegen', 'terug', 'toe', 'uit', 'vast', 'voor', 'weg',
]);
/** An infinitive: at least two letters before the ending -en (`stappen`, `kopen`), not `te vaak`. */
const INFINITIVE = /^\p{L}{2,}en$/u;

export interface SeparableVerb {
  /** The verb written whole, folded: `aanbesteden`. */
  joined: string;
  /** The infinitive without its particle: `besteden`. */
  verb: string;
}

/**
 * The separable verb whose infinitive is the word at `index`, when the two words before it are a
 * particle and `te` (`… om jeugdhulp aan te besteden`). Expects folded (lowercase) words.
 */
export function separableVerbAt(words: readonly WordToken[], index: number): SeparableVerb | undefined {
  const verb = singlePart(words[index]);
  if (!verb || !INFINITIVE.test(verb) || singlePart(words[index - 1]) !== 'te') return undefined;
  const particle = singlePart(words[index - 2]);
  if (!particle || !SEPARABLE_PARTICLES.has(particle)) return undefined;
  return { joined: particle + verb, verb };
}

function singlePart(word: WordToken | undefined): string | undefined {
  return word && word.parts.length === 1 ? word.parts[0] : undefined;
}
