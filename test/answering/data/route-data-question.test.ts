import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/assistant/answer.ts';
import { loadIndicatorCatalogue } from '../../../src/sources/cbs/indicators/indicator-catalogue.ts';
import { routeDataQuestion } from '../../../src/answering/data/route-data-question.ts';

const catalogue = loadIndicatorCatalogue();
const today = new Date('2026-11-23T12:00:00Z');
const route = (question: string, language: Language = 'nl') => routeDataQuestion({ question, language, today, catalogue });

describe('routeDataQuestion: own registration', () => {
  it('"Hoeveel residentiële plaatsingen hadden we dit jaar?" → residentiele_plaatsingen, 1 January up to today', () => {
    expect(route('Hoeveel residentiële plaatsingen hadden we dit jaar?')).toMatchObject({
      kind: 'tool',
      tool: 'query_registrations',
      input: { metric: 'residentiele_plaatsingen', from: '2026-01-01', to: '2026-11-23' },
    });
  });

  it.each([
    ['How many residential placements did we have this year?', 'en', 'residentiele_plaatsingen'],
    ['Hoeveel jongeren hadden bij ons jeugdhulp met verblijf in 2025?', 'nl', 'jeugdhulp_met_verblijf'],
    ['Hoeveel nieuwe plaatsingen hadden we in 2025?', 'nl', 'nieuwe_plaatsingen'],
    ['Hoeveel van onze residentiële plaatsingen zijn vorig jaar beëindigd?', 'nl', 'beeindigde_plaatsingen'],
    ['Wat was de gemiddelde duur van onze residentiële plaatsingen vorig jaar?', 'nl', 'gemiddelde_duur'],
    ['Wat waren onze kosten voor jeugdhulp met verblijf in 2025?', 'nl', 'kosten'],
  ] as const)('%s → %s', (question, language, metric) => {
    expect(route(question, language)).toMatchObject({ kind: 'tool', tool: 'query_registrations', input: { metric } });
  });

  it('running placements are counted on a peildatum (today when none is named)', () => {
    expect(route('Hoeveel lopende residentiële plaatsingen hebben we?')).toMatchObject({ tool: 'query_registrations', input: { metric: 'lopend_op', peildatum: '2026-11-23' } });
  });

  it('own data compared with another gemeente → ask for two questions, never filter our registration on their code', () => {
    expect(route('Hoeveel jongeren met jeugdhulp met verblijf hadden we in 2023 vergeleken met Utrecht?')).toMatchObject({ kind: 'clarify', tool: 'query_registrations', message: expect.stringContaining('Vraag ze apart') });
  });

  it('a gemeente named for our own data filters the registration on it', () => {
    expect(route('Hoeveel residentiële plaatsingen hadden we in Hoorn in 2025?')).toMatchObject({ tool: 'query_registrations', input: { gemeenteCode: 'GM0405' } });
  });

  it('placements on one day are counted on that peildatum', () => {
    expect(route('Hoeveel plaatsingen liepen er bij ons op 1 januari 2026?')).toMatchObject({ input: { metric: 'lopend_op', peildatum: '2026-01-01' } });
  });

  it('kosten with "met verblijf" uses the verblijf scope; a past year is used as a whole', () => {
    expect(route('Wat waren onze kosten voor jeugdhulp met verblijf in 2025?')).toMatchObject({ input: { from: '2025-01-01', to: '2025-12-31', scope: 'verblijf' } });
  });
});

