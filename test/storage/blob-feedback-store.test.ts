import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnsweredTurn } from '../../src/storage/feedback-store.ts';
import { createBlobFeedbackStore } from '../../src/storage/blob-feedback-store.ts';
import { startAzurite, uniqueContainerName, type Azurite } from './azurite.ts';

const turn = (overrides: Partial<AnsweredTurn> = {}): AnsweredTurn => ({
  conversationId: 'a:1conv/x',
  activityId: 'act-1',
  question: 'Wat is een lumpsum?',
  answer: 'Een lumpsum is … [1]',
  mode: 'offline',
  citations: ['knowledge/x.md'],
  ...overrides,
});

describe('createBlobFeedbackStore (FeedbackStore on Azurite)', () => {
  let azurite: Azurite;
  beforeAll(async () => {
    azurite = await startAzurite();
  });
  afterAll(async () => {
    await azurite?.stop();
  });
  const open = (containerName: string, now?: () => Date) =>
    createBlobFeedbackStore({ connectionString: azurite.connectionString, containerName, ...(now ? { now } : {}) });

  it('keeps feedback with its question and answer across a restart, with personal data masked', async () => {
    const containerName = uniqueContainerName();
    const store = open(containerName);
    await store.recordAnswer(turn({ question: 'Vraag van jan@gemeente.nl over lumpsum, BSN 111222333' }));
    const returned = await store.recordFeedback({ conversationId: 'a:1conv/x', activityId: 'act-1', reaction: 'dislike', comment: 'Mis de bron; bel 0612345678' });
    store.close();

    const expected = {
      conversationId: 'a:1conv/x',
      activityId: 'act-1',
      reaction: 'dislike',
      question: 'Vraag van [e-mail] over lumpsum, BSN [BSN]',
      answer: 'Een lumpsum is … [1]',
      comment: 'Mis de bron; bel [telefoonnummer]',
    };
    expect(returned).toMatchObject(expected);
    const reopened = open(containerName);
    const records = await reopened.listFeedback();
    expect(records).toEqual([{ ...expected, createdAt: expect.any(String) }]);
    expect(JSON.stringify(records)).not.toMatch(/jan@gemeente|0612345678|111222333/);
  });

  it('stores feedback on an answer it does not know, without question and answer', async () => {
    const store = open(uniqueContainerName());
    const record = await store.recordFeedback({ conversationId: 'c2', activityId: 'unknown', reaction: 'like' });
    expect(record).toEqual({ conversationId: 'c2', activityId: 'unknown', reaction: 'like', createdAt: expect.any(String) });
  });

  it('latestAnswerId: the newest answer of that conversation, also after a restart', async () => {
    const containerName = uniqueContainerName();
    let clock = Date.parse('2026-11-23T10:00:00.000Z');
    const store = open(containerName, () => new Date(clock));
    await store.recordAnswer(turn({ conversationId: 'c1', activityId: 'z-first' }));
    clock += 1_000;
    await store.recordAnswer(turn({ conversationId: 'c1', activityId: 'a-second' }));
    await store.recordAnswer(turn({ conversationId: 'c1', activityId: 'm-same-millisecond' }));
    await store.recordAnswer(turn({ conversationId: 'c1-other', activityId: 'other' }));
    expect(await store.latestAnswerId('c1')).toBe('m-same-millisecond');

    const reopened = open(containerName, () => new Date(clock + 60_000));
    expect(await reopened.latestAnswerId('c1')).toBe('m-same-millisecond');
    expect(await reopened.latestAnswerId('c1-other')).toBe('other');
    expect(await reopened.latestAnswerId('c1-none')).toBeUndefined();
    await reopened.recordAnswer(turn({ conversationId: 'c1', activityId: 'f:äctivity/3' }));
    expect(await open(containerName).latestAnswerId('c1')).toBe('f:äctivity/3');
  });

  it('two instances writing feedback at the same time lose nothing', async () => {
    const containerName = uniqueContainerName();
    const fixedNow = () => new Date('2026-11-23T12:00:00.000Z');
    const first = open(containerName, fixedNow);
    const second = open(containerName, fixedNow);
    await first.recordAnswer(turn({ conversationId: 'c', activityId: 'a' }));
    const writes = Array.from({ length: 40 }, (_, index) =>
      (index % 2 === 0 ? first : second).recordFeedback({ conversationId: 'c', activityId: 'a', reaction: index % 3 === 0 ? 'dislike' : 'like', comment: `opmerking ${index}` }),
    );
    await Promise.all(writes);

    const records = await open(containerName).listFeedback();
    expect(records).toHaveLength(40);
    expect(new Set(records.map((record) => record.comment))).toEqual(new Set(Array.from({ length: 40 }, (_, index) => `opmerking ${index}`)));
    expect(records.every((record) => record.question === 'Wat is een lumpsum?')).toBe(true);
  });

  it('lists feedback in the order it was given', async () => {
    const containerName = uniqueContainerName();
    const store = open(containerName);
    for (const comment of ['een', 'twee', 'drie']) await store.recordFeedback({ conversationId: 'c', activityId: 'a', reaction: 'like', comment });
    expect((await open(containerName).listFeedback()).map((record) => record.comment)).toEqual(['een', 'twee', 'drie']);
  });
});
