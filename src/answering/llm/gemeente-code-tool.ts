import { z } from 'zod';
import { resolveGemeente, type GemeenteRecord, type ResolveGemeenteResult } from '../../lib/gemeenten/index.ts';
import type { AssistantTool } from '../tools/index.ts';

export const GEMEENTE_CODE_TOOL_NAME = 'gemeente_code';

const gemeenteCodeInput = z.object({
  names: z.array(z.string().trim().min(1).max(80)).min(1).max(20).describe('Namen van gemeenten zoals de gebruiker ze schrijft, bijvoorbeeld ["Den Haag", "Bergen"].'),
});

type GemeenteCodeInput = z.infer<typeof gemeenteCodeInput>;

interface GemeenteRef {
  code: string;
  name: string;
  province: string;
}

export interface GemeenteCodeResult {
  results: Array<
    | { name: string; kind: 'exact'; gemeente: GemeenteRef }
    | { name: string; kind: 'ambiguous' | 'suggestion' | 'notFound'; candidates: GemeenteRef[]; message: string }
  >;
}

/**
 * Resolves gemeente names to CBS codes (GM0344) with the gazetteer, so the model can call
 * query_indicator, which takes codes only. Shared names ("Bergen") come back as ambiguous with
 * the candidates, never as a guess; the model should then ask the user.
 */
export function createGemeenteCodeTool(): AssistantTool<GemeenteCodeInput, GemeenteCodeResult> {
  return {
    name: GEMEENTE_CODE_TOOL_NAME,
    description:
      'Zoek de CBS-gemeentecode (zoals GM0344) bij gemeentenamen, nodig voor query_indicator. Bij een naam die meerdere ' +
      'gemeenten hebben (Bergen) of een onbekende naam komen kandidaten terug: vraag de gebruiker dan welke gemeente bedoeld is.',
    inputSchema: gemeenteCodeInput,
    run: async ({ names }) => ({ results: names.map((name) => describe(name, resolveGemeente({ name }))) }),
    citationTitle: { nl: 'Gemeentelijst CBS (Stelselwijzer)', en: 'CBS municipality list (Stelselwijzer)' },
  };
}

function describe(name: string, result: ResolveGemeenteResult): GemeenteCodeResult['results'][number] {
  switch (result.kind) {
    case 'exact':
      return { name, kind: 'exact', gemeente: refOf(result.gemeente) };
    case 'ambiguous':
      return { name, kind: 'ambiguous', candidates: result.candidates.map(refOf), message: result.message };
    case 'suggestion':
      return { name, kind: 'suggestion', candidates: result.suggestions.map(refOf), message: result.message };
    case 'notFound':
      return { name, kind: 'notFound', candidates: [], message: result.message };
  }
}

function refOf(record: GemeenteRecord): GemeenteRef {
  return { code: record.code, name: record.name, province: record.province };
}
