/** A query term with its weight; thesaurus synonyms weigh less than the user's own words. */
export interface WeightedTerm {
  term: string;
  weight: number;
}
