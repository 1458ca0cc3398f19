import { describe, expect, it } from 'vitest';
import { separableVerbAt } from '../../../../src/sources/knowledge/lexical/separable-verb.ts';
import { tokenizeWords } from '../../../../src/sources/knowledge/lexical/tokenize.ts';

const verbAtEnd = (text: string) => {
  const words = tokenizeWords(text);
  return separableVerbAt(words, words.length - 1);
};

describe('separableVerbAt', () => {
  it('reads particle + te + infinitive as the whole verb', () => {
    expect(verbAtEnd('om jeugdhulp aan te besteden')).toEqual({ joined: 'aanbesteden', verb: 'besteden' });
    expect(verbAtEnd('de gemeente overweegt over te stappen')).toEqual({ joined: 'overstappen', verb: 'stappen' });
    expect(verbAtEnd('om regionaal in te kopen')).toEqual({ joined: 'inkopen', verb: 'kopen' });
    expect(verbAtEnd('om samen te werken')?.joined).toBe('samenwerken');
  });

  it('leaves te + adverb, te + verb without a particle and a lone infinitive alone', () => {
    expect(verbAtEnd('niet voor te vaak')).toBeUndefined();
    expect(verbAtEnd('probeert te besparen')).toBeUndefined();
    expect(verbAtEnd('aan besteden')).toBeUndefined();
    expect(verbAtEnd('besteden')).toBeUndefined();
  });
});
