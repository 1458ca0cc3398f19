import { describe, expect, it } from 'vitest';
import { citedNumbersInOrder, rewriteCitationMarkers, stripCitationMarkers } from '../../../src/answering/llm/citation-markers.ts';
import { finalizeCitations } from '../../../src/answering/llm/finalize-citations.ts';
import { TurnSources } from '../../../src/answering/llm/turn-sources.ts';

describe('citation markers', () => {
  it('reads [n], [n, m] and [n; m] in order of first use', () => {
    expect(citedNumbersInOrder('a [3] b [1, 3] c [2; 5] d [3]')).toEqual([3, 1, 2, 5]);
  });

  it('rewrites markers one per source', () => {
    expect(rewriteCitationMarkers({ text: 'a [3] b [1, 3]', renumber: (n) => (n === 3 ? 1 : 2) })).toBe('a [1] b [2][1]');
  });

  it('strips markers with the space before them', () => {
    expect(stripCitationMarkers('Met een lumpsum [1]. En meer [2, 3].')).toBe('Met een lumpsum. En meer.');
  });

  it('finalizeCitations keeps the cited sources only, renumbered 1..k', () => {
    const sources = new TurnSources();
    for (const name of ['a', 'b', 'c']) {
      sources.addToolResult({ toolName: name, input: {}, output: {}, citation: { docId: name, title: name.toUpperCase(), source: name, snippet: '' } });
    }
    const result = finalizeCitations({ answer: 'x [3] y [1] z [3]', cited: [3, 1], sources: sources.all });
    expect(result.answer).toBe('x [1] y [2] z [1]');
    expect(result.citations.map((citation) => [citation.n, citation.title])).toEqual([[1, 'C'], [2, 'A']]);
  });
});
