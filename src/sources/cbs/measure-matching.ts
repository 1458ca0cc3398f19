import type { MeasureSelector } from './cbs-types.ts';

/** Compares titles the way people read them: case, diacritics, punctuation spacing and whitespace ignored. */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Finds the entry a selector names: by identifier first, then by exact (normalised) title in the given order. */
export function matchMeasure<T extends { id: string; title: string }>(
  candidates: T[],
  selector: MeasureSelector,
  idOf: (selector: MeasureSelector) => string | undefined,
): T | undefined {
  const id = idOf(selector);
  if (id !== undefined) {
    const byId = candidates.find((candidate) => candidate.id === id);
    if (byId) return byId;
  }
  for (const title of selector.titles ?? []) {
    const wanted = normalizeTitle(title);
    const byTitle = candidates.find((candidate) => normalizeTitle(candidate.title) === wanted);
    if (byTitle) return byTitle;
  }
  return undefined;
}

export function describeSelector(selector: MeasureSelector): string {
  const parts = [selector.code, selector.v3Key, ...(selector.titles ?? []).map((title) => `"${title}"`)];
  return parts.filter((part): part is string => part !== undefined).join(' / ');
}
