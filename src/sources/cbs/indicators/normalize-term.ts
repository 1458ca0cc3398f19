/** Lower-case, without diacritics, with punctuation and underscores as single spaces: "Residentiële-plaatsingen" → "residentiele plaatsingen". */
export function normalizeTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
