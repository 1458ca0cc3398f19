import type { WeightedTerm } from './weighted-term.ts';

/** Query terms arranged for scoring: each term once, with its highest weight. */
export interface QueryTermGroups {
  /** Terms whose scores add up. */
  summed: Map<string, number>;
  /** Groups of alternative terms; a document scores the best term of each group. */
  alternatives: Map<string, number>[];
}

/**
 * Deduplicates query terms, keeping each term's highest weight. A term that occurs both without
 * a group and in a group is scored once, without a group; a term in several groups stays in the first.
 */
export function groupQueryTerms(terms: readonly WeightedTerm[]): QueryTermGroups {
  const summed = new Map<string, number>();
  for (const { term, weight, group } of terms) {
    if (group === undefined && weight > 0) summed.set(term, Math.max(summed.get(term) ?? 0, weight));
  }
  const groups = new Map<string, Map<string, number>>();
  const groupOfTerm = new Map<string, string>();
  for (const { term, weight, group } of terms) {
    if (group === undefined || weight <= 0 || summed.has(term)) continue;
    const owner = groupOfTerm.get(term) ?? group;
    groupOfTerm.set(term, owner);
    let members = groups.get(owner);
    if (!members) groups.set(owner, (members = new Map()));
    members.set(term, Math.max(members.get(term) ?? 0, weight));
  }
  return { summed, alternatives: [...groups.values()] };
}
