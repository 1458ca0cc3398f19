import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultGemeenteCodeValidator, gemeenteLabel, loadGemeenteGazetteer } from '../../../src/sources/registrations/gemeente-codes.ts';

const directory = mkdtempSync(path.join(tmpdir(), 'gazetteer-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('gemeente codes', () => {
  it('reads { code, name } entries from a gazetteer file', () => {
    const filePath = path.join(directory, 'gemeenten.json');
    writeFileSync(filePath, JSON.stringify([{ code: 'GM0405', name: 'Hoorn' }, { code: 'bad', name: 'X' }]));
    const gazetteer = loadGemeenteGazetteer({ filePath });
    expect([...gazetteer.names]).toEqual([['GM0405', 'Hoorn']]);
  });

  it('yields an empty gazetteer for an absent or broken file', () => {
    expect(loadGemeenteGazetteer({ filePath: path.join(directory, 'missing.json') }).names.size).toBe(0);
    const broken = path.join(directory, 'broken.json');
    writeFileSync(broken, '{ not json');
    expect(loadGemeenteGazetteer({ filePath: broken }).filePath).toBeNull();
  });

  it('validates against the project gazetteer when it is there, else by the GMxxxx format', () => {
    const isKnown = defaultGemeenteCodeValidator();
    expect(isKnown('GM0405')).toBe(true);
    expect(isKnown('GM9999')).toBe(loadGemeenteGazetteer().names.size === 0);
    expect(isKnown('0405')).toBe(false);
    expect(gemeenteLabel('GM0405')).toMatch(/^(Hoorn \(GM0405\)|GM0405)$/);
  });
});
