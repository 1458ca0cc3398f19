import type { Language } from '../../assistant/index.ts';
import type { IndicatorCatalogue } from '../../sources/cbs/index.ts';
import type { ToolRouteOf } from './route-data-question.ts';
import { toolModule, type AssistantToolName } from './tool-registry.ts';
import { inLanguage } from '../../lib/index.ts';

/** One line saying what the question was understood to ask, for answers that carry no figure. */
export function describeUnderstood<N extends AssistantToolName>({ route, language, catalogue }: { route: ToolRouteOf<N>; language: Language; catalogue: IndicatorCatalogue }): string {
  const prefix = inLanguage({ nl: 'Ik begreep uw vraag als:', en: 'I understood your question as:' }, language);
  return `${prefix} ${toolModule(route.tool).dataTool.describe(route, { language, catalogue })}`;
}
