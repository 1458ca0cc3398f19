/** Sentences about the document itself, or pointers elsewhere, that answer nothing on their own. */
const META_SENTENCE = [
  /^(dit|deze|het) (document|notitie|overzicht|stuk|artikel|hoofdstuk)\b/i,
  /^in (dit|deze) (document|notitie|overzicht|stuk|artikel)\b/i,
  /^(this|the) (document|note|overview|article)\b/i,
  /^zie (ook )?/i,
  /\b[\w-]+\/[\w-]+\.md\b/,
  /^engelse (termen|begrippen|vertalingen)\b/i,
  /\b(heet|heten) in het engels\b/i,
];

export function isMetaSentence(sentence: string): boolean {
  return META_SENTENCE.some((pattern) => pattern.test(sentence.trim())) || /https?:\/\/|www\./i.test(sentence);
}


/** A sentence that defines something: "X is …", "X betekent …", "Onder X verstaan we …". */
export function looksLikeDefinition(sentence: string): boolean {
  return /^[^,.;:]{2,80}?\b(is|zijn|betekent|houdt in|verwijst naar|staat voor|refers to|means)\b/i.test(sentence) || /^onder .{2,60} (verstaan|valt)/i.test(sentence);
}
