import type { Language } from '../../../assistant/index.ts';
import type { FormerGemeente } from '../../../lib/gemeenten/index.ts';
import { monthName } from '../../../lib/dutch/index.ts';
import type { QueryIndicatorInput } from '../../../sources/cbs/index.ts';
import type { RouteOf } from '../data-route.ts';

/**
 * A figure for a gemeente that no longer exists ("Hoeveel inwoners had Weesp in 2021?") is CBS's for the
 * years it existed. Asked for a later year, or for no year (this year), the answer says when it went
 * into which gemeente and offers that gemeente's figure or an earlier year, instead of a typo
 * suggestion ("Bedoelt u Weert?") or an empty table.
 */
export function askAboutDissolvedGemeente(route: RouteOf<'query_indicator', QueryIndicatorInput>, former: readonly FormerGemeente[], language: Language): RouteOf<'query_indicator', QueryIndicatorInput> {
  if (!route || route.kind !== 'tool' || former.length === 0) return route;
  const gone = former.find((gemeente) => route.periodAssumed || route.input.years.some((year) => year > lastYearOf(gemeente)));
  if (!gone) return route;
  const successor = gone.successors[0]!.name;
  const last = lastYearOf(gone);
  return {
    kind: 'clarify',
    tool: 'query_indicator',
    message: language === 'nl'
      ? `${gone.name} is per ${dayOf(gone, 'nl')} opgegaan in ${successorsOf(gone, language)}; CBS heeft voor ${gone.name} alleen cijfers tot en met ${last}. Vraag het voor ${successor}, of noem een jaar tot en met ${last}.`
      : `${gone.name} became part of ${successorsOf(gone, language)} on ${dayOf(gone, 'en')}; CBS has figures for ${gone.name} up to ${last} only. Ask for ${successor}, or name a year up to ${last}.`,
  };
}

/** The last year with a figure: a gemeente dissolved on 1 January has none for that year. */
function lastYearOf(gemeente: FormerGemeente): number {
  const year = Number(gemeente.dissolved.slice(0, 4));
  return gemeente.dissolved.endsWith('-01-01') ? year - 1 : year;
}

/** "24 maart 2022" / "24 March 2022". */
function dayOf(gemeente: FormerGemeente, language: Language): string {
  const [year, month, day] = gemeente.dissolved.split('-').map(Number);
  return `${day} ${monthName({ month: month! })[language]} ${year}`;
}

/** "Gooise Meren en Weesp" / "Gooise Meren and Weesp". */
function successorsOf(gemeente: FormerGemeente, language: Language): string {
  const names = gemeente.successors.map((successor) => successor.name);
  const and = language === 'nl' ? 'en' : 'and';
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}
