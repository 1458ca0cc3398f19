import { describe, expect, it } from 'vitest';
import { loadTextDocument } from '../../../../src/sources/knowledge/ingest/loaders/text-loader.ts';
import { fixturePath } from './fixtures/fixture-path.ts';

describe('loadTextDocument', () => {
  it('title: the short first line', async () => {
    const document = await loadTextDocument({ filePath: fixturePath('toelichting-wmo.txt'), source: 'docs/wmo.txt' });
    expect(document.metadata).toEqual({ title: 'Toelichting Wmo 2015 voor raadsleden', gemeenten: [], topics: [] });
    expect(document.source).toBe('docs/wmo.txt');
  });

  it('sections: one section without headings; wrapped lines rejoined, hyphenation undone, list lines kept', async () => {
    const { sections } = await loadTextDocument({ filePath: fixturePath('toelichting-wmo.txt'), source: 'x.txt' });
    expect(sections).toHaveLength(1);
    expect(sections[0]?.headingPath).toEqual([]);
    expect(sections[0]?.text.split('\n\n')).toEqual([
      'Toelichting Wmo 2015 voor raadsleden',
      'De Wmo 2015 verplicht gemeenten om maatwerkvoorzieningen te bieden. De jeugdhulp valt onder de Jeugdwet, ' +
        'niet onder de Wmo. Het Wmo-beleid wordt per gemeente vastgesteld.',
      'Aandachtspunten:',
      '- de eigen bijdrage (abonnementstarief);\n- de toegang via het sociaal wijkteam.',
      'Gemeenten zijn verantwoordelijk voor zorg- en welzijnsbeleid.',
    ]);
  });
});
