import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGazetteer, findGemeenten, getGazetteer, resolveGemeente } from '../../../src/lib/gemeenten/gazetteer.ts';
import { normalizeName } from '../../../src/lib/gemeenten/normalize-text.ts';
import { damerauLevenshtein } from '../../../src/lib/gemeenten/string-distance.ts';

const codes = (text: string) => findGemeenten({ text }).map((mention) => mention.gemeenten.map((gemeente) => gemeente.code));

describe('normalizeName', () => {
  it('folds case, diacritics, apostrophes and hyphens', () => {
    expect(normalizeName("'s-Hertogenbosch")).toBe('s hertogenbosch');
    expect(normalizeName('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(normalizeName('  Bergen (NH.) ')).toBe('bergen nh');
    expect(normalizeName('Alphen a/d Rijn')).toBe('alphen a d rijn');
  });
});

describe('damerauLevenshtein', () => {
  it('counts edits including adjacent transpositions', () => {
    expect(damerauLevenshtein({ a: 'utrect', b: 'utrecht' })).toBe(1);
    expect(damerauLevenshtein({ a: 'utrehct', b: 'utrecht' })).toBe(1);
    expect(damerauLevenshtein({ a: 'kitten', b: 'sitting' })).toBe(3);
    expect(damerauLevenshtein({ a: 'kitten', b: 'sitting', max: 1 })).toBe(2);
    expect(damerauLevenshtein({ a: '', b: 'abc' })).toBe(3);
  });
});

describe('findGemeenten', () => {
  it('finds gemeenten in a question, including Den Haag for \'s-Gravenhage', () => {
    const text = 'How many young people in Utrecht had youth care with accommodation in 2023, per 1,000 inhabitants, compared with Den Haag?';
    const mentions = findGemeenten({ text });
    expect(mentions.map((mention) => [mention.raw, mention.index, mention.gemeenten[0]?.code])).toEqual([
      ['Utrecht', text.indexOf('Utrecht'), 'GM0344'],
      ['Den Haag', text.indexOf('Den Haag'), 'GM0518'],
    ]);
  });

  it('prefers the gemeente Utrecht but exposes the province of the same name', () => {
    const [plain] = findGemeenten({ text: 'Hoeveel jeugdigen in Utrecht?' });
    expect(plain).toMatchObject({ refersTo: 'gemeente', ambiguous: true, province: { code: 'PV26', name: 'Utrecht' } });
    const [province] = findGemeenten({ text: 'in de provincie Utrecht' });
    expect(province).toMatchObject({ refersTo: 'province', ambiguous: false });
    for (const text of ['in the province of Groningen', 'young people in Groningen province']) {
      expect(findGemeenten({ text })[0], text).toMatchObject({ refersTo: 'province', ambiguous: false, province: { name: 'Groningen' } });
    }
    const [gemeente] = findGemeenten({ text: 'de gemeente Groningen' });
    expect(gemeente).toMatchObject({ refersTo: 'gemeente', ambiguous: false, province: { code: 'PV20' } });
  });

  it('takes the longest match and marks shared names as ambiguous', () => {
    const mentions = findGemeenten({ text: 'Bergen op Zoom, Bergen en Bergen (NH.)' });
    expect(mentions.map((mention) => mention.raw)).toEqual(['Bergen op Zoom', 'Bergen', 'Bergen (NH.)']);
    expect(mentions[1]?.ambiguous).toBe(true);
    expect(mentions[1]?.gemeenten.map((gemeente) => gemeente.code).sort()).toEqual(['GM0373', 'GM0893']);
    expect(mentions[2]?.gemeenten.map((gemeente) => gemeente.code)).toEqual(['GM0373']);
  });

  it('ignores case and diacritics but respects word boundaries', () => {
    expect(codes('SÚDWEST-FRYSLÂN en sudwest fryslan')).toEqual([['GM1900'], ['GM1900']]);
    expect(codes('’s-Hertogenbosch en Den Bosch')).toEqual([['GM0796'], ['GM0796']]);
    expect(findGemeenten({ text: '’s-Hertogenbosch' })[0]?.raw).toBe('’s-Hertogenbosch');
    expect(codes('Utrechtse jongeren en Amsterdammers')).toEqual([]);
    expect(codes("Utrecht's budget")).toEqual([['GM0344']]);
  });

  it('only takes common words as gemeenten when capitalised', () => {
    expect(codes('the best practice goes here; wij putten uit ervaring')).toEqual([]);
    expect(codes('in Best en Goes')).toEqual([['GM0753'], ['GM0664']]);
  });

  it('is fast on long text and never throws', () => {
    const long = 'Jeugdhulp in Utrecht, Den Haag en Súdwest-Fryslân 👩‍👧‍👦 שלום. '.repeat(350).slice(0, 20_000);
    const started = performance.now();
    expect(findGemeenten({ text: long }).length).toBeGreaterThan(900);
    expect(performance.now() - started).toBeLessThan(500);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom('', ' Utrecht ', ' Bergen ', " 's-Gravenhage"), (noise, name) => {
        const text = `${noise}${name}${noise}`;
        for (const mention of findGemeenten({ text })) {
          expect(text.slice(mention.index, mention.index + mention.raw.length)).toBe(mention.raw);
          expect(mention.gemeenten.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('resolveGemeente', () => {
  it('resolves exact names, aliases, codes and the "gemeente" prefix', () => {
    expect(resolveGemeente({ name: 'Den Haag' })).toMatchObject({ kind: 'exact', gemeente: { code: 'GM0518' } });
    expect(resolveGemeente({ name: "'s-Gravenhage" })).toMatchObject({ kind: 'exact', gemeente: { code: 'GM0518' } });
    expect(resolveGemeente({ name: 'gemeente Zwolle' })).toMatchObject({ kind: 'exact', gemeente: { name: 'Zwolle' } });
    expect(resolveGemeente({ name: 'GM0344' })).toMatchObject({ kind: 'exact', gemeente: { name: 'Utrecht' } });
    expect(resolveGemeente({ name: 'Bergen NH' })).toMatchObject({ kind: 'exact', gemeente: { code: 'GM0373' } });
    expect(resolveGemeente({ name: 'Utrecht' })).toMatchObject({ kind: 'exact', province: { code: 'PV26' } });
  });

  it('reports ambiguity for Bergen', () => {
    const result = resolveGemeente({ name: 'Bergen' });
    expect(result.kind).toBe('ambiguous');
    if (result.kind !== 'ambiguous') return;
    expect(result.candidates.map((gemeente) => gemeente.name).sort()).toEqual(['Bergen (L.)', 'Bergen (NH.)']);
    expect(result.message).toContain('meerdere gemeenten');
    expect(result.messageEn).toContain('several municipalities');
  });

  it('suggests the nearest name for typos', () => {
    expect(resolveGemeente({ name: 'Utrect' })).toMatchObject({ kind: 'suggestion', message: 'Bedoelt u Utrecht?', messageEn: 'Did you mean Utrecht?' });
    expect(resolveGemeente({ name: 'Rotterdan' })).toMatchObject({ kind: 'suggestion', suggestions: [{ code: 'GM0599' }] });
    expect(resolveGemeente({ name: 'Amstredam' })).toMatchObject({ kind: 'suggestion', suggestions: [{ code: 'GM0363' }] });
  });

  it('says when nothing matches, or when the name is a province', () => {
    expect(resolveGemeente({ name: 'Xyzzy' })).toEqual({ kind: 'notFound', message: 'Gemeente "Xyzzy" niet gevonden.', messageEn: 'Municipality "Xyzzy" not found.' });
    expect(resolveGemeente({ name: 'Friesland' })).toMatchObject({ kind: 'notFound', message: 'Fryslân is een provincie, geen gemeente.' });
    expect(resolveGemeente({ name: '' }).kind).toBe('notFound');
  });

  it('resolves every gemeente by its own name and is fast', () => {
    const { records } = getGazetteer();
    expect(records).toHaveLength(342);
    const started = performance.now();
    for (const record of records) {
      const result = resolveGemeente({ name: record.name });
      expect(result.kind === 'exact' && result.gemeente.code).toBe(record.code);
    }
    for (const typo of ['Amersfort', 'Eindhven', 'Groningn', 'Maastrciht']) expect(resolveGemeente({ name: typo }).kind).toBe('suggestion');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('createGazetteer', () => {
  it('works on a small list of records', () => {
    const gazetteer = createGazetteer({
      records: [{ code: 'GM9999', name: 'Teststad', officialName: 'Teststad (gemeente)', province: 'Utrecht', provinceCode: 'PV26', aliases: ['Testje'] }],
    });
    expect(gazetteer.findGemeenten({ text: 'In testje en Teststad (gemeente)' }).map((mention) => mention.raw)).toEqual(['testje', 'Teststad (gemeente)']);
    expect(gazetteer.resolveGemeente({ name: 'Tesstad' })).toMatchObject({ kind: 'suggestion', message: 'Bedoelt u Teststad?' });
  });
});
