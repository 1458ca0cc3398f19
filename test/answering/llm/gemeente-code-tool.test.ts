import { describe, expect, it } from 'vitest';
import { createGemeenteCodeTool } from '../../../src/answering/llm/gemeente-code-tool.ts';

describe('gemeente_code tool', () => {
  it('resolves names to CBS codes and returns shared names as ambiguous', async () => {
    const tool = createGemeenteCodeTool();
    const { results } = await tool.run(tool.inputSchema.parse({ names: ['Den Haag', 'Bergen', 'Xyzzystad'] }));
    expect(results[0]).toMatchObject({ name: 'Den Haag', kind: 'exact', gemeente: { code: 'GM0518' } });
    expect(results[1]).toMatchObject({ name: 'Bergen', kind: 'ambiguous' });
    expect(results[1]!.kind !== 'exact' && results[1]!.candidates.length).toBeGreaterThan(1);
    expect(results[2]!.kind).toMatch(/notFound|suggestion/);
  });
});
