import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../src/storage/open-stores.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { startAzurite, uniqueContainerName, type Azurite } from './azurite.ts';

describe('openStores', () => {
  const temp = makeTempDir();
  let azurite: Azurite;
  beforeAll(async () => {
    azurite = await startAzurite();
  });
  afterAll(async () => {
    await azurite?.stop();
    temp.cleanup();
  });

  it('local: SQLite in <dataDir>/state.sqlite and <dataDir>/feedback.sqlite, surviving a reopen', async () => {
    const stores = await openStores({ config: { kind: 'local' }, dataDir: temp.dir });
    await stores.conversationStorage.write({ conv: { turns: 1 } });
    await stores.feedback.recordAnswer({ conversationId: 'c', activityId: 'a', question: 'q', answer: 'a', mode: 'offline', citations: [] });
    stores.close();
    expect(fs.existsSync(path.join(temp.dir, 'state.sqlite'))).toBe(true);
    expect(fs.existsSync(path.join(temp.dir, 'feedback.sqlite'))).toBe(true);
    const reopened = await openStores({ config: { kind: 'local' }, dataDir: temp.dir });
    expect(await reopened.conversationStorage.read(['conv'])).toEqual({ conv: { turns: 1, eTag: '1' } });
    reopened.close();
  });

  it('blob: state and feedback share one container and survive a reopen (another instance)', async () => {
    const config = { kind: 'blob' as const, connectionString: azurite.connectionString, containerName: uniqueContainerName() };
    const first = await openStores({ config, dataDir: temp.dir });
    await first.conversationStorage.write({ conv: { turns: 1 } });
    await first.feedback.recordAnswer({ conversationId: 'c', activityId: 'a', question: 'q', answer: 'a', mode: 'offline', citations: [] });
    await first.feedback.recordFeedback({ conversationId: 'c', activityId: 'a', reaction: 'like' });
    first.close();

    const second = await openStores({ config, dataDir: temp.dir });
    expect((await second.conversationStorage.read(['conv']))['conv']).toMatchObject({ turns: 1 });
    expect(await second.feedback.listFeedback()).toEqual([expect.objectContaining({ reaction: 'like', question: 'q' })]);
    expect(await second.feedback.latestAnswerId('c')).toBe('a');
    second.close();
  });

  it('blob: an invalid connection string fails at open', async () => {
    await expect(openStores({ config: { kind: 'blob', connectionString: 'not a connection string', containerName: 'x-y-z' }, dataDir: temp.dir })).rejects.toThrow();
  });
});
