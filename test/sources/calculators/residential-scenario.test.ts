import { describe, expect, it } from 'vitest';
import { calculateResidentialScenario, residentialScenarioInput } from '../../../src/sources/calculators/residential-scenario.ts';

describe('calculateResidentialScenario', () => {
  it('computes gross and net savings with a shift to ambulant care', () => {
    // 40 placements, −25 % = 10 fewer; 10 × €180,000 = 1,800,000 gross
    // 60 % of 10 = 6 clients × €25,000 = 150,000 extra ambulant; net 1,650,000 a year
    // current cost 40 × 180,000 = 7,200,000 → net = 22.9 %; over 4 years 6,600,000
    const result = calculateResidentialScenario({
      currentPlacements: 40, reductionPercent: 25, costPerPlacementYear: 180_000,
      shareToAmbulantPercent: 60, ambulantCostPerClientYear: 25_000, years: 4,
    });
    expect(result).toEqual({
      currentPlacements: 40, reducedPlacements: 10, remainingPlacements: 30,
      currentResidentialCost: 7_200_000, grossSavingsPerYear: 1_800_000,
      clientsToAmbulant: 6, extraAmbulantCostPerYear: 150_000, netSavingsPerYear: 1_650_000,
      netSavingsPercentOfCurrentCost: 22.9, overYears: { years: 4, netSavings: 6_600_000 },
    });
  });

  it('accepts a reduction as a count and no shift to ambulant care', () => {
    // 5 of 12 × €200,000 = 1,000,000 gross = net
    const result = calculateResidentialScenario({
      currentPlacements: 12, reductionCount: 5, costPerPlacementYear: 200_000, shareToAmbulantPercent: 0,
    });
    expect(result.grossSavingsPerYear).toBe(1_000_000);
    expect(result.netSavingsPerYear).toBe(1_000_000);
    expect(result.extraAmbulantCostPerYear).toBe(0);
    expect(result.overYears).toBeNull();
  });

  it('shows a negative net saving when ambulant care costs more than the placement', () => {
    // 1 × 50,000 saved, 1 × 80,000 ambulant → −30,000
    const result = calculateResidentialScenario({
      currentPlacements: 3, reductionCount: 1, costPerPlacementYear: 50_000,
      shareToAmbulantPercent: 100, ambulantCostPerClientYear: 80_000,
    });
    expect(result.netSavingsPerYear).toBe(-30_000);
  });

  it('handles zero placements', () => {
    const result = calculateResidentialScenario({
      currentPlacements: 0, reductionPercent: 50, costPerPlacementYear: 150_000, shareToAmbulantPercent: 0,
    });
    expect(result.netSavingsPerYear).toBe(0);
    expect(result.netSavingsPercentOfCurrentCost).toBeNull();
  });

  it('rejects invalid input with clear messages', () => {
    const base = { currentPlacements: 10, costPerPlacementYear: 100_000, shareToAmbulantPercent: 0 };
    expect(residentialScenarioInput.safeParse({ ...base }).error?.issues[0]?.message)
      .toBe('Geef de afname óf als aantal óf als percentage / Give the reduction either as a count or as a percentage');
    expect(residentialScenarioInput.safeParse({ ...base, reductionCount: 1, reductionPercent: 10 }).success).toBe(false);
    expect(residentialScenarioInput.safeParse({ ...base, reductionCount: 11 }).error?.issues[0]?.message)
      .toContain('niet groter zijn dan het huidige aantal');
    expect(residentialScenarioInput.safeParse({ ...base, reductionPercent: 120 }).error?.issues[0]?.message)
      .toContain('niet hoger zijn dan 100 %');
    expect(residentialScenarioInput.safeParse({ ...base, reductionCount: 1, costPerPlacementYear: -1 }).error?.issues[0]?.message)
      .toBe('Kostprijs per plaatsingsjaar mag niet negatief zijn / Cost per placement-year must not be negative');
    expect(residentialScenarioInput.safeParse({ ...base, reductionCount: 1, shareToAmbulantPercent: 50 }).error?.issues[0]?.path)
      .toEqual(['ambulantCostPerClientYear']);
    expect(() => calculateResidentialScenario({ ...base, reductionCount: -2 })).toThrow(/negatief/);
  });
});
