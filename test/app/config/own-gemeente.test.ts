import { describe, expect, it } from 'vitest';
import { loadAppConfig } from '../../../src/app/config/app-config.ts';
import { configErrorOf } from '../../support/config-error-of.ts';

describe('OWN_GEMEENTE', () => {
  it('takes a name or a code and keeps the gemeentecode', () => {
    expect(loadAppConfig({ OWN_GEMEENTE: 'Arnhem' }).ownGemeenteCode).toBe('GM0202');
    expect(loadAppConfig({ OWN_GEMEENTE: 'GM0274' }).ownGemeenteCode).toBe('GM0274');
    expect(loadAppConfig({}).ownGemeenteCode).toBeUndefined();
  });

  it('a typo or a shared name stops start-up with a message naming the variable', () => {
    expect(configErrorOf(() => loadAppConfig({ OWN_GEMEENTE: "Renkm" })).message).toContain('OWN_GEMEENTE: "Renkm" is geen (eenduidige) gemeente');
    expect(configErrorOf(() => loadAppConfig({ OWN_GEMEENTE: "Renkm" })).message).toContain('Bedoelt u Renkum?');
  });
});