describe('routeDataQuestion: CBS indicators', () => {
  it('the English comparison question → jeugdhulp_met_verblijf for Utrecht and Den Haag, 2023, per 1,000 inhabitants', () => {
    expect(route('How many young people in Utrecht had youth care with accommodation in 2023, per 1,000 inhabitants, compared with Den Haag?', 'en')).toMatchObject({
      kind: 'tool',
      tool: 'query_indicator',
      input: { indicatorId: 'jeugdhulp_met_verblijf', gemeenteCodes: ['GM0344', 'GM0518'], years: [2023], perThousandInhabitants: true },
    });
  });

  it('"Hoeveel inwoners had Utrecht op 1 januari 2023?" → inwoners, GM0344, 2023', () => {
    const routed = route('Hoeveel inwoners had Utrecht op 1 januari 2023?');
    expect(routed).toMatchObject({ kind: 'tool', tool: 'query_indicator', input: { indicatorId: 'inwoners', gemeenteCodes: ['GM0344'], years: [2023] } });
    expect(routed && 'input' in routed && 'perThousandInhabitants' in routed.input).toBe(false);
  });

  it('"hoeveel procent" asks for the percentage indicator, "how much did … spend" for the cost indicator', () => {
    expect(route('Hoeveel procent van de jongeren in Groningen had jeugdhulp in 2022?')).toMatchObject({ input: { indicatorId: 'percentage_jongeren_met_jeugdhulp', gemeenteCodes: ['GM0014'] } });
    expect(route('How much did Utrecht spend on youth care in 2023?', 'en')).toMatchObject({ input: { indicatorId: 'kosten_jeugdzorg', gemeenteCodes: ['GM0344'], years: [2023] } });
  });

  it('a range of years is passed as all its years', () => {
    expect(route('Hoeveel jongeren hadden jeugdzorg in Den Haag van 2021 t/m 2023?')).toMatchObject({ input: { indicatorId: 'jongeren_met_jeugdzorg', gemeenteCodes: ['GM0518'], years: [2021, 2022, 2023] } });
  });

  it('no year named: the current year is asked and marked as assumed (the answerer falls back to the latest CBS year)', () => {
    expect(route('Hoeveel inwoners heeft Amsterdam?')).toMatchObject({ tool: 'query_indicator', input: { years: [2026] }, periodAssumed: true });
  });

  it('a typo in a gemeente → "Bedoelt u Utrecht?"', () => {
    expect(route('Hoeveel inwoners had Utreht in 2023?')).toEqual({ kind: 'clarify', tool: 'query_indicator', message: 'Bedoelt u Utrecht?' });
    expect(route('How many inhabitants did Utreht have in 2023?', 'en')).toMatchObject({ kind: 'clarify', message: 'Did you mean Utrecht?' });
  });

  it('a province named, no gemeente: CBS\'s province total (PVxx), not a typo of a gemeente ("Limburg" is no "Tilburg")', () => {
    expect(route('Hoeveel inwoners heeft Limburg?')).toMatchObject({ kind: 'tool', tool: 'query_indicator', input: { indicatorId: 'inwoners', gemeenteCodes: ['PV31'] } });
    expect(route('Hoeveel inwoners had Friesland in 2023?')).toMatchObject({ input: { gemeenteCodes: ['PV21'], years: [2023] } });
    expect(route('Hoeveel inwoners heeft de provincie Utrecht?')).toMatchObject({ input: { gemeenteCodes: ['PV26'] } });
    // Utrecht alone is the gemeente, as before.
    expect(route('Hoeveel inwoners heeft Utrecht?')).toMatchObject({ input: { gemeenteCodes: ['GM0344'] } });
    // A gemeente named as well: the gemeente's figure; a region named after a province is no province.
    expect(route('Hoeveel inwoners had Heerlen in Limburg in 2023?')).toMatchObject({ input: { gemeenteCodes: ['GM0917'] } });
    expect(route('Hoeveel inwoners telt de zorgkantoorregio Noord-Holland Noord?')).toBeUndefined();
  });

  it('a gemeente dissolved since 2015: its own CBS code for the years it existed, else when and into which gemeente it went', () => {
    expect(route('Hoeveel jongeren hadden jeugdhulp in Weesp in 2021?')).toMatchObject({ kind: 'tool', tool: 'query_indicator', input: { gemeenteCodes: ['GM0457'], years: [2021] } });
    expect(route('Hoeveel inwoners had Weesp in 2023?')).toEqual({
      kind: 'clarify',
      tool: 'query_indicator',
      message: 'Weesp is per 24 maart 2022 opgegaan in Amsterdam; CBS heeft voor Weesp alleen cijfers tot en met 2022. Vraag het voor Amsterdam, of noem een jaar tot en met 2022.',
    });
    // No year named is this year: Bellingwedde has no figures since 2018; not "Bedoelt u …?" for Haren either.
    expect(route('How many inhabitants does Bellingwedde have?', 'en')).toMatchObject({ kind: 'clarify', message: 'Bellingwedde became part of Westerwolde on 1 January 2018; CBS has figures for Bellingwedde up to 2017 only. Ask for Westerwolde, or name a year up to 2017.' });
    expect(route('Hoeveel inwoners had Haren in 2018?')).toMatchObject({ kind: 'tool', input: { gemeenteCodes: ['GM0017'], years: [2018] } });
  });

  it('an ambiguous name (Bergen) → clarify listing both gemeenten', () => {
    const routed = route('Hoeveel inwoners had Bergen in 2023?');
    expect(routed?.kind).toBe('clarify');
    expect(routed && 'message' in routed ? routed.message : '').toMatch(/Bergen \(L\.\).*Bergen \(NH\.\)/);
  });

  it('no gemeente named: a national question for the knowledge base, unless it asks per gemeente', () => {
    expect(route('Hoeveel jongeren hadden jeugdhulp met verblijf in 2023?')).toBeUndefined();
    expect(route('Hoeveel jongeren per gemeente hadden jeugdhulp met verblijf in 2023?')).toMatchObject({ kind: 'clarify', tool: 'query_indicator' });
  });

  it('a figure for all of Nederland → CBS\'s national total (NL01); reasoning about Nederland and an organisation named after it do not', () => {
    expect(route('Hoeveel inwoners heeft Nederland?')).toMatchObject({ kind: 'tool', tool: 'query_indicator', input: { indicatorId: 'inwoners', gemeenteCodes: ['NL01'] } });
    expect(route('Hoeveel jongeren hadden jeugdhulp met verblijf in Nederland in 2023?')).toMatchObject({ input: { indicatorId: 'jeugdhulp_met_verblijf', gemeenteCodes: ['NL01'], years: [2023] } });
    expect(route('How many young people received youth care in the Netherlands in 2022?', 'en')).toMatchObject({ input: { gemeenteCodes: ['NL01'], years: [2022] } });
    expect(route('Hoeveel jongeren hadden landelijk jeugdzorg in 2022?')).toMatchObject({ input: { gemeenteCodes: ['NL01'] } });
    expect(route('Waarom stijgt het aantal jongeren met jeugdhulp in Nederland?')).toBeUndefined();
    expect(route('Hoeveel jongeren hadden jeugdhulp volgens Jeugdzorg Nederland?')).toBeUndefined();
    // Money for the country is what documents give (a fund, a deficit), not a CBS count of people.
    expect(route('How much was available nationwide through the Transformatiefonds for youth care?', 'en')).toBeUndefined();
    expect(route('Hoeveel gaven gemeenten landelijk uit aan jeugdzorg in 2022?')).toBeUndefined();
    // A gemeente named as well: the gemeente's figure.
    expect(route('Hoeveel inwoners had Utrecht in 2023, de vierde stad van Nederland?')).toMatchObject({ input: { gemeenteCodes: ['GM0344'] } });
  });

  it('figures the catalogue does not cover, or that a study reports, stay with the knowledge base', () => {
    expect(route('Hoe hard stegen de kosten van specialistische jeugdhulp in Amsterdam na 2017?')).toBeUndefined();
    expect(route('Met hoeveel kernpartners werkt Amsterdam in de specialistische jeugdhulp?')).toBeUndefined();
    expect(route('Hoe groot was het tekort op de jeugdzorg volgens het AEF-onderzoek uit 2020?')).toBeUndefined();
    // Overspending is spending against a budget: neither a CBS count nor the cost figure answers it.
    expect(route('How much did Amsterdam overspend on youth care?', 'en')).toBeUndefined();
    expect(route('Welke CBS-tabel heb ik nodig voor het aantal jongeren met jeugdhulp met verblijf in onze gemeente?')).toBeUndefined();
    expect(route('How many young people were placed in secure youth care in 2019 compared with 2023?', 'en')).toBeUndefined();
  });

  it('some of the inhabitants is no population question: the population figure would answer another one', () => {
    expect(route('Hoeveel inwoners van Nissewaard hebben problematische schulden?')).toBeUndefined();
    expect(route('How many Rotterdam residents have debts they cannot repay?', 'en')).toBeUndefined();
    expect(route('Hoeveel inwoners met een uitkering heeft Utrecht?')).toBeUndefined();
    expect(route('Hoeveel inwoners hebben Utrecht en Den Haag in 2023?')).toMatchObject({ kind: 'tool', tool: 'query_indicator', input: { indicatorId: 'inwoners' } });
  });

  it('"How many people live in Groningen?" asks for all its inhabitants; people living in poverty or an institution, or young people, are some of them', () => {
    expect(route('How many people live in Groningen?', 'en')).toMatchObject({ kind: 'tool', tool: 'query_indicator', input: { indicatorId: 'inwoners', gemeenteCodes: ['GM0014'] } });
    expect(route('Hoeveel mensen wonen er in Utrecht en Zeist in 2023?')).toMatchObject({ tool: 'query_indicator', input: { indicatorId: 'inwoners', gemeenteCodes: ['GM0344', 'GM0355'], years: [2023] } });
    expect(route('How many people live in poverty in Groningen?', 'en')).toBeUndefined();
    expect(route('Hoeveel mensen wonen er in een instelling in Utrecht?')).toBeUndefined();
    expect(route('How many young people live in Utrecht?', 'en')).toBeUndefined();
    expect(route('How many people living in Zwolle receive youth care?', 'en')).toMatchObject({ tool: 'query_indicator', input: { indicatorId: 'jongeren_met_jeugdzorg' } });
  });

  it('counting providers or gemeenten is no indicator question, though it names youth care; a breakdown per aanbieder still is one', () => {
    expect(route('How many youth care providers did the Rijk van Nijmegen region contract for 2024?', 'en')).toBeUndefined();
    expect(route('Hoeveel jeugdhulpaanbieders heeft Almere in 2023 gecontracteerd?')).toBeUndefined();
    expect(route('Hoeveel gemeenten in Utrecht kopen jeugdzorg samen in?')).toBeUndefined();
    expect(route('How many youth care consortia are there in the Netherlands and what share of turnover do they have?', 'en')).toBeUndefined();
    expect(route('Hoeveel consortia in de jeugdhulp zijn er landelijk?')).toBeUndefined();
    expect(route('How many young people received youth care in Nijmegen in 2023?', 'en')).toMatchObject({ kind: 'tool', tool: 'query_indicator' });
    expect(route('Hoeveel residentiële plaatsingen hadden we per aanbieder in 2025?')).toMatchObject({ kind: 'tool' });
  });

  it('residentiële plaatsingen of another gemeente is not a CBS indicator → explain, do not guess', () => {
    const routed = route('Hoeveel residentiële plaatsingen had Utrecht in 2023?');
    expect(routed).toMatchObject({ kind: 'clarify' });
    expect(routed && 'message' in routed ? routed.message : '').toContain('geen CBS-indicator');
  });
});

