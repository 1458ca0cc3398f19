import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { calculatorTools, budgetRunwayTool } from '../../../src/sources/calculators/calculator-tools.ts';
import { InvalidInputError } from '../../../src/lib/input/invalid-input-error.ts';

describe('calculatorTools', () => {
  it('exposes each calculator with a JSON schema carrying Dutch descriptions', () => {
    expect(calculatorTools.map((tool) => tool.name)).toEqual(['compare_financing', 'budget_runway', 'residential_scenario']);
    for (const tool of calculatorTools) {
      const schema = z.toJSONSchema(tool.inputSchema, { io: 'input' }) as { type: string; properties: Record<string, { description?: string }> };
      expect(schema.type).toBe('object');
      for (const [field, property] of Object.entries(schema.properties)) {
        expect(property.description, `${tool.name}.${field}`).toMatch(/\S{3,}/);
      }
    }
  });

  it('runs the calculator', () => {
    expect(budgetRunwayTool.run({ annualBudget: 12_000_000, spentToDate: 10_200_000, monthReached: 9 }).runsOutIn?.nl).toBe('november');
  });
});

describe('InvalidInputError', () => {
  it('lists every invalid field with bilingual messages', () => {
    let caught: unknown;
    try {
      budgetRunwayTool.run({ annualBudget: -5, spentToDate: -1, monthReached: 9 });
    } catch (error) {
      caught = error;
    }
    expect(InvalidInputError.isInstance(caught)).toBe(true);
    expect(InvalidInputError.isInstance(new Error('x'))).toBe(false);
    const error = caught as InvalidInputError;
    expect(error.name).toBe('InvalidInputError');
    expect(error.issues).toEqual([
      { path: 'annualBudget', message: 'Jaarbudget moet groter dan 0 zijn / Annual budget must be greater than 0' },
      { path: 'spentToDate', message: 'Bedrag uitgegeven tot nu toe mag niet negatief zijn / Spend to date must not be negative' },
    ]);
    expect(error.message).toContain('Ongeldige invoer voor calculateBudgetRunway');
  });
});
