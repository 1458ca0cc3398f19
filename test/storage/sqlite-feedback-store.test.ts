import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteFeedbackStore } from '../../src/storage/sqlite-feedback-store.ts';
import { makeTempDir } from '../support/temp-dir.ts';

describe('SQLite feedback store', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('keeps feedback with its question and answer across a restart, with personal data masked', async () => {
    const file = path.join(temp.dir, 'feedback.sqlite');
    const store = openSqliteFeedbackStore({ file });
    await store.recordAnswer({ conversationId: 'c1', activityId: 'a1', question: 'Vraag van jan@gemeente.nl over lumpsum', answer: 'Een lumpsum is … [1]', mode: 'offline', citations: ['knowledge/x.md'] });
    await store.recordFeedback({ conversationId: 'c1', activityId: 'a1', reaction: 'dislike', comment: 'Mis de bron; bel 0612345678' });
    store.close();

    const reopened = openSqliteFeedbackStore({ file });
    const [record] = await reopened.listFeedback();
    expect(record).toMatchObject({ conversationId: 'c1', activityId: 'a1', reaction: 'dislike', question: 'Vraag van [e-mail] over lumpsum', answer: 'Een lumpsum is … [1]', comment: 'Mis de bron; bel [telefoonnummer]' });
    reopened.close();
  });

  it('stores feedback on an answer it does not know, without question and answer', async () => {
    const store = openSqliteFeedbackStore({ file: path.join(temp.dir, 'f.sqlite') });
    const record = await store.recordFeedback({ conversationId: 'c2', activityId: 'unknown', reaction: 'like' });
    expect(record).toMatchObject({ reaction: 'like', activityId: 'unknown' });
    expect(record.question).toBeUndefined();
    store.close();
  });
});
