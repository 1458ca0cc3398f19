/**
 * The person a question attributes its answer to: "According to professor Jolanda Mathijssen, why …?",
 * "Waarom … volgens hoogleraar Jolanda Mathijssen …?", "In Roxana Asmus's view, …". The name chose
 * the document; within it, the sentence that introduces that person ("Jolanda Mathijssen is bijzonder
 * hoogleraar …") does not answer, the one that says what was asked does. A law, report or
 * organisation ("volgens de Jeugdwet", "according to AEF") is no person: the sentence that names it
 * is often the answer.
 */
const ATTRIBUTION = /\b(?:[Vv]olgens|[Aa]ccording to|[Ii]n)\s+(?:(?:de|het|the)\s+)?((?:\p{Ll}+\s+){0,2}?(?:\p{Lu}[\p{L}\p{N}.-]*)(?:\s+(?:van|de|der|den|ten|ter|\p{Lu}[\p{L}\p{N}.-]*))*)(?:['’]s\s+(?:view|opinion|words))?/gu;

/** A role before the name ("hoogleraar", "alderman", "wethouder") belongs to the attribution; other lowercase words do not. */
const ROLE = /^(hoogleraar|professor|prof|wethouder|alderman|minister|staatssecretaris|directeur|director|bestuurder|onderzoeker|researcher|consultant|adviseur|advisor|adviser|voorzitter|chair|chairman|burgemeester|mayor|gedeputeerde|raadslid|councillor)$/i;

/** "In" attributes only with a view: "In Roxana Asmus's view", not "in Den Haag". */
const IN_WITH_VIEW = /['’]s\s+(?:view|opinion|words)$/i;

export function attributedPersonOf(question: string): string | undefined {
  for (const match of question.matchAll(ATTRIBUTION)) {
    const opener = match[0].split(/\s+/)[0]!.toLowerCase();
    const hasView = IN_WITH_VIEW.test(match[0]);
    if (opener === 'in' && !hasView) continue;
    const words = match[1]!.split(/\s+/);
    const lowercase = words.filter((word) => /^\p{Ll}/u.test(word) && !/^(van|de|der|den|ten|ter)$/.test(word));
    if (lowercase.some((word) => !ROLE.test(word))) continue;
    // A person: named with a role ("hoogleraar", "alderman") or with a view of their own ("Roxana Asmus's view").
    if (lowercase.length === 0 && !hasView) continue;
    return match[1];
  }
  return undefined;
}
