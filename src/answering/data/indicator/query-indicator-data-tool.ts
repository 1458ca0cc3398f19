import { NATION_CODE } from '../../../sources/cbs/index.ts';
import type { QueryIndicatorInput, QueryIndicatorResult } from '../../../sources/cbs/index.ts';
import { provinceNameOf, resolveGemeente } from '../../../lib/gemeenten/index.ts';
import { composeIndicatorAnswer } from './compose-indicator-answer.ts';
import { runIndicatorWithFallback } from './run-indicator-with-fallback.ts';
import type { DataTool } from '../tools/data-tool.ts';

/** A CBS indicator per gemeente and year; other years when CBS has none for the ones asked. */
export const queryIndicatorDataTool: DataTool<'query_indicator', QueryIndicatorInput, QueryIndicatorResult> = {
  intent: 'data',
  run: (route, { tool, toolCalls, language }) => runIndicatorWithFallback({ tool, input: route.input, period: route.period, toolCalls, language }),
  compose: (run, options) =>
    composeIndicatorAnswer({
      result: run.output,
      language: options.language,
      catalogue: options.catalogue,
      context: { ...(options.periodNote ? { periodNote: options.periodNote } : {}), ...(options.periodAssumed ? { periodAssumed: true } : {}) },
    }),
  describe: (route, { language, catalogue }) => {
    const found = catalogue.lookup(route.input.indicatorId);
    const name = found.kind === 'indicator' ? found.indicator.names[language] : route.input.indicatorId;
    const gemeenten = route.input.gemeenteCodes.map((code) => {
      if (code === NATION_CODE) return language === 'nl' ? 'Nederland' : 'the Netherlands';
      const province = provinceNameOf(code);
      if (province) return language === 'nl' ? `provincie ${province}` : `province of ${province}`;
      const resolved = resolveGemeente({ name: code });
      return resolved.kind === 'exact' ? resolved.gemeente.name : code;
    });
    return `${name}, ${gemeenten.join(', ')}, ${route.input.years.join(', ')} (CBS StatLine).`;
  },
};
