import { describe, expect, it } from 'vitest';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';

describe('a question for a rate ("per inwoner")', () => {
  const total = testChunk('zaanstad', 'De wijkteams kosten Zaanstad circa € 33,7 miljoen, voor alle inwoners samen.');
  const rate = testChunk('kosten', 'Een wijkteam kost de gemeente gemiddeld € 40 per inwoner per jaar, blijkt uit de benchmark van de wijkteams.');
  const question = 'Wat kost een wijkteam per inwoner?';

  it('is answered by a sentence that gives the amount per inwoner', () => {
    const answer = composerOver([total, rate]).compose({ question, language: 'nl', passages: [foundPassage(rate), foundPassage(total)] });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('€ 40 per inwoner');
  });

  it('is refused when the sources give only totals: a total is no rate', () => {
    // The corpus knows the words (another document has them); the search found only the total.
    const answer = composerOver([total, rate]).compose({ question, language: 'nl', passages: [foundPassage(total)] });
    expect(answer.abstained).toBe(true);
    expect(answer.refusal).toBe('amount-not-in-sources');
  });
});

describe('a question how long something lasts', () => {
  const definition = testChunk('begrippen', 'Een hoofdaannemer is de partij die een gemeente contracteert voor de hele opdracht en die zolang het contract loopt zelf onderaannemers inschakelt.');
  const duration = testChunk('utrecht', 'Gezinnen met lopende specialistische hulp konden tot eind 2020 bij hun eigen hoofdaannemer blijven, zo bepaalde het contract.');
  const corpus = composerOver([definition, duration]);

  it('is refused when the quoted sentences give no duration or date, however well they match', () => {
    const answer = corpus.compose({ question: 'Hoe lang loopt een contract met een hoofdaannemer?', language: 'nl', passages: [foundPassage(definition)] });
    expect(answer.abstained).toBe(true);
    expect(answer.refusal).toBe('duration-not-in-sources');
  });

  it('is answered by a date it runs until ("tot eind 2020")', () => {
    const answer = corpus.compose({ question: 'Hoe lang konden gezinnen bij hun eigen hoofdaannemer blijven?', language: 'nl', passages: [foundPassage(duration), foundPassage(definition)] });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('tot eind 2020');
  });
});

describe('a question for what one law costs a gemeente', () => {
  const youth = testChunk('amsterdam', 'De kosten van de Amsterdamse jeugdzorg stegen in 2018 met € 42,8 miljoen. De gemeente Amsterdam voert ook de Wmo uit.');
  const corpus = composerOver([youth]);

  it('is refused when the sources give only what the other law costs: youth care costs are no Wmo costs', () => {
    const answer = corpus.compose({ question: 'Hoeveel kost de Wmo in Amsterdam?', language: 'nl', passages: [foundPassage(youth)] });
    expect(answer.abstained).toBe(true);
    expect(answer.refusal).toBe('amount-not-in-sources');
  });

  it('is answered when it asks for that law', () => {
    const answer = corpus.compose({ question: 'Wat kost de jeugdzorg in Amsterdam?', language: 'nl', passages: [foundPassage(youth)] });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('€ 42,8 miljoen');
  });
});

describe('a how-long question answered by a year', () => {
  const other = testChunk('toegang', 'Voor de Wmo verloopt de toegang via een melding en een aanvraag. Den Haag noemde lange wachttijden als aanleiding voor de nieuwe inkoop per 2024.');
  const since = testChunk('jeugdautoriteit', 'De Jeugdautoriteit is per 1 januari 2019 ingesteld en is onderdeel van het ministerie van VWS.');
  const corpus = composerOver([other, since]);

  it('is refused when the year only says when something else happened ("de inkoop per 2024")', () => {
    const answer = corpus.compose({ question: 'Hoe lang mag een Wmo-aanvraag duren?', language: 'nl', passages: [foundPassage(other)] });
    expect(answer.abstained).toBe(true);
    expect(answer.refusal).toBe('duration-not-in-sources');
  });

  it('is answered by the date since when ("per 1 januari 2019 ingesteld")', () => {
    const answer = corpus.compose({ question: 'Hoe lang bestaat de Jeugdautoriteit al?', language: 'nl', passages: [foundPassage(since)] });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('per 1 januari 2019');
  });
});

describe('a question for a time by its name ("Wat is de wachttijd …?")', () => {
  const measuring = testChunk('wachttijd', 'Een gemeente kan de tijd tussen toewijzing en startbericht gebruiken als indicatie van de wachttijd voor jeugdhulp in 2025.');
  const duration = testChunk('wachttijd-ede', 'De wachttijd voor jeugdhulp in Ede is gemiddeld zeven weken.');
  const corpus = composerOver([measuring, duration]);

  it('is refused when the quoted sentences give no duration (a year is none)', () => {
    const answer = corpus.compose({ question: 'Wat is de wachttijd voor jeugdhulp?', language: 'nl', passages: [foundPassage(measuring)] });
    expect(answer.abstained).toBe(true);
    expect(answer.refusal).toBe('duration-not-in-sources');
  });

  it('is answered by a sentence that gives one', () => {
    const answer = corpus.compose({ question: 'What is the waiting time for youth care in Ede?', language: 'en', passages: [foundPassage(duration), foundPassage(measuring)] });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('zeven weken');
  });
});
