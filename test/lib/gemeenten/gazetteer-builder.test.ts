import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGazetteerFromFolder, serializeRecords } from '../../../src/lib/gemeenten/build-gazetteer.ts';
import { buildGazetteerRecords } from '../../../src/lib/gemeenten/gazetteer-builder.ts';

const fixtureFolder = fileURLToPath(new URL('../../fixtures/cbs/03759ned', import.meta.url));
const committedJson = fileURLToPath(new URL('../../../src/lib/gemeenten/gemeenten.json', import.meta.url));
const committedFormerJson = fileURLToPath(new URL('../../../src/lib/gemeenten/former-gemeenten.json', import.meta.url));

describe('buildGazetteerFromFolder (recorded CBS 03759ned)', () => {
  it('keeps the 342 gemeenten with population figures in the latest period', async () => {
    const built = await buildGazetteerFromFolder({ folder: fixtureFolder });
    expect(built.latestPeriod).toBe('2026JJ00');
    expect(built.records).toHaveLength(342);
    expect(built.warnings).toEqual([]);
    expect(new Set(built.records.map((record) => record.code)).size).toBe(342);
    const codes = built.records.map((record) => record.code);
    expect(codes).not.toContain('GM0738'); // Aalburg, opgeheven per 2019
    expect(codes).not.toContain('GM0083'); // Menaldumadeel, renamed in 2011
  });

  it('cleans names and adds aliases', async () => {
    const { records } = await buildGazetteerFromFolder({ folder: fixtureFolder });
    const byCode = new Map(records.map((record) => [record.code, record]));
    expect(byCode.get('GM0344')).toMatchObject({ name: 'Utrecht', officialName: 'Utrecht (gemeente)', province: 'Utrecht', provinceCode: 'PV26' });
    expect(byCode.get('GM0518')?.name).toBe("'s-Gravenhage");
    expect(byCode.get('GM0518')?.aliases).toContain('Den Haag');
    expect(byCode.get('GM0796')?.aliases).toContain('Den Bosch');
    expect(byCode.get('GM0373')).toMatchObject({ name: 'Bergen (NH.)', province: 'Noord-Holland' });
    expect(byCode.get('GM0373')?.aliases).toEqual(expect.arrayContaining(['Bergen NH', 'Bergen (Noord-Holland)']));
    expect(byCode.get('GM0893')?.aliases).toEqual(expect.arrayContaining(['Bergen L', 'Bergen (Limburg)']));
    expect(byCode.get('GM0373')?.aliases).not.toContain('Bergen');
    expect(byCode.get('GM0164')?.aliases).toContain('Hengelo');
    expect(records.every((record) => !record.name.endsWith('(gemeente)'))).toBe(true);
  });

  it('matches the committed gemeenten.json (rerun the generator when this fails)', async () => {
    const built = await buildGazetteerFromFolder({ folder: fixtureFolder });
    expect(await readFile(committedJson, 'utf8')).toBe(serializeRecords({ records: built.records }));
  });

  it('keeps the gemeenten dissolved since 2015 with the day and the gemeenten they went to, most inhabitants first', async () => {
    const { former } = await buildGazetteerFromFolder({ folder: fixtureFolder });
    const byName = new Map(former.map((record) => [record.name, record]));
    // From the code list: "Opgeheven per 24-03-2022, overgegaan naar: - Amsterdam (GM0363), … 20766 inwoners".
    expect(byName.get('Weesp')).toMatchObject({ code: 'GM0457', dissolved: '2022-03-24', successors: [{ code: 'GM0363', name: 'Amsterdam' }], province: 'Noord-Holland' });
    expect(byName.get('Bellingwedde')).toMatchObject({ code: 'GM0007', dissolved: '2018-01-01', successors: [{ code: 'GM1950', name: 'Westerwolde' }] });
    // Muiden went to Gooise Meren with its 6206 inhabitants; 235 hectare without inhabitants to Weesp is no successor.
    expect(byName.get('Muiden')?.successors.map((successor) => successor.name)).toEqual(['Gooise Meren']);
    // Dissolved before 2015 (Menaldumadeel, renamed in 2011) or still current: not a former gemeente.
    expect(byName.has('Menaldumadeel')).toBe(false);
    expect(former.some((record) => record.code === 'GM0344')).toBe(false);
    expect(await readFile(committedFormerJson, 'utf8')).toBe(serializeRecords({ records: former }));
  });
});

describe('buildGazetteerRecords', () => {
  const regionCodes = [
    { Identifier: 'PV26', Title: 'Utrecht (PV)', Description: '', DimensionGroupId: 'PV' },
    { Identifier: 'GM0001', Title: 'Nieuwstad (gemeente)', Description: 'Ontstaan per 01-01-2025', DimensionGroupId: 'GMPV26' },
    { Identifier: 'GM0002', Title: 'Oudstad', Description: 'Opgeheven per 01-01-2025, overgegaan naar: Nieuwstad', DimensionGroupId: 'GMPV26' },
    { Identifier: 'GM0003', Title: 'Spookstad', Description: 'Opgeheven per 01-01-2026', DimensionGroupId: 'GMPV26' },
  ];

  it('uses the latest period with figures and ignores suppressed values', () => {
    const built = buildGazetteerRecords({
      regionCodes,
      observations: [
        { RegioS: 'GM0002', Perioden: '2024JJ00', Value: 10 },
        { RegioS: 'GM0001 ', Perioden: '2025JJ00', Value: 20 },
        { RegioS: 'GM0002', Perioden: '2025JJ00', Value: null },
        { RegioS: 'GM0001', Perioden: '2026JJ00', Value: null },
        { RegioS: 'NL01', Perioden: '2026JJ00', Value: 30 },
      ],
    });
    expect(built.latestPeriod).toBe('2025JJ00');
    expect(built.records).toEqual([
      { code: 'GM0001', name: 'Nieuwstad', officialName: 'Nieuwstad (gemeente)', province: 'Utrecht', provinceCode: 'PV26', aliases: [] },
    ]);
  });

  it('warns when a gemeente marked "Opgeheven" still has figures', () => {
    const built = buildGazetteerRecords({ regionCodes, observations: [{ RegioS: 'GM0003', Perioden: '2026JJ00', Value: 5 }] });
    expect(built.warnings).toEqual(['GM0003 Spookstad: marked "Opgeheven" but has figures']);
  });
});
