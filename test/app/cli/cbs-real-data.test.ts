import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../../../src/app/config/app-config.ts';
import { FIXTURES_DIR, startCbsTestServer, type CbsTestServer } from '../../sources/cbs/support/cbs-test-server.ts';
import { readCsv } from '../../sources/cbs/support/recorded-v3-tables.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

const run = promisify(execFile);
const BIN = path.join(PROJECT_DIR, 'bin', 'stelselwijzer.js');

/**
 * The spot values of the READMEs of the real CBS data (shared/cbs/<table>/README.md, copied to
 * test/fixtures/cbs/<table>/ and <table>/recorded/), asked through `cli ask` against a local replay
 * of those files on 127.0.0.1. 85099NED has no real data (synthetic fixtures) and is not here.
 */
const SPOT_VALUES: { table: string; question: string; line: string }[] = [
  // 03759ned README: Utrecht 2023 = 367,947; 's-Gravenhage 2023 = 562,839; Amsterdam 2024 = 931,298.
  { table: '03759ned', question: 'Hoeveel inwoners had Utrecht op 1 januari 2023?', line: '- Utrecht: **367.947**' },
  { table: '03759ned', question: 'Hoeveel inwoners had Den Haag op 1 januari 2023?', line: "- 's-Gravenhage: **562.839**" },
  { table: '03759ned', question: 'How many inhabitants did Amsterdam have on 1 January 2024?', line: '- Amsterdam: **931,298**' },
  // The national total (NL01) of the same recorded table: 2023 = 17,811,291; 2024 = 17,942,942.
  { table: '03759ned', question: 'Hoeveel inwoners had Nederland op 1 januari 2023?', line: '- Nederland: **17.811.291**' },
  { table: '03759ned', question: 'How many inhabitants did the Netherlands have on 1 January 2024?', line: '- Nederland: **17,942,942**' },
  // A province (PV31 Limburg) of the same recorded table: 2023 = 1,128,367.
  { table: '03759ned', question: 'Hoeveel inwoners had Limburg op 1 januari 2023?', line: '- Limburg (provincie): **1.128.367**' },
  // A gemeente dissolved in 2022 (GM0457 Weesp, into Amsterdam), for a year it existed: 2021 = 20,445.
  { table: '03759ned', question: 'Hoeveel inwoners had Weesp op 1 januari 2021?', line: '- Weesp: **20.445**' },
  // 85098NED README spot values 1, 2, 3, 4 and 5 (2022JJ00, cbsodataR vignette).
  { table: '85098NED', question: 'Hoeveel procent van de jongeren in Groningen had jeugdhulp in 2022?', line: '- Groningen: **15,4 %**' },
  { table: '85098NED', question: 'Hoeveel procent van de jongeren in Almere had jeugdhulp met verblijf in 2022?', line: '- Almere: **7,9 %**' },
  { table: '85098NED', question: 'Hoeveel procent van de jongeren in Veendam had jeugdhulp in 2022?', line: '- Veendam: **19,6 %**' },
  { table: '85098NED', question: 'Hoeveel procent van de jongeren in Veendam had jeugdbescherming in 2022?', line: '- Veendam: **2,9 %**' },
  { table: '85098NED', question: 'What percentage of young people in Ameland had youth care in 2022?', line: '- Ameland: **7.9%**' },
  { table: '85098NED', question: 'Hoeveel procent van de jongeren in Ameland had jeugdbescherming in 2022?', line: '- Ameland: geen CBS-waarde' },
  { table: '85098NED', question: 'Hoeveel procent van de jongeren in Leeuwarden had jeugdbescherming in 2022?', line: '- Leeuwarden: **2 %**' },
  // 83454NED README spot values 1, 4, 5 and 6 (gerealiseerde kosten JZ Totaal jeugdzorg, 2021*, x 1 000 euro).
  { table: '83454NED', question: 'Hoeveel gaf Heerlen in 2021 uit aan jeugdzorg?', line: '- Heerlen: **41.276** (voorlopig)' },
  { table: '83454NED', question: 'How much did Beekdaelen spend on youth care in 2021?', line: '- Beekdaelen: **10,460** (provisional)' },
  { table: '83454NED', question: 'Hoeveel gaf Echt-Susteren in 2021 uit aan jeugdzorg?', line: '- Echt-Susteren: **9.076** (voorlopig)' },
  { table: '83454NED', question: 'Hoeveel gaf Eijsden-Margraten in 2021 uit aan jeugdzorg?', line: '- Eijsden-Margraten: **6.277** (voorlopig)' },
];

describe('cli ask: every indicator backed by real CBS data returns the README spot values', () => {
  const temp = makeTempDir();
  let cbs: CbsTestServer;
  let answers: { question: string; answer: string; citations: { docId: string }[] }[];

  beforeAll(async () => {
    cbs = await startCbsTestServer();
    const batch = path.join(temp.dir, 'questions.txt');
    writeFileSync(batch, `${SPOT_VALUES.map((spot) => spot.question).join('\n')}\n`);
    const env = { ...process.env, DATA_DIR: temp.dir, LOG_LEVEL: 'silent', CBS_ODATA_V4_URL: cbs.v4BaseUrl, CBS_ODATA_V3_URL: cbs.v3BaseUrl };
    const { stdout } = await run(process.execPath, [BIN, 'ask', '--batch', batch, '--json'], { cwd: PROJECT_DIR, env });
    answers = stdout.trim().split('\n').map((line) => JSON.parse(line));
  }, 120_000);
  afterAll(async () => {
    await cbs?.close();
    temp.cleanup();
  });

  for (const [index, spot] of SPOT_VALUES.entries()) {
    it(`${spot.table}: "${spot.question}" → ${spot.line}`, () => {
      const answer = answers[index];
      expect(answer?.question).toBe(spot.question);
      const lines = answer?.answer.split('\n') ?? [];
      expect(lines.find((line) => line.startsWith(spot.line)), answer?.answer).toBeDefined();
      expect(answer?.citations[0]?.docId).toBe(`cbs:${spot.table}`);
    });
  }

  it('the replay serves the recorded files themselves: the 85098NED and 83454NED rows are the rows of the copied real CSVs', () => {
    const vignette = readCsv(path.join(FIXTURES_DIR, '85098NED', 'recorded', '85098NED_2022JJ00_10-gemeenten_from-vignette.csv'));
    expect(vignette.find((row) => row['RegioS'] === 'GM0080')?.['JongerenMetJeugdbescherming_3']).toBe('2.0');
    const costs = readCsv(path.join(FIXTURES_DIR, '83454NED', 'recorded', '83454NED_2021prov_limburg_from-statline-excerpt.csv'));
    expect(costs.filter((row) => row['Regio_label'] === 'Heerlen').map((row) => [row['VormenVanJeugdzorg_label'], row['BegroteKosten_x1000EUR'], row['GerealiseerdeKosten_x1000EUR']])).toEqual([
      ['JZ Totaal jeugdzorg', '40812', '41276'],
      ['JH 1 Totaal jeugdhulp', '37999', '38377'],
      ['JB 1 Totaal jeugdbescherming', '', '2495'],
    ]);
  });
});
