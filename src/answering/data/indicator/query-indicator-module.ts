import { queryIndicator, queryIndicatorInput, type QueryIndicatorInput, type QueryIndicatorResult } from '../../../sources/cbs/index.ts';
import { askAboutUnclearGemeente, formerGemeenten, foundGemeenten, provincesNamed } from '../resolve-gemeente-mentions.ts';
import { askAboutDissolvedGemeente } from './dissolved-gemeente.ts';
import type { ToolModule } from '../tools/tool-module.ts';
import { queryIndicatorDataTool } from './query-indicator-data-tool.ts';
import { routeIndicator } from './route-indicator.ts';

/**
 * query_indicator: a CBS indicator per gemeente and year. The tool takes CBS gemeentecodes
 * (GM0344), not names: names are resolved with the gazetteer before the call (the router does
 * this; an LLM caller should too), so the tool never guesses which "Bergen" is meant.
 */
export const queryIndicatorModule: ToolModule<'query_indicator', QueryIndicatorInput, QueryIndicatorResult> = {
  name: 'query_indicator',
  createTool: ({ cbs, catalogue }) => ({
    description:
      'Haal een CBS-indicator op (StatLine) per gemeente en jaar, met definitie, kanttekeningen en bron; ' +
      'optioneel ook per 1.000 inwoners. Gebruik CBS-gemeentecodes (GM0344 = Utrecht, GM0518 = Den Haag), PV31 voor de provincie Limburg, NL01 voor heel Nederland. ' +
      'Jaren zonder CBS-cijfers worden gemeld, nooit ingevuld.',
    inputSchema: queryIndicatorInput,
    run: (input) => queryIndicator({ ...input, client: cbs, catalogue }),
  }),
  // Reasoning and advice ("hoe heeft", "waarom", "volgens") stay with the knowledge path; a figure for all of Nederland is CBS's.
  route: (context) => {
    if (context.readsAsKnowledge && !context.asksNationalFigure) return undefined;
    const mentions = context.gemeenteMentions();
    const former = formerGemeenten(mentions);
    const route = routeIndicator({
      ...context,
      // A dissolved gemeente keeps its CBS code for the years it existed.
      gemeenten: [...foundGemeenten(mentions), ...former],
      gemeenteUnresolved: mentions.kind === 'clarify',
      national: context.asksNationalFigure,
      provinces: provincesNamed(mentions),
    });
    return askAboutUnclearGemeente(askAboutDissolvedGemeente(route, former, context.language), mentions);
  },
  dataTool: queryIndicatorDataTool,
};
