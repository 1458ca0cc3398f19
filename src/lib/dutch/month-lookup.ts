/** Month names and abbreviations (Dutch and English, lower case) → month number. */
const fullNames: Record<string, number> = {
  januari: 1, january: 1, februari: 2, february: 2, maart: 3, march: 3, april: 4, mei: 5, may: 5,
  juni: 6, june: 6, juli: 7, july: 7, augustus: 8, august: 8, september: 9, oktober: 10, october: 10,
  november: 11, december: 12,
};
const abbreviations: Record<string, number> = {
  jan: 1, feb: 2, mrt: 3, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, oct: 10, nov: 11, dec: 12,
};

const byLength = (names: string[]): string => names.sort((a, b) => b.length - a.length).join('|');

/** Full month names only: safe without a day or year next to them (not "may", which is also a verb). */
export const fullMonthPattern = byLength(Object.keys(fullNames).filter((name) => name !== 'may'));
/** Full names and abbreviations, for use next to a day or year. */
export const anyMonthPattern = byLength([...Object.keys(fullNames), ...Object.keys(abbreviations)]);

export function monthNumber({ name }: { name: string }): number | null {
  const key = name.toLowerCase().replace(/\.$/, '');
  return fullNames[key] ?? abbreviations[key] ?? null;
}
