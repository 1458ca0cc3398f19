import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CbsClient } from '../../../src/sources/cbs/cbs-client.ts';
import { createDataAnswerer, type DataAnswer, type DataAnswerer } from '../../../src/answering/data/answer-data-question.ts';
import { importRegistrationCsvFile } from '../../../src/sources/registrations/csv-import.ts';
import { RegistrationStore } from '../../../src/sources/registrations/registration-store.ts';
import { createAssistantTools } from '../../../src/answering/data/tools/create-assistant-tools.ts';
import { catalogue, today } from './support/data-answer-fixture.ts';
import { independentCounts, monthsOf, QUARTERS_2025 } from './support/independent-counts.ts';

const CSV = fileURLToPath(new URL('../../sources/registrations/fixtures/regio-arnhem-2023-2025.csv', import.meta.url));
const GEMEENTEN = [
  { code: 'GM0202', name: 'Arnhem' },
  { code: 'GM0274', name: 'Renkum' },
  { code: 'GM0275', name: 'Rheden' },
];

/** Registration questions never reach CBS; a call would be a routing error. */
const noCbs = new Proxy({}, { get: () => () => { throw new Error('CBS must not be asked for a registration question'); } }) as CbsClient;

let store: RegistrationStore;
let truth: ReturnType<typeof independentCounts>;
const answerers = new Map<string, DataAnswerer>();

function answererFor(ownGemeenteCode?: string): DataAnswerer {
  const key = ownGemeenteCode ?? '';
  let answerer = answerers.get(key);
  if (!answerer) {
    const tools = createAssistantTools({ cbs: noCbs, catalogue, registrations: store.reader, today });
    answerer = createDataAnswerer({ tools, catalogue, today, registrations: store.reader, ...(ownGemeenteCode ? { ownGemeenteCode } : {}) });
    answerers.set(key, answerer);
  }
  return answerer;
}

async function ask(question: string, language: 'nl' | 'en', ownGemeenteCode?: string): Promise<DataAnswer> {
  const answer = await answererFor(ownGemeenteCode).answer({ question, language });
  if (!answer) throw new Error(`not routed as a data question: ${question}`);
  return answer;
}

function tableRows(answer: DataAnswer): (string | number | null)[][] {
  return answer.figures[0]?.table?.rows ?? [];
}

beforeAll(async () => {
  store = RegistrationStore.open({ filePath: ':memory:' });
  const report = await importRegistrationCsvFile({ store, filePath: CSV, now: new Date('2026-11-01T09:00:00Z') });
  expect(report.status).toBe('imported');
  truth = independentCounts(CSV);
});
afterAll(() => {
  store.close();
  truth.close();
});

describe('the multi-gemeente fixture', () => {
  it('has 200+ rows, three gemeenten and a client in two gemeenten', () => {
    expect(truth.rowCount).toBeGreaterThanOrEqual(200);
    expect(truth.gemeenten).toEqual(['GM0202', 'GM0274', 'GM0275']);
    expect(truth.clientsInSeveralGemeenten).toContain('E0008');
    expect(store.reader.summary().gemeenteCodes).toEqual(['GM0202', 'GM0274', 'GM0275']);
  });
});

