import { describe, expect, it } from 'vitest';
import type { RetrievedPassage } from '../../../src/sources/knowledge/retrieval/hybrid-retriever.ts';
import { checkGrounding } from '../../../src/answering/llm/grounding-guard.ts';
import { TurnSources } from '../../../src/answering/llm/turn-sources.ts';

function passage(docId: string, title: string, text: string): RetrievedPassage {
  return {
    chunk: { id: `${docId}#0`, docId, source: `knowledge/${docId}.md`, ordinal: 0, headingPath: [title], text, metadata: { title, gemeenten: [], topics: [] } },
    score: 1,
    lexicalScore: 1,
    similarity: 1,
  };
}

function sources() {
  const turn = new TurnSources();
  turn.addPassage(passage('casus', 'Casus Voorbeeldstad', 'Het aantal jeugdigen met jeugdhulp was 367.947 in 2023.'));
  turn.addPassage(passage('advies', 'Advies', 'Een risicocorridor van 5 procent beperkt het risico.'));
  turn.addToolResult({
    toolName: 'budget_runway',
    input: { annualBudget: 12_000_000 },
    output: { projectedYearEndSpend: 13_200_000, projectedDifferencePercent: 10 },
    citation: { docId: 'rekentool:budget_runway', title: 'Rekentool budgetprognose (Stelselwijzer)', source: 'rekentool:budget_runway', snippet: '' },
  });
  turn.addPassage(passage('casus', 'Casus Voorbeeldstad', 'Voorbeeldstad heeft 4 wijkteams.'));
  return turn.all;
}

const check = (answer: string, userTexts: string[] = ['Hoe zit het?']) => checkGrounding({ answer, sources: sources(), userTexts, language: 'nl' });

describe('checkGrounding', () => {
  it('numbers passages of one document once and tool results separately', () => {
    expect(sources().map((source) => [source.n, source.kind, source.citation.title])).toEqual([
      [1, 'document', 'Casus Voorbeeldstad'],
      [2, 'document', 'Advies'],
      [3, 'tool', 'Rekentool budgetprognose (Stelselwijzer)'],
    ]);
  });

  it('accepts numbers found in cited sources, in either format', () => {
    expect(check('In 2023 kregen 367,947 jeugdigen jeugdhulp [1]; verwacht wordt € 13,2 mln, 10% meer [3].')).toEqual({ ok: true, cited: [1, 3], abstained: false });
    expect(check('Voorbeeldstad heeft 4 wijkteams [1].').ok).toBe(true);
  });

  it('rejects a number that is in no source', () => {
    expect(check('Het waren 400.000 jeugdigen [1].')).toEqual({ ok: false, problems: [{ kind: 'unsupported-number', number: '400.000' }] });
  });

  it('rejects a number that is only in a source the answer does not cite', () => {
    expect(check('Een corridor van 5 procent helpt [1].')).toEqual({ ok: false, problems: [{ kind: 'uncited-number', number: '5 procent', sources: [2] }] });
  });

  it('rejects citations of sources that do not exist', () => {
    expect(check('Taakgericht werkt [1][7].')).toEqual({ ok: false, problems: [{ kind: 'unknown-citation', n: 7 }] });
    expect(check('Taakgericht werkt [1, 0].')).toEqual({ ok: false, problems: [{ kind: 'unknown-citation', n: 0 }] });
  });

  it('rejects claims without any citation, but accepts a plain abstention', () => {
    expect(check('Taakgericht bekostigen werkt goed.')).toEqual({ ok: false, problems: [{ kind: 'no-citations' }] });
    expect(check('De bronnen geven hierop geen antwoord.')).toEqual({ ok: true, cited: [], abstained: true });
    expect(check('The sources do not say.')).toEqual({ ok: true, cited: [], abstained: true });
    expect(check('Dat staat niet in de kennisbank.')).toMatchObject({ ok: true, abstained: true });
    expect(check('De bronnen geven geen cijfers over 2025.', ['Hoeveel was het in 2025?'])).toMatchObject({ ok: true, abstained: true });
    expect(check('De bronnen geven geen cijfers over 2025.')).toEqual({ ok: false, problems: [{ kind: 'unsupported-number', number: '2025' }, { kind: 'no-citations' }] });
  });

  it('does not take an uncited claim that mentions the sources for an abstention', () => {
    expect(check('Volgens de bronnen is taakgericht bekostigen niet altijd goedkoper.')).toEqual({ ok: false, problems: [{ kind: 'no-citations' }] });
    expect(check('De bronnen geven aan dat een lumpsum werkt.')).toEqual({ ok: false, problems: [{ kind: 'no-citations' }] });
  });

  it('accepts a single question back to the user, but not claims followed by a question', () => {
    expect(check('Bedoelt u Bergen (NH) of Bergen (L)?')).toMatchObject({ ok: true, abstained: true });
    expect(check('Taakgericht werkt beter. Wilt u meer weten?')).toEqual({ ok: false, problems: [{ kind: 'no-citations' }] });
  });

  it('allows list numbering, law names and numbers from the user', () => {
    const answer = '1. In 2023 waren het 367.947 jeugdigen [1].\n2. Onder de Wmo 2015 telt 12 mln budget [3].';
    expect(check(answer, ['Ons budget is 12 mln'])).toMatchObject({ ok: true });
    expect(check(answer, ['Ons budget is 11 mln'])).toMatchObject({ ok: false, problems: [{ kind: 'unsupported-number', number: '12 mln' }] });
  });

  it('does not let a [n] marker pass as a number or a number as a citation', () => {
    expect(check('Er zijn 4 wijkteams [1]').ok).toBe(true);
    expect(check('Er zijn [4] wijkteams [1]')).toEqual({ ok: false, problems: [{ kind: 'unknown-citation', n: 4 }] });
  });
});
