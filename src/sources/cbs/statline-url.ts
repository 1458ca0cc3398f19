/** Public StatLine page of a table, for citations: https://opendata.cbs.nl/#/CBS/nl/dataset/85099NED/table */
export function statLineTableUrl(table: string): string {
  return `https://opendata.cbs.nl/#/CBS/nl/dataset/${encodeURIComponent(table)}/table`;
}
