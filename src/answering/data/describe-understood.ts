import type { Language } from '../../assistant/answer.ts';
import type { IndicatorCatalogue } from '../../sources/cbs/indicators/indicator-catalogue.ts';
import { resolveGemeente } from '../../lib/gemeenten/gazetteer.ts';
import { METRIC_LABELS } from '../../sources/registrations/metric-definitions.ts';
import type { ToolRoute } from './data-route.ts';

/** One line saying what the question was understood to ask, for answers that carry no figure. */
export function describeUnderstood({ route, language, catalogue }: { route: ToolRoute; language: Language; catalogue: IndicatorCatalogue }): string {
  const nl = language === 'nl';
  const prefix = nl ? 'Ik begreep uw vraag als:' : 'I understood your question as:';
  switch (route.tool) {
    case 'query_indicator': {
      const found = catalogue.lookup(route.input.indicatorId);
      const name = found.kind === 'indicator' ? (nl ? found.indicator.names.nl : found.indicator.names.en) : route.input.indicatorId;
      const gemeenten = route.input.gemeenteCodes.map((code) => {
        const resolved = resolveGemeente({ name: code });
        return resolved.kind === 'exact' ? resolved.gemeente.name : code;
      });
      return `${prefix} ${name}, ${gemeenten.join(', ')}, ${route.input.years.join(', ')} (CBS StatLine).`;
    }
    case 'query_registrations': {
      const period = route.input.metric === 'lopend_op' ? route.input.peildatum ?? route.input.to ?? '' : `${route.input.from ?? ''} – ${route.input.to ?? ''}`;
      return `${prefix} ${METRIC_LABELS[route.input.metric][language]}, ${period} (${nl ? 'eigen registratie' : 'own registration'}).`;
    }
    case 'budget_runway':
      return `${prefix} ${nl ? 'uitputting van het jaarbudget berekenen' : 'work out the budget runway'}.`;
    case 'compare_financing':
      return `${prefix} ${nl ? 'bekostigingsvarianten vergelijken' : 'compare funding variants'}.`;
    case 'residential_scenario':
      return `${prefix} ${nl ? 'scenario afbouw residentiële plaatsingen' : 'residential reduction scenario'}.`;
  }
}
