/** A query term with its weight; thesaurus synonyms weigh less than the user's own words. */
export interface WeightedTerm {
  term: string;
  weight: number;
  /**
   * Terms with the same group are alternatives (synonyms of one concept): a document scores only
   * its best-matching term of the group, so text full of synonyms does not outrank text that
   * answers the question. Terms without a group add up as usual.
   */
  group?: string;
}
