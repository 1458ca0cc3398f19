import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/sources/knowledge/ingest/split-sentences.ts';

describe('splitSentences', () => {
  it('splits at sentence ends followed by a capital or a digit', () => {
    expect(splitSentences('De raad besluit. Het college voert uit! Wie betaalt? 2025 wordt een overgangsjaar.')).toEqual([
      'De raad besluit.',
      'Het college voert uit!',
      'Wie betaalt?',
      '2025 wordt een overgangsjaar.',
    ]);
  });

  it('does not split after Dutch abbreviations', () => {
    const text =
      'Gemeenten kopen o.a. Jeugdhulp in, bijv. Ambulante hulp. Dat is d.w.z. Maatwerk volgens art. 2.3 Jeugdwet. ' +
      'Zie nr. 12 en ca. 300 aanbieders, huisvesting e.d. Daarna volgt dhr. J. de Vries.';
    expect(splitSentences(text)).toEqual([
      'Gemeenten kopen o.a. Jeugdhulp in, bijv. Ambulante hulp.',
      'Dat is d.w.z. Maatwerk volgens art. 2.3 Jeugdwet.',
      'Zie nr. 12 en ca. 300 aanbieders, huisvesting e.d. Daarna volgt dhr. J. de Vries.',
    ]);
  });

  it('does not split inside numbers and amounts', () => {
    expect(splitSentences('Het tarief stijgt 12,5 procent. Er waren 367.947 jongeren in zorg. Het kost € 1.200 per jaar. Klaar.')).toEqual([
      'Het tarief stijgt 12,5 procent.',
      'Er waren 367.947 jongeren in zorg.',
      'Het kost € 1.200 per jaar.',
      'Klaar.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    expect(splitSentences('Zorg, welzijn enz. zijn taken van de gemeente.')).toEqual(['Zorg, welzijn enz. zijn taken van de gemeente.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(splitSentences('Zij zei: "Dit werkt." Daarna bleef het stil.')).toEqual(['Zij zei: "Dit werkt."', 'Daarna bleef het stil.']);
  });

  it('starts a sentence at a Dutch opening quote written as two commas or „', () => {
    expect(splitSentences('Den Haag deed daar ervaring mee op bij de thuishulp. ,,Ouderen raakten hierdoor uren thuishulp kwijt.’’ Daarna bleef het stil.')).toEqual(['Den Haag deed daar ervaring mee op bij de thuishulp.', ',,Ouderen raakten hierdoor uren thuishulp kwijt.’’', 'Daarna bleef het stil.']);
    expect(splitSentences('Het werkt. „Wij zijn tevreden”, zegt zij.')).toEqual(['Het werkt.', '„Wij zijn tevreden”, zegt zij.']);
    // A comma after a sentence's end and before a capital is no opening quote.
    expect(splitSentences('Het kost 3. ,Dat is veel.')).toEqual(['Het kost 3. ,Dat is veel.']);
  });

  it('treats every line as a sentence and drops list markers unless asked to keep them', () => {
    const text = 'Risico’s:\n- wachtlijsten\n- onderbesteding. Vooral in 2024.\n\n1. eerste stap';
    expect(splitSentences(text)).toEqual(['Risico’s:', 'wachtlijsten', 'onderbesteding.', 'Vooral in 2024.', 'eerste stap']);
    expect(splitSentences(text, { keepListMarkers: true })).toEqual([
      'Risico’s:',
      '- wachtlijsten',
      '- onderbesteding.',
      'Vooral in 2024.',
      '1. eerste stap',
    ]);
  });

  it('is fast on long text', () => {
    const text = 'De gemeente betaalt o.a. jeugdhulp, bijv. in de wijk. Het budget is € 1.200. '.repeat(20_000);
    const started = performance.now();
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(40_000);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('splitSentences: numbers before a period', () => {
  it('a number ends a sentence in prose, but numbers an item at the start of a line or after a colon', () => {
    expect(splitSentences('Zie hoofdstuk 3. De gemeente beslist.')).toEqual(['Zie hoofdstuk 3.', 'De gemeente beslist.']);
    expect(splitSentences('1. Aanvraag indienen bij het wijkteam.', { keepListMarkers: true })).toEqual([
      '1. Aanvraag indienen bij het wijkteam.',
    ]);
    expect(splitSentences('Twee stappen: 1. Aanvraag. 2. Besluit.')).toEqual(['Twee stappen: 1. Aanvraag.', '2. Besluit.']);
  });
});
