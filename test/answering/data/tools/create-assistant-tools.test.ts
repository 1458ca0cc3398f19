import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetRunwayInput } from '../../../../src/sources/calculators/budget-runway.ts';
import { compareFinancingInput } from '../../../../src/sources/calculators/compare-financing.ts';
import { residentialScenarioInput } from '../../../../src/sources/calculators/residential-scenario.ts';
import { queryIndicatorInput } from '../../../../src/sources/cbs/indicators/query-indicator-input.ts';
import { InvalidInputError } from '../../../../src/lib/input/invalid-input-error.ts';
import { queryRegistrationsInput } from '../../../../src/sources/registrations/query-registrations.ts';
import { RegistrationQueryError } from '../../../../src/sources/registrations/registration-query-error.ts';
import type { RegistrationStore } from '../../../../src/sources/registrations/registration-store.ts';
import { ASSISTANT_TOOL_NAMES } from '../../../../src/answering/data/tool-registry.ts';
import { createAssistantTools, listAssistantTools, type AssistantTools } from '../../../../src/answering/data/tools/create-assistant-tools.ts';
import { startCbsTestServer, type CbsTestServer } from '../../../sources/cbs/support/cbs-test-server.ts';
import { createTestClient } from '../../../sources/cbs/support/test-client.ts';
import { catalogue, openSampleRegistration, today } from '../support/data-answer-fixture.ts';

let server: CbsTestServer;
let registration: RegistrationStore;
let tools: AssistantTools;
beforeAll(async () => {
  server = await startCbsTestServer();
  registration = openSampleRegistration();
  tools = createAssistantTools({ cbs: createTestClient(server).client, catalogue, registrations: registration.reader, today });
});
afterAll(async () => {
  registration.close();
  await server.close();
});

describe('createAssistantTools', () => {
  it('offers the five tools by name, each with a Dutch description and the core’s own zod schema', () => {
    expect(listAssistantTools(tools).map((tool) => tool.name)).toEqual([...ASSISTANT_TOOL_NAMES]);
    expect(tools.query_indicator.inputSchema).toBe(queryIndicatorInput);
    expect(tools.query_registrations.inputSchema).toBe(queryRegistrationsInput);
    expect(tools.compare_financing.inputSchema).toBe(compareFinancingInput);
    expect(tools.budget_runway.inputSchema).toBe(budgetRunwayInput);
    expect(tools.residential_scenario.inputSchema).toBe(residentialScenarioInput);
    for (const tool of listAssistantTools(tools)) expect(tool.description).toMatch(/^(?:Haal|Tel|Vergelijk|Bereken)/);
  });

  it('query_indicator runs against CBS with gemeentecodes: Utrecht 2023 = 367947', async () => {
    const result = await tools.query_indicator.run({ indicatorId: 'inwoners', gemeenteCodes: ['GM0344'], years: [2023] });
    expect(result.rows[0]).toMatchObject({ gemeenteCode: 'GM0344', year: 2023, value: 367947 });
  });

  it('query_indicator refuses a gemeente name: names are resolved with the gazetteer before the call', async () => {
    await expect(tools.query_indicator.run({ indicatorId: 'inwoners', gemeenteCodes: ['Den Haag'], years: [2023] })).rejects.toSatisfy(InvalidInputError.isInstance);
  });

  it('query_registrations answers from the registration reader and labels sample data', async () => {
    const result = await tools.query_registrations.run({ metric: 'residentiele_plaatsingen', from: '2026-01-01', to: '2026-10-31' });
    expect(result.source).toMatchObject({ isSample: true, label: { nl: 'Eigen registratie, import 2026-11-01 (voorbeelddata)' } });
    expect(result.clients).toBeGreaterThan(0);
    await expect(tools.query_registrations.run({ metric: 'residentiele_plaatsingen', from: '2026-12-31', to: '2026-01-01' })).rejects.toSatisfy(RegistrationQueryError.isInstance);
  });

  it('the calculators return the core’s result and reject invalid input with InvalidInputError', async () => {
    await expect(tools.budget_runway.run({ annualBudget: 12_000_000, spentToDate: 10_200_000, monthReached: 9 })).resolves.toMatchObject({
      runsOutIn: { nl: 'november' },
      projectedYearEndSpend: 13_600_000,
      projectedDifference: 1_600_000,
    });
    await expect(tools.compare_financing.run({ years: 4, taakgericht: { lumpsum: 11_500_000 } })).resolves.toMatchObject({ totals: { taakgericht: 46_000_000 } });
    await expect(tools.residential_scenario.run({ currentPlacements: 10, reductionCount: 10, costPerPlacementYear: 120_000, shareToAmbulantPercent: 60, ambulantCostPerClientYear: 15_000 }))
      .resolves.toMatchObject({ netSavingsPerYear: 1_110_000 });
    await expect(tools.compare_financing.run({ years: 4 })).rejects.toSatisfy(InvalidInputError.isInstance);
  });
});