describe('routeDataQuestion: calculators', () => {
  it('budget runway from "12 miljoen … tot en met september 10,2 miljoen uitgegeven"', () => {
    expect(route('Ons jeugdbudget is 12 miljoen en tot en met september is 10,2 miljoen uitgegeven — wanneer is het op?')).toEqual({
      kind: 'tool',
      tool: 'budget_runway',
      input: { annualBudget: 12_000_000, spentToDate: 10_200_000, monthReached: 9 },
    });
    expect(route('Our youth budget is 12 million and 10.2 million was spent through September. When does it run out?', 'en')).toMatchObject({
      tool: 'budget_runway',
      input: { annualBudget: 12_000_000, spentToDate: 10_200_000, monthReached: 9 },
    });
  });

  it('budget runway without the month → ask for it, not assume it', () => {
    const routed = route('Ons jeugdbudget is 12 miljoen en er is 10,2 miljoen uitgegeven; wanneer is het op?');
    expect(routed).toMatchObject({ kind: 'clarify', tool: 'budget_runway' });
    expect(routed && 'message' in routed ? routed.message : '').toContain('tot en met welke maand');
  });

  it('P maal Q without price and volume → clarify naming exactly what is needed, with an example', () => {
    const routed = route('Wat kost P maal Q over 4 jaar vergeleken met een lumpsum van 11,5 miljoen?');
    expect(routed).toMatchObject({ kind: 'clarify', tool: 'compare_financing' });
    const message = routed && 'message' in routed ? routed.message : '';
    expect(message).toContain('het aantal eenheden per jaar (Q) en de prijs per eenheid (P)');
    expect(message).toContain('Noem het aantal eenheden per jaar en de prijs per eenheid, bijvoorbeeld:');
    expect(route('What does P times Q cost over 4 years compared with a lump sum of 11.5 million?', 'en')).toMatchObject({ kind: 'clarify', message: expect.stringContaining('the price per unit (P)') });
  });

  it('comparing the variants without a cost or an amount is a knowledge question, not a calculation', () => {
    expect(route('inspanningsgericht vs outputgericht vs taakgericht, kort samengevat?')).toBeUndefined();
    expect(route('Compare P times Q with a lump sum', 'en')).toBeUndefined();
    expect(route('Vergelijk P maal Q met een lumpsum van 11,5 miljoen over 4 jaar')).toMatchObject({ kind: 'clarify', tool: 'compare_financing' });
  });

  it('P maal Q with price and volume given → compare_financing with only those inputs', () => {
    expect(route('Wat kost P maal Q over 4 jaar met P € 95 per uur en Q 120.000 uur, vergeleken met een lumpsum van 11,5 miljoen?')).toEqual({
      kind: 'tool',
      tool: 'compare_financing',
      input: { years: 4, inspanningsgericht: { volume: 120_000, pricePerUnit: 95, unit: 'uur' }, taakgericht: { lumpsum: 11_500_000 } },
    });
  });

  it('trajectprijs and "à" prices are read too', () => {
    expect(route('Vergelijk een lumpsum van 10 miljoen met 400 trajecten à € 28.000 over 5 jaar')).toMatchObject({
      tool: 'compare_financing',
      input: { years: 5, outputgericht: { trajectories: 400, pricePerTrajectory: 28_000 }, taakgericht: { lumpsum: 10_000_000 } },
    });
    expect(route('Wat kost inspanningsgericht met 100.000 uur à € 90 tegenover taakgericht met een lumpsum van 9,5 miljoen over 3 jaar?')).toMatchObject({
      input: { years: 3, inspanningsgericht: { volume: 100_000, pricePerUnit: 90 }, taakgericht: { lumpsum: 9_500_000 } },
    });
  });

  it('a lumpsum comparison without a number of years → ask for the years', () => {
    expect(route('Wat kost P maal Q met P € 95 per uur en Q 120.000 uur vergeleken met een lumpsum van 11,5 miljoen?')).toMatchObject({ kind: 'clarify', message: expect.stringContaining('het aantal jaren') });
  });

  it('residential scenario: 10 fewer at € 120.000, 60% to ambulant at € 15.000; the current number is marked unstated', () => {
    expect(route('Als we 10 residentiële plaatsingen minder hebben à € 120.000 per jaar en 60% gaat naar ambulant à € 15.000, wat besparen we?')).toEqual({
      kind: 'tool',
      tool: 'residential_scenario',
      input: { currentPlacements: 10, reductionCount: 10, costPerPlacementYear: 120_000, shareToAmbulantPercent: 60, ambulantCostPerClientYear: 15_000 },
      unstatedInputs: ['currentPlacements'],
    });
  });

  it('residential scenario as a percentage of the current number', () => {
    expect(route('Wat levert afbouw van 20% van onze 50 residentiële plaatsingen op bij € 110.000 per plaatsing als 50% naar ambulant gaat à € 12.000?')).toEqual({
      kind: 'tool',
      tool: 'residential_scenario',
      input: { currentPlacements: 50, reductionPercent: 20, costPerPlacementYear: 110_000, shareToAmbulantPercent: 50, ambulantCostPerClientYear: 12_000 },
    });
  });

  it('residential scenario without the ambulant share → ask', () => {
    expect(route('Als we 10 residentiële plaatsingen minder hebben à € 120.000 per jaar, wat besparen we?')).toMatchObject({ kind: 'clarify', tool: 'residential_scenario' });
  });
});

describe('routeDataQuestion: knowledge questions stay with the knowledge path', () => {
  it.each([
    ['Wat is taakgerichte bekostiging?', 'nl'],
    ['Moeten wij overstappen op taakgericht bekostigen?', 'nl'],
    ["Wat zijn de risico's van een lumpsum?", 'nl'],
    ["Wat zijn de risico's van een lumpsum voor cliënten?", 'nl'],
    ['Hoe heeft Hollands Kroon het aantal kinderen in residentiële zorg omlaag gekregen?', 'nl'],
    ['Hoe voorkom je dat het budget opraakt bij een lumpsum?', 'nl'],
    ['Wat zijn randvoorwaarden voor taakgericht werken met een lumpsum?', 'nl'],
    ['Hoeveel kost een residentiële plaatsing gemiddeld?', 'nl'],
    ['Wat is de definitie van residentiële plaatsingen?', 'nl'],
    ['What is task-based funding?', 'en'],
    ['What are the risks of a lump sum for clients?', 'en'],
    ['How did Hollands Kroon reduce residential youth care?', 'en'],
    ['What are the preconditions for task-based funding?', 'en'],
  ] as const)('%s → undefined', (question, language) => {
    expect(route(question, language)).toBeUndefined();
  });
});
