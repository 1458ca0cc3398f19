/*
 * "Wie is Roxana Asmus?", "Wat is Significant?", "Who is Coby Peeters?": a question for who or what a
 * name is. The sentence that says so answers it, however many other sentences quote the name: the name
 * with its role beside it ("Roxana Asmus, directeur-bestuurder van Incluzio", "adviesbureau Significant")
 * or the name said to be something ("Incluzio is een dochter van de Facilicom Group").
 */

/**
 * The asked name: capitalised words after "wie is / wat is / who is / what is", and nothing after them
 * but a filler or a second question for the same ("wie is Coby Peeters eigenlijk, wat is haar achtergrond?").
 */
const IDENTITY_QUESTION = /^\s*(?:[Ww]ie|[Ww]at|[Ww]ho|[Ww]hat)\s+(?:is|was|zijn|waren|are|were)\s+(?:de\s+|het\s+|the\s+)?((?:\p{Lu}[\p{L}\p{N}&'-]*)(?:\s+(?:van\s+|de\s+|der\s+|den\s+|in\s+)*\p{Lu}[\p{L}\p{N}&'-]*)*)(?:\s+(?:eigenlijk|precies|nou|actually|exactly))?\s*(?:[,;?]\s*(?:en\s+|and\s+)?(?:wat|welke|what|which)\s+(?:is|zijn|was|are)\s+(?:haar|zijn|hun|her|his|their|its)\s+(?:achtergrond|functie|rol|baan|werk|beroep|background|role|job|position|function)\s*)?\??\s*$/u;

/** Words that open a role just before a name ("directeur-bestuurder Roxana Asmus", "adviesbureau Significant"). */
const ROLE_BEFORE_NAME = /(directeur|bestuurder|consultant|wethouder|minister|staatssecretaris|hoogleraar|adviseur|onderzoeker|voorzitter|woordvoerder|projectleider|manager|bureau|aanbieder|organisatie|stichting|instelling|coöperatie|dochter|samenwerkingsverband|consortium|partij)$/iu;

/** Words after "<naam>," that continue the sentence rather than give a role. */
const NO_ROLE_AFTER_COMMA = /^(die|dat|en|maar|want|of|dus|zodat|terwijl|omdat|als|who|which|and|but)\b/iu;

/** The name a "Wie is …?"/"Wat is …?" question asks about, when it asks about nothing else. */
export function askedIdentityOf(question: string): string | undefined {
  return IDENTITY_QUESTION.exec(question)?.[1];
}

/** Whether the sentence says who or what the name is: a role beside it, or the name said to be something. */
export function identifiesName(sentence: string, name: string): boolean {
  const at = sentence.indexOf(name);
  if (at < 0) return false;
  const before = sentence.slice(0, at).trimEnd();
  const after = sentence.slice(at + name.length);
  const appositive = /^,\s+(\p{Ll}[\p{L}-]*)/u.exec(after);
  if (appositive && !NO_ROLE_AFTER_COMMA.test(appositive[1]!)) return true;
  const previousWord = /([\p{L}-]+)$/u.exec(before)?.[1];
  if (previousWord && ROLE_BEFORE_NAME.test(previousWord)) return true;
  // "Incluzio is een …", "Het JEP is een …": the name opens the sentence and is said to be something.
  return /^((de|het|the)\s+)?$/iu.test(before) && /^\s+(is|was|zijn|waren|are|were)\s+(een|de|het|a|an|the)\b/iu.test(after);
}
