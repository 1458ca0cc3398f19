import { describe, expect, it } from 'vitest';
import { expectedAnswerType, namesBeyond, narrowerKind, sentenceHasAnswerType } from '../../../src/answering/extractive/answer-type.ts';

describe('answer types', () => {
  it('reads "welke gemeenten" as a question for gemeenten, answered by a sentence naming more than one', () => {
    expect(expectedAnswerType('Welke gemeenten werken taakgericht?')).toBe('gemeenten');
    expect(expectedAnswerType('Which municipalities use task-based funding?')).toBe('gemeenten');
    expect(sentenceHasAnswerType('Lelystad en Tilburg worden als praktijkvoorbeelden genoemd.', 'gemeenten')).toBe(true);
    expect(sentenceHasAnswerType('Veel gemeenten werken taakgericht met een lumpsum.', 'gemeenten')).toBe(false);
    expect(sentenceHasAnswerType('De huidige contracten voor jeugdhulp in de regio Alkmaar lopen af.', 'gemeenten')).toBe(false);
  });

  it('keeps the other kinds apart', () => {
    expect(expectedAnswerType('Sinds wanneer werkt Utrecht met KOOS?')).toBe('time');
    expect(expectedAnswerType('binnen welke termijn moet de gemeente beslissen op een wmo-aanvraag?')).toBe('time');
    expect(expectedAnswerType('Wat is de beslistermijn voor een Wmo-aanvraag?')).toBe('time');
    expect(expectedAnswerType('Within what period must the municipality decide?')).toBe('time');
    expect(expectedAnswerType('Hoeveel aanbieders heeft Zeeland?')).toBe('quantity');
    expect(expectedAnswerType('Welk tekort op de jeugdzorg verwachtte Heerlen in 2017?')).toBe('quantity');
    expect(expectedAnswerType('What deficit did Heerlen expect?')).toBe('quantity');
    expect(expectedAnswerType('Welke organisaties zitten in KOOS?')).toBe('names');
    expect(expectedAnswerType('Waarom stijgen de kosten?')).toBe('reason');
    expect(expectedAnswerType('How come different commissioning bodies pay different rates?')).toBe('reason');
    expect(expectedAnswerType('According to municipalities, what is causing the waiting lists?')).toBe('reason');
    expect(expectedAnswerType('Wat zijn de oorzaken van de wachtlijsten?')).toBe('reason');
  });

  it('reads modifiers before the asked noun: which joint organisation, what youth care deficit, what is the population', () => {
    expect(expectedAnswerType('Which joint implementing organisation do Ermelo and Harderwijk use?')).toBe('names');
    expect(expectedAnswerType('Welk extern adviesbureau deed het onderzoek?')).toBe('names');
    expect(expectedAnswerType('What youth care deficit was Heerlen expecting in 2017?')).toBe('quantity');
    expect(expectedAnswerType('What is the population of the care office region?')).toBe('quantity');
    expect(expectedAnswerType('Which four Frisian municipalities end the contract?')).toBe('gemeenten');
  });

  it('reads "hoe vaak" as a question for a frequency, answered by one ("tweemaal per jaar"), not for a means', () => {
    expect(expectedAnswerType('Hoe vaak verschijnt de monitor?')).toBe('time');
    expect(sentenceHasAnswerType('De monitor wordt tweemaal per jaar gepubliceerd.', 'time')).toBe(true);
    expect(sentenceHasAnswerType('De raad krijgt jaarlijks een rapportage.', 'time')).toBe(true);
  });

  it('hears a duration in any number word before a unit, a half included ("tweeënhalf jaar")', () => {
    const howLong = narrowerKind('Hoe lang duurde het contract?', 'time')!;
    expect(howLong('Hollands Kroon wilde Incluzio eerst voor tweeënhalf jaar contracteren.')).toBe(true);
    expect(howLong('De looptijd is zeven jaar.')).toBe(true);
    expect(sentenceHasAnswerType('Het contract liep negen maanden.', 'time')).toBe(true);
    expect(sentenceHasAnswerType('Hollands Kroon wilde Incluzio eerst voor tweeënhalf jaar contracteren.', 'time')).toBe(true);
    expect(howLong('Hollands Kroon contracteert sinds 2016 één partij.')).toBe(false);
  });

  it('reads "wanneer"/"when" as a time question opening it or after a preposition, not inside a clause', () => {
    expect(expectedAnswerType('Wanneer startte KOOS?')).toBe('time');
    expect(expectedAnswerType('Sinds wanneer bestaat de Jeugdautoriteit?')).toBe('time');
    expect(expectedAnswerType('Met welke partijen heeft Den Haag gecontracteerd en tot wanneer?')).toBe('time');
    expect(expectedAnswerType('By when does Zoetermeer aim to conclude a new contract?')).toBe('time');
    expect(expectedAnswerType('How quickly must a municipality decide on a Wmo application?')).toBe('time');
    expect(expectedAnswerType('What message does a provider send when care starts?')).not.toBe('time');
    expect(expectedAnswerType('Why did Bellingwedde make things hard for itself when it introduced the Wmo?')).toBe('reason');
    expect(expectedAnswerType('Wat doet de gemeente wanneer het budget op is?')).not.toBe('time');
  });

  it('does not take the year in the name of the Wmo 2015 for a date', () => {
    expect(sentenceHasAnswerType('Voor de Wmo 2015 is de AMvB gebaseerd op artikel 2.6.6.', 'time')).toBe(false);
    expect(sentenceHasAnswerType('De Wmo 2015 geldt sinds 1 januari 2015.', 'time')).toBe(true);
    expect(sentenceHasAnswerType('De Wmo is in 2015 ingevoerd.', 'time')).toBe(true);
  });

  it('hears a count in every number word from two up, capitalised or not, but not in an article', () => {
    expect(sentenceHasAnswerType('Zestien Friese rekenkamers gaan gezamenlijk onderzoek doen.', 'quantity')).toBe(true);
    expect(sentenceHasAnswerType('Er kwamen negentig aanmeldingen binnen.', 'quantity')).toBe(true);
    expect(sentenceHasAnswerType('Twelve providers signed the contract.', 'quantity')).toBe(true);
    expect(sentenceHasAnswerType('Een gemeente kiest een aanbieder.', 'quantity')).toBe(false);
    expect(sentenceHasAnswerType('The municipality chose one provider in 2021.', 'quantity')).toBe(false);
  });

  it('hears a reason in "de aanleiding voor … is"', () => {
    expect(sentenceHasAnswerType('De formele aanleiding voor het K&I-punt Tarieven is het convenant Bevorderen Continuïteit Jeugdhulp.', 'reason')).toBe(true);
  });

  it('hears a reason in "aangezien"', () => {
    expect(sentenceHasAnswerType('Aangezien de gemeenten niet tevreden zijn, wordt het contract opgezegd.', 'reason')).toBe(true);
  });

  it('takes a sentence that opens with a name as naming someone, not one that opens with an article', () => {
    expect(sentenceHasAnswerType('Antoine Tromp, wethouder jeugdhulp in de gemeente Heiloo, is positief.', 'names')).toBe(true);
    expect(sentenceHasAnswerType('De Haagse wethouder weet er alles van.', 'names')).toBe(false);
  });

  it('takes an organisation known by its letters as a name, unless the question gives it', () => {
    expect(namesBeyond('De monitor, ontwikkeld door VNG/KING in samenwerking met het CBS, helpt gemeenten.', 'Which organisations developed the monitor?')).toBe(true);
    expect(namesBeyond('De WMO is in 2015 ingevoerd.', 'Welke organisaties voeren de Wmo uit?')).toBe(false);
  });

  it('asked for names, counts only names the question does not give itself', () => {
    const question = 'Uit welke organisaties bestaan KOOS en Spoor030 in Utrecht?';
    expect(namesBeyond('KOOS en Spoor030 schreven daarna in.', question)).toBe(false);
    expect(namesBeyond('KOOS is een samenwerkingsverband van Altrecht, De Opvoedpoli en Youké.', question)).toBe(true);
  });

  it('asked for money or for how long, wants an amount or a duration, not any number or year', () => {
    expect(expectedAnswerType('Binnen hoeveel tijd moet de gemeente beslissen op een Wmo-aanvraag?')).toBe('time');
    const duration = narrowerKind('Binnen hoeveel tijd moet de gemeente beslissen?', 'time')!;
    expect(duration('Het college geeft binnen twee weken een beschikking.')).toBe(true);
    expect(duration('Rotterdam noemt in haar rapportage 2021 wachttijden binnen de normen.')).toBe(false);
    // How long, said as until when.
    const howLong = narrowerKind('How long could families stay with their existing organisation?', 'time')!;
    expect(howLong('Lopende trajecten konden tot eind 2020 bij de bestaande organisatie worden voortgezet.')).toBe(true);
    expect(howLong('Het contract loopt tot 1 juli 2023.')).toBe(true);
    expect(howLong('Utrecht maakte in 2019 afspraken met hulpverleners.')).toBe(false);
    const amount = narrowerKind('Welk tekort verwachtte Heerlen?', 'quantity')!;
    expect(amount('Ook Heerlen (6 miljoen) verwacht bij te passen.')).toBe(true);
    expect(amount('Twee derde van de gemeenten verwacht een tekort.')).toBe(false);
    const frequency = narrowerKind('Hoe vaak verschijnt de monitor?', 'time')!;
    expect(frequency('De monitor wordt tweemaal per jaar gepubliceerd.')).toBe(true);
    expect(frequency('Ruim een jaar geleden zijn de decentralisaties ingevoerd.')).toBe(false);
    expect(narrowerKind('Sinds wanneer werkt Utrecht taakgericht?', 'time')).toBeUndefined();
    expect(narrowerKind('Hoeveel inwoners telt de regio?', 'quantity')).toBeUndefined();
  });
});
