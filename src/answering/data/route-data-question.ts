import type { Language } from '../../assistant/index.ts';
import type { IndicatorCatalogue } from '../../sources/cbs/index.ts';
import type { DataRoute } from './data-route.ts';
import { asksForKnowledge, plainText } from './question-cues.ts';
import { resolveGemeenteMentions } from './resolve-gemeente-mentions.ts';
import { routeBudgetRunway } from './calculators/route-budget-runway.ts';
import { routeCompareFinancing } from './calculators/route-compare-financing.ts';
import { routeIndicator } from './indicator/route-indicator.ts';
import { routeRegistrations } from './registrations/route-registrations.ts';
import { routeResidentialScenario } from './calculators/route-residential-scenario.ts';
import type { RegistrationProfile } from './registration-profile.ts';
import { asksForTrend, nationalOrSource } from './trend-cues.ts';

export type { DataRoute, ToolRoute, ClarifyRoute } from './data-route.ts';

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
 * read from the question only (rule-based, no model). Order: the calculators (their questions
 * carry amounts), then the gemeente's own registration ("hadden we", "onze"), then CBS indicators.
 * Returns `clarify` when inputs are missing or a gemeente is unclear, and undefined for knowledge
 * questions ("Wat is taakgerichte bekostiging?"), which the knowledge path answers.
 */
export function routeDataQuestion(options: RouteDataQuestionOptions): DataRoute {
  const { question, language, today, catalogue, registration } = options;
  const plain = plainText(question).trim();
  if (plain.length === 0) return undefined;

  const calculation =
    routeBudgetRunway({ question, language, today }) ??
    routeResidentialScenario({ question, language }) ??
    routeCompareFinancing({ question, language });
  if (calculation) return calculation;
  // "Hoe heeft … zich ontwikkeld?" reads like a knowledge question, but about our own data it asks for a series.
  const trendOnly = asksForKnowledge.test(plain);
  if (trendOnly && !(asksForTrend.test(plain) && !nationalOrSource.test(plain))) return undefined;

  const mentions = resolveGemeenteMentions({ question, language });
  const gemeenten = mentions.kind === 'found' ? mentions.gemeenten : [];
  const viaRegistration = routeRegistrations({ question, language, today, gemeenten, ...(registration ? { registration } : {}) });
  if (trendOnly && !viaRegistration) return undefined;
  const route =
    viaRegistration ??
    routeIndicator({ question, language, today, catalogue, gemeenten, gemeenteUnresolved: mentions.kind === 'clarify', ...(registration ? { registration } : {}) });
  if (route && mentions.kind === 'clarify') return { kind: 'clarify', ...(route.tool ? { tool: route.tool } : {}), message: mentions.message };
  return route;
}
