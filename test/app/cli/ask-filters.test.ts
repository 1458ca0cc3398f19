import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStelselwijzer } from '../../support/knowledge-fixture.ts';
import type { Stelselwijzer } from '../../../src/app/composition-root.ts';

describe('asking with metadata filters', () => {
  let stelselwijzer: Stelselwijzer & { cleanup: () => void };
  beforeAll(async () => {
    stelselwijzer = await createTestStelselwijzer();
  });
  afterAll(() => stelselwijzer?.cleanup());

  it('cites only documents of the requested type and gemeente', async () => {
    const answer = await stelselwijzer.assistant.ask({ question: 'Hoe werken de consortia?', filter: { types: ['casus'], gemeenten: ['Utrecht'] } });
    expect(answer.abstained).toBe(false);
    expect(answer.citations.map((c) => c.source)).toEqual(['knowledge/casus-utrecht-koos-spoor030.md']);
  });
});
