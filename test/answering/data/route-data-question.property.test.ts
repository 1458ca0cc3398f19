import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetRunwayInput } from '../../../src/sources/calculators/budget-runway.ts';
import { compareFinancingInput } from '../../../src/sources/calculators/compare-financing.ts';
import { loadIndicatorCatalogue } from '../../../src/sources/cbs/indicators/indicator-catalogue.ts';
import { queryIndicatorInput } from '../../../src/sources/cbs/indicators/query-indicator-input.ts';
import { routeDataQuestion } from '../../../src/answering/data/route-data-question.ts';
import { queryRegistrationsInput } from '../../../src/sources/registrations/query-registrations.ts';

const catalogue = loadIndicatorCatalogue();
const today = new Date('2026-11-23T12:00:00Z');

const words = [
  'hoeveel', 'how many', 'inwoners', 'jongeren', 'jeugdhulp met verblijf', 'residentiële plaatsingen', 'hadden we', 'onze', 'our',
  'Utrecht', 'Den Haag', 'Bergen', 'Utreht', 'in 2023', 'dit jaar', 'vorig jaar', 'tot en met september', 'per 1.000 inwoners',
  'budget', '12 miljoen', '10,2 miljoen', 'uitgegeven', 'wanneer is het op', 'P maal Q', 'lumpsum van 11,5 miljoen', 'over 4 jaar',
  '€ 95 per uur', '120.000 uur', 'kost', 'vergeleken met', 'minder', 'à € 120.000', '60%', 'ambulant', 'besparen', 'kosten', '?',
];

/** The schemas the tools check their input with; routed inputs must pass them. */
const schemas = {
  query_indicator: queryIndicatorInput,
  query_registrations: queryRegistrationsInput,
  compare_financing: compareFinancingInput,
  budget_runway: budgetRunwayInput,
} as const;

describe('routeDataQuestion (properties)', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('nl' as const, 'en' as const), (question, language) => {
        routeDataQuestion({ question, language, today, catalogue });
      }),
      { numRuns: 300 },
    );
  });

  it('routed inputs of questions built from data words pass the tool schema (residential_scenario: the calculator reports bad input itself)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 10 }), fc.constantFrom('nl' as const, 'en' as const), (parts, language) => {
        const route = routeDataQuestion({ question: parts.join(' '), language, today, catalogue });
        if (route?.kind !== 'tool' || route.tool === 'residential_scenario') return;
        const parsed = schemas[route.tool].safeParse(route.input);
        expect(parsed.success, JSON.stringify(route.input)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a clarify message is never empty and is in the asked language', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 10 }), (parts) => {
        const route = routeDataQuestion({ question: parts.join(' '), language: 'en', today, catalogue });
        if (route?.kind !== 'clarify') return;
        expect(route.message.length).toBeGreaterThan(10);
        expect(route.message).not.toMatch(/\b(?:Noem|Voor welke|heb ik nog nodig|Bedoelt u)\b/);
      }),
      { numRuns: 300 },
    );
  });
});
