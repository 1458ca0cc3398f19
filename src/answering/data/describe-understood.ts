import type { Language } from '../../assistant/index.ts';
import type { IndicatorCatalogue } from '../../sources/cbs/index.ts';
import type { ToolRoute } from './data-route.ts';
import { dataTool } from './tools/data-tools.ts';
import { inLanguage } from '../../lib/index.ts';

/** One line saying what the question was understood to ask, for answers that carry no figure. */
export function describeUnderstood({ route, language, catalogue }: { route: ToolRoute; language: Language; catalogue: IndicatorCatalogue }): string {
  const prefix = inLanguage({ nl: 'Ik begreep uw vraag als:', en: 'I understood your question as:' }, language);
  return `${prefix} ${dataTool(route.tool).describe(route, { language, catalogue })}`;
}
