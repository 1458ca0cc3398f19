import { NATION_CODE } from '../../../sources/cbs/index.ts';
import type { Language } from '../../../assistant/index.ts';
import type { QueryIndicatorResult } from '../../../sources/cbs/index.ts';
import { gemeenteDisplayName } from '../composed-data-answer.ts';

/**
 * Remarks that travel with a CBS figure. Dutch: the tool's own notes. English: the same remarks
 * rebuilt from the result's fields (the tool writes its notes in Dutch only).
 */
export function indicatorNotes({ result, language }: { result: QueryIndicatorResult; language: Language }): string[] {
  // The answer's headline already says that the table has no national figure.
  if (language === 'nl') return result.notes.filter((note) => !note.endsWith(`heel Nederland (${NATION_CODE}).`));
  const notes: string[] = [];
  const latest = result.availableYears.at(-1);
  if (result.missingYears.length > 0) {
    notes.push(`CBS table ${result.source.table} has no yearly figures for ${result.missingYears.join(', ')}${latest === undefined ? '.' : `; the latest year is ${latest}.`}`);
  }
  const unknownGemeenten = result.unknownGemeenteCodes.filter((code) => code !== NATION_CODE);
  if (unknownGemeenten.length > 0) notes.push(`Unknown municipality code(s) in table ${result.source.table}: ${unknownGemeenten.join(', ')}.`);
  const provisional = [...new Set(result.rows.filter((row) => row.periodStatus !== null && row.periodStatus !== 'Definitief').map((row) => row.year))];
  if (provisional.length > 0) notes.push(`The figures for ${provisional.join(', ')} are provisional.`);
  const empty = result.rows.filter((row) => row.value === null);
  if (empty.length > 0) notes.push(`No CBS value for: ${empty.map((row) => `${gemeenteDisplayName(row.gemeente)} ${row.year}`).join(', ')} (confidential, not applicable or unknown).`);
  const rateRequested = result.rows.some((row) => row.perThousand !== undefined);
  if (!rateRequested && result.notes.some((note) => note.startsWith('Per 1.000 inwoners is niet zinvol'))) {
    notes.push(`A rate per 1,000 inhabitants does not make sense for ${result.indicator.nameEn}; not computed.`);
  }
  return notes;
}
