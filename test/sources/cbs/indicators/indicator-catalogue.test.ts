import { describe, expect, it } from 'vitest';
import { catalogueFileSchema } from '../../../../src/sources/cbs/indicators/indicator-schema.ts';
import { loadIndicatorCatalogue } from '../../../../src/sources/cbs/indicators/indicator-catalogue.ts';
import { IndicatorNotFoundError } from '../../../../src/sources/cbs/indicators/indicator-not-found-error.ts';
import { readFileSync } from 'node:fs';

const catalogue = loadIndicatorCatalogue();

describe('indicators.json', () => {
  it('validates against the catalogue schema', () => {
    const raw: unknown = JSON.parse(readFileSync(new URL('../../../../src/sources/cbs/indicators/indicators.json', import.meta.url), 'utf8'));
    expect(catalogueFileSchema.safeParse(raw).success).toBe(true);
  });

  it('holds the required indicators with the codes checked against sources', () => {
    const ids = catalogue.indicators.map((indicator) => indicator.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'jongeren_met_jeugdzorg',
        'jeugdhulp_totaal',
        'jeugdhulp_zonder_verblijf',
        'jeugdhulp_met_verblijf',
        'jeugdbescherming',
        'jeugdreclassering',
        'percentage_jongeren_met_jeugdhulp',
        'kosten_jeugdzorg',
        'inwoners',
      ]),
    );
    const careForm = (id: string) => catalogue.getById(id).dimensionFilters[0]?.code;
    expect(careForm('jongeren_met_jeugdzorg')).toBe('A045561');
    expect(careForm('jeugdhulp_totaal')).toBe('A045560');
    expect(careForm('jeugdhulp_zonder_verblijf')).toBe('A042503');
    expect(careForm('jeugdhulp_met_verblijf')).toBe('A027918');
    expect(careForm('jeugdbescherming')).toBe('A027919');
    expect(careForm('jeugdreclassering')).toBe('A027920');
    expect(catalogue.getById('inwoners')).toMatchObject({
      table: '03759ned',
      measure: { code: 'M000352' },
      dimensionFilters: [
        { dimension: 'Geslacht', code: 'T001038' },
        { dimension: 'Leeftijd', code: '10000' },
        { dimension: 'BurgerlijkeStaat', code: 'T001019' },
      ],
    });
    // unknown codes are discovered by title at run time, never guessed
    expect(catalogue.getById('kosten_jeugdzorg').dimensionFilters[0]).toEqual({ dimension: 'VormenVanJeugdzorg', codeTitle: 'JZ Totaal jeugdzorg' });
    expect(catalogue.getById('kosten_jeugdzorg').measure.code).toBeUndefined();
  });

  it('every entry has a Dutch definition, caveats and the YYYYJJ00 period format', () => {
    for (const indicator of catalogue.indicators) {
      expect(indicator.definition.nl.length).toBeGreaterThan(20);
      expect(indicator.caveats.nl.length).toBeGreaterThan(0);
      expect(indicator.periodFormat).toBe('YYYYJJ00');
    }
  });
});

describe('catalogue lookup', () => {
  it.each([
    ['jeugdhulp met verblijf', 'jeugdhulp_met_verblijf'],
    ['Jeugdhulp met Verblijf', 'jeugdhulp_met_verblijf'],
    ['youth care with accommodation', 'jeugdhulp_met_verblijf'],
    ['residential youth care', 'jeugdhulp_met_verblijf'],
    ['residentiële jeugdhulp', 'jeugdhulp_met_verblijf'],
    ['inwonertal', 'inwoners'],
    ['population', 'inwoners'],
    ['percentage jongeren met jeugdhulp', 'percentage_jongeren_met_jeugdhulp'],
    ['youth care costs', 'kosten_jeugdzorg'],
    ['jeugdhulp_zonder_verblijf', 'jeugdhulp_zonder_verblijf'],
  ])('%s → %s', (term, id) => {
    const found = catalogue.lookup(term);
    expect(found.kind === 'indicator' ? found.indicator.id : found.kind).toBe(id);
  });

  it('"residentiële plaatsingen" is not a CBS indicator but registration data', () => {
    const found = catalogue.lookup('Residentiële plaatsingen');
    expect(found.kind).toBe('not-an-indicator');
    if (found.kind === 'not-an-indicator') {
      expect(found.entry.explanation.nl).toContain('registratie');
      expect(found.entry.suggestions).toContain('jeugdhulp_met_verblijf');
    }
    const error = (() => {
      try {
        catalogue.getById('residentiële plaatsingen');
      } catch (caught) {
        return caught;
      }
    })();
    expect(IndicatorNotFoundError.isInstance(error) && error.reason).toBe('not-a-cbs-indicator');
  });

  it('finds the longest name in a question', () => {
    const found = catalogue.findInText('Hoeveel jongeren in Utrecht hadden in 2023 jeugdhulp met verblijf, per 1.000 inwoners?');
    expect(found.kind === 'indicator' && found.indicator.id).toBe('jeugdhulp_met_verblijf');
    const costs = catalogue.findInText('Wat waren de kosten jeugdhulp met verblijf in Heerlen?');
    expect(costs.kind === 'indicator' && costs.indicator.id).toBe('kosten_jeugdhulp_met_verblijf');
  });

  it('unknown id → IndicatorNotFoundError listing the available ids', () => {
    expect(() => catalogue.getById('wachtlijsten')).toThrowError(/Onbekende indicator 'wachtlijsten'.*jeugdhulp_met_verblijf/);
  });
});
