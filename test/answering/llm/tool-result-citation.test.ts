import { describe, expect, it } from 'vitest';
import { CALCULATOR_TITLES } from '../../../src/answering/data/calculators/calculator-citation.ts';
import { toolResultCitation } from '../../../src/answering/llm/tool-result-citation.ts';

describe('toolResultCitation', () => {
  it('cites a CBS indicator by its StatLine citation and page', () => {
    const output = { value: 1, source: { table: '85099NED', citation: 'CBS StatLine 85099NED, 2023, opgehaald 2026-11-20', url: 'https://opendata.cbs.nl/#/CBS/nl/dataset/85099NED' } };
    expect(toolResultCitation({ tool: { name: 'query_indicator' }, output, language: 'nl' })).toMatchObject({
      docId: 'cbs:85099NED',
      title: 'CBS StatLine 85099NED, 2023, opgehaald 2026-11-20',
      url: 'https://opendata.cbs.nl/#/CBS/nl/dataset/85099NED',
      snippet: 'value: 1',
    });
  });

  it('cites a registration figure by its label in the answer language', () => {
    const output = { value: 3, source: { kind: 'registratie', label: { nl: 'Eigen registratie, import 2026-11-01 (voorbeelddata)', en: 'Own registration, import 2026-11-01 (sample data)' } } };
    expect(toolResultCitation({ tool: { name: 'query_registrations' }, output, language: 'en' }).title).toBe('Own registration, import 2026-11-01 (sample data)');
  });

  it('cites a calculator as the calculator itself (its citationTitle), with its figures as snippet', () => {
    const tool = { name: 'budget_runway', citationTitle: CALCULATOR_TITLES.budget_runway };
    const citation = toolResultCitation({ tool, output: { projectedYearEndSpend: 13_200_000, status: 'overspend', months: [] }, language: 'nl' });
    expect(citation).toEqual({
      docId: 'rekentool:budget_runway',
      title: 'Rekentool budgetprognose (Stelselwijzer)',
      source: 'rekentool:budget_runway',
      snippet: 'projectedYearEndSpend: 13200000; status: overspend',
    });
  });
});
