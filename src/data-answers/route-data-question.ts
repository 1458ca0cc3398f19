import type { Language } from '../core/answer.ts';
import type { IndicatorCatalogue } from '../data/indicators/indicator-catalogue.ts';
import type { DataRoute } from './data-route.ts';
import { asksForKnowledge, plainText } from './question-cues.ts';
import { resolveGemeenteMentions } from './resolve-gemeente-mentions.ts';
import { routeBudgetRunway } from './route-budget-runway.ts';
import { routeCompareFinancing } from './route-compare-financing.ts';
import { routeIndicator } from './route-indicator.ts';
import { routeRegistrations } from './route-registrations.ts';
import { routeResidentialScenario } from './route-residential-scenario.ts';

export type { DataRoute, ToolRoute, ClarifyRoute } from './data-route.ts';

export interface RouteDataQuestionOptions {
  question: string;
  language: Language;
  today: Date;
  catalogue: IndicatorCatalogue;
}

/**
 * Decides whether a question asks for data and, if so, which tool answers it with which input,
 * read from the question only (rule-based, no model). Order: the calculators (their questions
 * carry amounts), then the gemeente's own registration ("hadden we", "onze"), then CBS indicators.
 * Returns `clarify` when inputs are missing or a gemeente is unclear, and undefined for knowledge
 * questions ("Wat is taakgerichte bekostiging?"), which the knowledge path answers.
 */
export function routeDataQuestion(options: RouteDataQuestionOptions): DataRoute {
  const { question, language, today, catalogue } = options;
  const plain = plainText(question).trim();
  if (plain.length === 0) return undefined;

  const calculation =
    routeBudgetRunway({ question, language, today }) ??
    routeResidentialScenario({ question, language }) ??
    routeCompareFinancing({ question, language });
  if (calculation) return calculation;
  if (asksForKnowledge.test(plain)) return undefined;

  const mentions = resolveGemeenteMentions({ question, language });
  const gemeenten = mentions.kind === 'found' ? mentions.gemeenten : [];
  const route =
    routeRegistrations({ question, language, today, gemeenten }) ??
    routeIndicator({ question, language, today, catalogue, gemeenten, gemeenteUnresolved: mentions.kind === 'clarify' });
  if (route && mentions.kind === 'clarify') return { kind: 'clarify', ...(route.tool ? { tool: route.tool } : {}), message: mentions.message };
  return route;
}