describe('a gemeente of the registration, named', () => {
  for (const gemeente of GEMEENTEN) {
    for (const year of [2024, 2025]) {
      it(`${gemeente.name} ${year}, Dutch: the count and every month match the independent count`, async () => {
        const answer = await ask(`Hoeveel residentiële plaatsingen had ${gemeente.name} in ${year}?`, 'nl');
        const expected = truth.count({ from: `${year}-01-01`, to: `${year}-12-31`, gemeenten: [gemeente.code] });
        expect(answer.answer).toContain(`in ${gemeente.name}, 1 januari ${year} t/m 31 december ${year}: **${expected} unieke cliënten**`);
        expect(answer.answer).toContain(`alleen de toewijzingen met gemeentecode ${gemeente.name} (${gemeente.code})`);
        expect(answer.answer).not.toMatch(/geen CBS-indicator/);
        expect(tableRows(answer).map((row) => [row[0], row[1]])).toEqual(
          monthsOf(year).map((month) => [month.key, truth.count({ from: month.from, to: month.to, gemeenten: [gemeente.code] })]),
        );
      });
    }
    it(`${gemeente.name} 2024, English: the count matches`, async () => {
      const answer = await ask(`How many residential placements did ${gemeente.name} have in 2024?`, 'en');
      const expected = truth.count({ from: '2024-01-01', to: '2024-12-31', gemeenten: [gemeente.code] });
      expect(answer.answer).toContain(`in ${gemeente.name}, 1 January 2024 to 31 December 2024: **${expected} distinct clients**`);
      expect(answer.answer).not.toMatch(/not a CBS indicator|geen CBS-indicator/);
    });
  }

  it('youth care with accommodation includes pleegzorg (E0007 in Arnhem) and matches the independent count', async () => {
    const answer = await ask('Hoeveel jongeren hadden jeugdhulp met verblijf in Arnhem in 2025?', 'nl');
    const expected = truth.count({ from: '2025-01-01', to: '2025-12-31', gemeenten: ['GM0202'], verblijf: true });
    expect(expected).toBeGreaterThan(truth.count({ from: '2025-01-01', to: '2025-12-31', gemeenten: ['GM0202'] }));
    expect(answer.answer).toContain(`**${expected} unieke cliënten**`);
    expect(answer.toolCalls[0]?.name).toBe('query_registrations');
  });

  it('"vergelijk Arnhem en Renkum": both together (a client in both counts once) and each apart', async () => {
    const answer = await ask('Vergelijk de residentiële plaatsingen van Arnhem en Renkum in 2025', 'nl');
    const year = { from: '2025-01-01', to: '2025-12-31' };
    const together = truth.count({ ...year, gemeenten: ['GM0202', 'GM0274'] });
    const arnhem = truth.count({ ...year, gemeenten: ['GM0202'] });
    const renkum = truth.count({ ...year, gemeenten: ['GM0274'] });
    expect(together).toBeLessThan(arnhem + renkum); // E0008 moved from Arnhem to Renkum
    expect(answer.answer).toContain(`in Arnhem en Renkum, 1 januari 2025 t/m 31 december 2025: **${together} unieke cliënten**`);
    expect(answer.answer).toContain(`- Arnhem (GM0202): **${arnhem} unieke cliënten**`);
    expect(answer.answer).toContain(`- Renkum (GM0274): **${renkum} unieke cliënten**`);
    expect(answer.figures[0]?.chart?.kind).toBe('bar');
  });
});

describe('"we" over a registration of three gemeenten', () => {
  it('Dutch: the total, and per gemeente, each matching the independent count', async () => {
    const answer = await ask('Hoeveel residentiële plaatsingen hadden we in 2025?', 'nl');
    const year = { from: '2025-01-01', to: '2025-12-31' };
    expect(answer.answer).toContain(`1 januari 2025 t/m 31 december 2025: **${truth.count(year)} unieke cliënten**`);
    for (const gemeente of GEMEENTEN) {
      expect(answer.answer).toContain(`- ${gemeente.name} (${gemeente.code}): **${truth.count({ ...year, gemeenten: [gemeente.code] })} unieke cliënten**`);
    }
    expect(answer.answer).toContain('Uw eigen registratie bevat 3 gemeenten (Arnhem (GM0202), Renkum (GM0274) en Rheden (GM0275))');
    expect(tableRows(answer).map((row) => row[0])).toEqual(['Arnhem (GM0202)', 'Renkum (GM0274)', 'Rheden (GM0275)']);
  });

  it('English, per quarter: every quarter matches the independent count', async () => {
    const answer = await ask('How many residential placements did we have per quarter in 2025?', 'en');
    expect(answer.answer).toContain(`**${truth.count({ from: '2025-01-01', to: '2025-12-31' })} distinct clients**`);
    expect(tableRows(answer).map((row) => [row[0], row[1]])).toEqual(QUARTERS_2025.map((quarter) => [quarter.en, truth.count(quarter)]));
    expect(answer.figures[0]?.chart?.kind).toBe('line');
  });

  it('without "we": a count only the registration keeps is asked of the registration, per quarter too', async () => {
    const answer = await ask('Hoeveel residentiële plaatsingen per kwartaal in 2025?', 'nl');
    expect(answer.answer).toContain(`**${truth.count({ from: '2025-01-01', to: '2025-12-31' })} unieke cliënten**`);
    expect(tableRows(answer).map((row) => row[1])).toEqual(QUARTERS_2025.map((quarter) => truth.count(quarter)));
  });

  it('per aanbieder and per productcategorie are breakdowns of the whole registration', async () => {
    const byProvider = await ask('Hoeveel residentiële plaatsingen hadden we in 2025 per aanbieder?', 'nl');
    expect(byProvider.figures[0]?.table?.columns[0]).toBe('Aanbieder');
    const byCategory = await ask('How many residential placements per product category in 2025?', 'en');
    expect(byCategory.figures[0]?.table?.rows.map((row) => row[0])).toEqual(['37 Gesloten plaatsing', '38 Overig residentieel', '43 Verblijf inclusief behandeling', '44 Verblijf exclusief behandeling']);
  });

  it('with OWN_GEMEENTE = Renkum, "we" is Renkum and the answer says so', async () => {
    const answer = await ask('Hoeveel residentiële plaatsingen hadden we in 2025?', 'nl', 'GM0274');
    expect(answer.answer).toContain(`in Renkum, 1 januari 2025 t/m 31 december 2025: **${truth.count({ from: '2025-01-01', to: '2025-12-31', gemeenten: ['GM0274'] })} unieke cliënten**`);
    expect(answer.answer).toContain('"We" is hier Renkum (GM0274), ingesteld als eigen gemeente (OWN_GEMEENTE)');
    const all = await ask('Hoeveel residentiële plaatsingen hadden we in 2025 per gemeente?', 'nl', 'GM0274');
    expect(all.answer).toContain(`**${truth.count({ from: '2025-01-01', to: '2025-12-31' })} unieke cliënten**`);
  });
});

