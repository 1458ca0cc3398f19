import { type TextUnit, joinUnits } from './text-unit.ts';

export interface PackSectionOptions {
  paragraphs: readonly TextUnit[][];
  maxChars: number;
  overlapChars: number;
}

/**
 * Packs one section's units into chunk texts of at most `maxChars`. A paragraph that does not fit
 * in a half-full chunk starts the next one; otherwise sentences fill the chunk. Each chunk after the
 * first starts with the last whole sentences of the previous chunk, up to `overlapChars`.
 */
export function packSection({ paragraphs, maxChars, overlapChars }: PackSectionOptions): string[] {
  const chunks: string[] = [];
  let current: TextUnit[] = [];
  let hasNewText = false;

  const startNext = (next: readonly TextUnit[]): void => {
    chunks.push(joinUnits(current));
    const overlap = tailUnits(current, overlapChars);
    current = lengthOf([...overlap, ...next]) <= maxChars ? overlap : [];
    hasNewText = false;
  };

  for (const paragraph of paragraphs) {
    const paragraphFits = lengthOf(paragraph) <= maxChars;
    if (hasNewText && paragraphFits && lengthOf([...current, ...paragraph]) > maxChars && lengthOf(current) >= maxChars / 2) {
      startNext(paragraph);
    }
    for (const unit of paragraph) {
      if (hasNewText && lengthOf([...current, unit]) > maxChars) startNext([unit]);
      current.push(unit);
      hasNewText = true;
    }
  }
  if (hasNewText) chunks.push(joinUnits(current));
  return chunks;
}

/** The last units whose joined length stays within `maxLength`. */
function tailUnits(units: readonly TextUnit[], maxLength: number): TextUnit[] {
  const tail: TextUnit[] = [];
  for (let index = units.length - 1; index >= 0; index -= 1) {
    const candidate = [units[index]!, ...tail];
    if (lengthOf(candidate) > maxLength) break;
    tail.unshift(units[index]!);
  }
  return tail;
}

function lengthOf(units: readonly TextUnit[]): number {
  return units.reduce((sum, unit, index) => sum + unit.text.length + (index === 0 ? 0 : unit.separator.length), 0);
}
