import type { Language } from '../../assistant/index.ts';
import type { IndicatorCatalogue } from '../../sources/cbs/index.ts';
import type { ClarifyRoute, ToolRoute } from './data-route.ts';
import type { RegistrationProfile } from './registration-profile.ts';
import { createRoutingContext } from './routing-context.ts';
import { TOOL_MODULES, type AssistantToolName, type AssistantToolTypes } from './tool-registry.ts';

/** A question routed to tool N, with that tool's input type. */
export type ToolRouteOf<N extends AssistantToolName> = ToolRoute<N, AssistantToolTypes[N]['input']>;

/** A question routed to one of the registered tools. */
export type RegisteredToolRoute = { [N in AssistantToolName]: ToolRouteOf<N> }[AssistantToolName];

/** undefined: not a data question (the knowledge path answers it). */
export type DataRoute = RegisteredToolRoute | ClarifyRoute<AssistantToolName> | undefined;

export interface RouteDataQuestionOptions {
  question: string;
  language: Language;
  today: Date;
  catalogue: IndicatorCatalogue;
  /** The registration's gemeenten and span; without it only "we"/"onze" questions reach the registration. */
  registration?: RegistrationProfile;
}

/**
 * Decides whether a question asks for data and, if so, which tool answers it with which input,
 * read from the question only (rule-based, no model): each registered tool's rules in registry
 * order, the first that takes the question wins. Returns `clarify` when inputs are missing or a
 * gemeente is unclear, and undefined for knowledge questions ("Wat is taakgerichte bekostiging?"),
 * which the knowledge path answers.
 */
export function routeDataQuestion(options: RouteDataQuestionOptions): DataRoute {
  const context = createRoutingContext(options);
  if (context.plain.length === 0) return undefined;
  for (const module of TOOL_MODULES) {
    const route = module.route(context);
    if (route) return route;
  }
  return undefined;
}
