import type { Language } from '../../assistant/index.ts';
import type { IndicatorCatalogue } from '../../sources/cbs/index.ts';
import type { ToolRoute } from './data-route.ts';
import { dataTool } from './tools/data-tools.ts';

/** One line saying what the question was understood to ask, for answers that carry no figure. */
export function describeUnderstood({ route, language, catalogue }: { route: ToolRoute; language: Language; catalogue: IndicatorCatalogue }): string {
  const prefix = language === 'nl' ? 'Ik begreep uw vraag als:' : 'I understood your question as:';
  return `${prefix} ${dataTool(route.tool).describe(route, { language, catalogue })}`;
}