describe('a gemeente that is not in the registration', () => {
  it('says which gemeenten the registration covers and offers the CBS figure, with no number', async () => {
    const answer = await ask('Hoeveel residentiële plaatsingen had Utrecht in 2025?', 'nl');
    expect(answer.answer).toContain('Uw eigen registratie bevat toewijzingen van 3 gemeenten: Arnhem (GM0202), Renkum (GM0274) en Rheden (GM0275).');
    expect(answer.answer).toContain('CBS-cijfer');
    expect(answer.toolCalls).toEqual([]);
    const english = await ask('How many residential placements did we have in Utrecht in 2025?', 'en');
    expect(english.answer).toContain('Your own registration holds allocations of 3 municipalities');
    expect(english.answer).toContain('Utrecht (GM0344) is not in it');
  });
});

describe('trends', () => {
  it('"hoe ontwikkelt het aantal residentiële plaatsingen zich?" → per quarter over the whole span, each against the same quarter a year earlier', async () => {
    const answer = await ask('Hoe ontwikkelt het aantal residentiële plaatsingen zich?', 'nl');
    const rows = tableRows(answer);
    expect(answer.figures[0]?.table?.columns).toEqual(['Kwartaal', 'Unieke cliënten', 'Toewijzingen', 'Zelfde periode vorig jaar', 'Verschil']);
    // The span runs from the first begindatum (2022-12-31) to the last one (2026-01-01).
    expect(rows[0]?.[0]).toBe('2022-K4 (2022-12-31 – 2022-12-31)');
    expect(rows.at(-1)?.[0]).toBe('2026-K1 (2026-01-01 – 2026-01-01)');
    const k4 = rows.find((row) => row[0] === '2025-K4');
    const k4now = truth.count({ from: '2025-10-01', to: '2025-12-31' });
    const k4before = truth.count({ from: '2024-10-01', to: '2024-12-31' });
    expect(k4?.slice(0, 2)).toEqual(['2025-K4', k4now]);
    expect(k4?.[3]).toBe(k4before);
    const difference = k4now - k4before;
    expect(k4?.[4]).toMatch(new RegExp(`^${difference > 0 ? '\\+' : difference < 0 ? '−' : ''}${Math.abs(difference)} `));
    expect(answer.answer).toContain(`naar **${k4now} unieke cliënten** in 2025-K4`);
    expect(answer.answer).toContain(`Tegenover dezelfde periode een jaar eerder (2024-10-01 – 2024-12-31: ${k4before} unieke cliënten)`);
    expect(answer.figures[0]?.chart?.kind).toBe('line');
  });

  it('in English, per year', async () => {
    const answer = await ask('How have our residential placements developed per year?', 'en');
    const rows = tableRows(answer);
    const y2025 = rows.find((row) => row[0] === '2025');
    expect(y2025?.[1]).toBe(truth.count({ from: '2025-01-01', to: '2025-12-31' }));
    expect(y2025?.[3]).toBe(truth.count({ from: '2024-01-01', to: '2024-12-31' }));
    expect(answer.answer).toContain('Against the same period a year earlier');
  });
});
