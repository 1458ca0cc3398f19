import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Storage } from '@microsoft/agents-hosting';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamsAgent } from '../../../src/channels/teams/create-teams-agent.ts';
import { createHttpServer, listen } from '../../../src/channels/http/create-http-server.ts';
import { openStores } from '../../../src/storage/open-stores.ts';
import { startAzurite, uniqueContainerName, type Azurite } from '../../storage/azurite.ts';
import { messageActivity, messagesOf, postActivity } from '../../support/activities.ts';
import { createTestStelselwijzer } from '../../support/knowledge-fixture.ts';

/**
 * Two instances behind one Bot Service, sharing Azure Blob Storage (Azurite here): a follow-up
 * answered by the other instance still knows the conversation, and feedback from either is kept.
 */
describe('scale-out: two instances sharing Blob Storage', () => {
  let azurite: Azurite;
  const servers: http.Server[] = [];
  const urls: string[] = [];
  const storages: Storage[] = [];
  const cleanups: Array<() => void> = [];

  beforeAll(async () => {
    azurite = await startAzurite();
    const config = { kind: 'blob' as const, connectionString: azurite.connectionString, containerName: uniqueContainerName('scaleout') };
    const stelselwijzer = await createTestStelselwijzer();
    cleanups.push(() => {
      stelselwijzer.close();
      stelselwijzer.cleanup();
    });
    for (let instance = 0; instance < 2; instance++) {
      const stores = await openStores({ config, dataDir: stelselwijzer.config.dataDir });
      const logger = pino({ level: 'silent' });
      const agent = createTeamsAgent({ assistant: stelselwijzer.assistant, feedback: stores.feedback, storage: stores.conversationStorage, logger });
      const server = await listen(createHttpServer({ agent, authConfig: {}, logger }), 0, '127.0.0.1');
      servers.push(server);
      storages.push(stores.conversationStorage);
      urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      cleanups.push(() => stores.close());
    }
  }, 120_000);

  afterAll(async () => {
    for (const server of servers) server.close();
    for (const cleanup of cleanups) cleanup();
    await azurite?.stop();
  });

  it('answers a follow-up on instance B in the context of a question asked on instance A', async () => {
    const ask = async (url: string, text: string) => messagesOf((await postActivity(url, messageActivity(text, { conversation: { id: 'shared-conv', conversationType: 'personal' } }))).body)[0]?.text ?? '';
    expect(await ask(urls[0]!, 'Wat is taakgerichte bekostiging?')).toMatch(/\[1\]/);
    expect(await ask(urls[1]!, "en wat zijn de risico's daarvan?")).toMatch(/Ik begrijp uw vraag als: en wat zijn de risico's daarvan \(Wat is taakgerichte bekostiging\)/);
  });

  it('answers messages of one conversation that reach both instances at the same moment, and remembers all of them', async () => {
    const conversation = { id: 'race-conv', conversationType: 'personal' };
    const ask = async (url: string, text: string) => messagesOf((await postActivity(url, messageActivity(text, { conversation }))).body)[0]?.text ?? '';
    expect(await ask(urls[0]!, 'Wat is taakgerichte bekostiging?')).toMatch(/\[1\]/);
    const questions = ['Wat is een lumpsum?', 'Wat is open house?', 'Wat is resultaatgerichte bekostiging?', 'Wat doet een wijkteam?'];
    const replies = await Promise.all(questions.map((question, i) => ask(urls[i % 2]!, question)));
    for (const reply of replies) expect(reply).not.toMatch(/Sorry|went wrong/);
    const stored = (await storages[0]!.read(['msteams/bot-1/conversations/race-conv']))['msteams/bot-1/conversations/race-conv'] as { stelselwijzer: { turns: Array<{ question: string }> } };
    expect(stored.stelselwijzer.turns.map((t) => t.question).sort()).toEqual(['Wat is taakgerichte bekostiging?', ...questions].sort());
  });
});
