import { queryRegistrations, queryRegistrationsInput, type QueryRegistrationsInput, type RegistrationMetricResult } from '../../../sources/registrations/index.ts';
import { askAboutUnclearGemeente, foundGemeenten } from '../resolve-gemeente-mentions.ts';
import type { ToolModule } from '../tools/tool-module.ts';
import { asksForTrend, nationalOrSource } from '../trend-cues.ts';
import { queryRegistrationsDataTool } from './query-registrations-data-tool.ts';
import { routeRegistrations } from './route-registrations.ts';

/** query_registrations: figures from the gemeente's own registration (toewijzingen). */
export const queryRegistrationsModule: ToolModule<'query_registrations', QueryRegistrationsInput, RegistrationMetricResult> = {
  name: 'query_registrations',
  createTool: ({ registrations }) => ({
    description:
      'Tel cijfers uit de eigen registratie (toewijzingen) van de gemeente: residentiële plaatsingen, jeugdhulp met verblijf, ' +
      'nieuwe en beëindigde plaatsingen, lopende plaatsingen op een peildatum, gemiddelde duur en kosten, met definitie en bron. ' +
      'Voorbeelddata worden altijd als zodanig gemeld.',
    inputSchema: queryRegistrationsInput,
    run: async (input) => queryRegistrations({ ...input, store: registrations }),
  }),
  route: (context) => {
    // "Hoe heeft … zich ontwikkeld?" reads like a knowledge question, but about our own data it asks for a series.
    if (context.readsAsKnowledge && !(asksForTrend.test(context.plain) && !nationalOrSource.test(context.plain))) return undefined;
    const mentions = context.gemeenteMentions();
    return askAboutUnclearGemeente(routeRegistrations({ ...context, gemeenten: foundGemeenten(mentions) }), mentions);
  },
  dataTool: queryRegistrationsDataTool,
};
