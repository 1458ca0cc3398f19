import { describe, expect, it } from 'vitest';
import { askedIdentityOf, identifiesName } from '../../../src/answering/extractive/identity-question.ts';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';

describe('askedIdentityOf', () => {
  it('gives the name a "Wie is …?"/"Wat is …?" question asks about', () => {
    expect(askedIdentityOf('Wie is Roxana Asmus?')).toBe('Roxana Asmus');
    expect(askedIdentityOf('Who is Annemiek van der Laan?')).toBe('Annemiek van der Laan');
    expect(askedIdentityOf('Wat is Significant?')).toBe('Significant');
    expect(askedIdentityOf('Wat is het NJi?')).toBe('NJi');
    expect(askedIdentityOf('wie is Coby Peeters eigenlijk, wat is haar achtergrond?')).toBe('Coby Peeters');
    expect(askedIdentityOf('Who is Roxana Asmus, and what is her role?')).toBe('Roxana Asmus');
  });

  it('leaves questions about anything more than a name, and lowercase words', () => {
    expect(askedIdentityOf('Wie is de wethouder jeugd van Utrecht?')).toBeUndefined();
    expect(askedIdentityOf('Wat is een lumpsum?')).toBeUndefined();
    expect(askedIdentityOf('Wie is Roxana Asmus volgens JA Magazine?')).toBeUndefined();
    expect(askedIdentityOf('Wie is Coby Peeters, wat vindt zij van taakgericht werken?')).toBeUndefined();
  });
});

describe('identifiesName', () => {
  it('hears a role beside the name, or the name said to be something', () => {
    expect(identifiesName('Roxana Asmus, directeur-bestuurder van Incluzio, stelt dat het kan.', 'Roxana Asmus')).toBe(true);
    expect(identifiesName('In een blog van adviesbureau Significant vertelt Coby Peeters hoe.', 'Significant')).toBe(true);
    expect(identifiesName('Incluzio is een dochter van de Facilicom Group.', 'Incluzio')).toBe(true);
  });

  it('does not hear it in a sentence that only quotes the name', () => {
    expect(identifiesName('Het kan volgens Roxana Asmus niet zo zijn dat een aanbieder stopt.', 'Roxana Asmus')).toBe(false);
    expect(identifiesName('Roxana Asmus, die het model gebruikt, is positief.', 'Roxana Asmus')).toBe(false);
    expect(identifiesName('Roxana Asmus adviseert aanbieders ondernemend te zijn.', 'Roxana Asmus')).toBe(false);
  });
});

describe('a question for who someone is ("Wie is Roxana Asmus?")', () => {
  const interview = testChunk(
    'interview',
    'Roxana Asmus adviseert aanbieders ondernemend te zijn. In JA Magazine, het online magazine van de Jeugdautoriteit, vertelt Roxana Asmus, directeur-bestuurder van zorgaanbieder Incluzio, over haar ervaringen met taakgerichte bekostiging van jeugdhulp in Den Haag en Utrecht en over het sturingsmodel van Simons.',
  );

  it('is answered by the sentence that gives her role', () => {
    const answer = composerOver([interview]).compose({ question: 'Wie is Roxana Asmus?', language: 'nl', passages: [foundPassage(interview)] });
    expect(answer.answer).toMatch(/^In JA Magazine, het online magazine van de Jeugdautoriteit, vertelt Roxana Asmus, directeur-bestuurder/);
  });
});
