/**
 * Snowball's English stop word list plus question words and fillers (`can`, `please`, `many`, `according`),
 * with contractions written without apostrophe as the tokenizer produces them (`don't` → `dont`). No
 * word here may be a Dutch content word ("last", "long", "been" as in leg are left alone or were already in).
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set([
  // question fillers, and "Dutch", which says nothing in a corpus that is all Dutch
  'exactly', 'actually', 'really', 'please', 'dutch', 'best', 'good',
  'i', 'me', 'my', 'myself', 'we', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself',
  'yourselves', 'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its',
  'itself', 'they', 'them', 'their', 'theirs', 'themselves', 'what', 'which', 'who', 'whom',
  'this', 'that', 'these', 'those', 'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being',
  'have', 'has', 'had', 'having', 'do', 'does', 'did', 'doing', 'would', 'should', 'could',
  'ought', 'im', 'youre', 'hes', 'shes', 'were', 'theyre', 'ive', 'youve', 'weve', 'theyve', 'id',
  'youd', 'hed', 'theyd', 'youll', 'theyll', 'isnt',
  'arent', 'wasnt', 'werent', 'hasnt', 'havent', 'hadnt', 'doesnt', 'dont', 'didnt', 'wont',
  'wouldnt', 'shant', 'shouldnt', 'cant', 'cannot', 'couldnt', 'mustnt', 'lets', 'thats', 'whos',
  'whats', 'heres', 'theres', 'whens', 'wheres', 'whys', 'hows', 'a', 'an', 'the', 'and', 'but',
  'if', 'or', 'because', 'as', 'until', 'while', 'of', 'at', 'by', 'for', 'with', 'about',
  'against', 'between', 'into', 'through', 'during', 'before', 'after', 'above', 'below', 'to',
  'from', 'up', 'down', 'in', 'out', 'on', 'off', 'over', 'under', 'again', 'further', 'then',
  'once', 'here', 'there', 'when', 'where', 'why', 'how', 'all', 'any', 'both', 'each', 'few',
  'more', 'most', 'other', 'some', 'such', 'no', 'nor', 'not', 'only', 'own', 'same', 'so', 'than',
  'too', 'very', 'can', 'will', 'just', 'now', 'also', 'please',
  // question words and fillers that carry no subject (none of them a Dutch word)
  'many', 'much', 'whose', 'according', 'usually', 'together', 'since', 'around', 'across', 'whole',
  'given', 'made', 'used', 'called', 'so-called', 'become', 'latest', 'previous', 'new',
  'currently', 'still', 'already', 'yet', 'ever', 'often', 'frequently', 'within', 'without', 'among',
]);
