import type { CbsClient, IndicatorCatalogue } from '../../../sources/cbs/index.ts';
import type { RegistrationReader } from '../../../sources/registrations/index.ts';
import type { AssistantTool } from '../../tools/index.ts';
import type { RouteOf } from '../data-route.ts';
import type { RoutingContext } from '../routing-context.ts';
import type { DataTool } from './data-tool.ts';

/** What the tools are built from, opened once by the composition root (openAssistantTools). */
export interface ToolDependencies {
  cbs: CbsClient;
  catalogue: IndicatorCatalogue;
  /** Read-only view of the gemeente's own registration: `openRegistrationData(...).store.reader`. */
  registrations: RegistrationReader;
}

/**
 * Everything about one data tool, exported by its feature folder and listed once in
 * tool-registry.ts:
 * - `createTool`: the tool as the model, the CLI and the offline answerer run it (its Dutch
 *   description for a language model, its zod input schema and the function); its name is `name`;
 * - `route`: the rules that read a question for this tool (undefined: not this tool's question);
 * - `dataTool`: how the offline answerer runs it, composes its output and says what it understood.
 */
export interface ToolModule<N extends string, I, O> {
  name: N;
  createTool(dependencies: ToolDependencies): Omit<AssistantTool<I, O>, 'name'>;
  route(context: RoutingContext): RouteOf<N, I>;
  dataTool: DataTool<N, I, O>;
}
