import { METRIC_LABELS, type QueryRegistrationsInput, type RegistrationMetricResult } from '../../../sources/registrations/index.ts';
import { composeRegistrationAnswer } from './compose-registration-answer.ts';
import { runPlainTool, type DataTool } from '../tools/data-tool.ts';
import { inLanguage } from '../../../lib/index.ts';

/** A figure from the gemeente's own registration. */
export const queryRegistrationsDataTool: DataTool<'query_registrations', QueryRegistrationsInput, RegistrationMetricResult> = {
  intent: 'data',
  run: runPlainTool,
  compose: (run, options) =>
    composeRegistrationAnswer({
      result: run.output,
      language: options.language,
      context: {
        ...(options.periodAssumed ? { periodAssumed: true } : {}),
        ...(options.registrationScope ? { registrationScope: options.registrationScope } : {}),
        ...(options.trend ? { trend: true } : {}),
      },
    }),
  describe: (route, { language }) => {
    const period = route.input.metric === 'lopend_op' ? route.input.peildatum ?? route.input.to ?? '' : `${route.input.from ?? ''} – ${route.input.to ?? ''}`;
    return `${METRIC_LABELS[route.input.metric][language]}, ${period} (${inLanguage({ nl: 'eigen registratie', en: 'own registration' }, language)}).`;
  },
};
