import type { AssistantToolName } from '../../tools/index.ts';
import { budgetRunwayDataTool, compareFinancingDataTool, residentialScenarioDataTool } from '../calculators/calculator-data-tools.ts';
import type { DataTool } from './data-tool.ts';
import { queryIndicatorDataTool } from '../indicator/query-indicator-data-tool.ts';
import { queryRegistrationsDataTool } from '../registrations/query-registrations-data-tool.ts';

/** Every tool the offline data answerer can run, by name: a new tool is one more line here. */
const DATA_TOOLS: { [N in AssistantToolName]: DataTool<N> } = {
  query_indicator: queryIndicatorDataTool,
  query_registrations: queryRegistrationsDataTool,
  budget_runway: budgetRunwayDataTool,
  compare_financing: compareFinancingDataTool,
  residential_scenario: residentialScenarioDataTool,
};

export function dataTool<N extends AssistantToolName>(name: N): DataTool<N> {
  return DATA_TOOLS[name];
}
