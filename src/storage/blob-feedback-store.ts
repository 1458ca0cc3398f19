import { randomBytes } from 'node:crypto';
import type { AnsweredTurn, FeedbackRecord, FeedbackStore } from './feedback-store.ts';
import { maskPersonalData } from '../lib/masking/index.ts';
import { openBlobContainer, type BlobConnectionOptions } from './blob-connection.ts';
import { blobNameSegment, compactTimestamp } from './blob-name.ts';
import { readJsonBlob, writeJsonBlob } from './blob-json.ts';
import { mapWithConcurrency } from './map-with-concurrency.ts';

export type BlobFeedbackStoreOptions = BlobConnectionOptions & { now?: () => Date };

interface StoredAnswer extends AnsweredTurn {
  createdAt: string;
}

type StoredFeedback = Omit<FeedbackRecord, 'question' | 'answer'>;

/** Metadata of an answer blob, listed with the blob, so finding the latest answer needs no downloads. */
const ORDER_METADATA = 'recordorder';
const ACTIVITY_METADATA = 'activityid';
const DOWNLOAD_CONCURRENCY = 16;

/**
 * `FeedbackStore` on Azure Blob Storage, for several instances at once. Every write creates or
 * replaces its own blob, never a shared one:
 * - `answers/<conversation>/<activity>.json`: an answer with its question (masked, like the SQLite
 *   store), recorded again for the same activity replaces it;
 * - `feedback/<timestamp>-<sequence>-<random>.json`: one blob per reaction, created only if new.
 * `listFeedback` lists the feedback blobs in name (time) order and joins each with its answer.
 */
export function createBlobFeedbackStore(options: BlobFeedbackStoreOptions): FeedbackStore {
  const container = openBlobContainer(options);
  const client = container.client;
  const now = options.now ?? (() => new Date());
  let sequence = 0;
  const nextSequence = () => String(sequence++ % 1_000_000).padStart(6, '0');
  const answerFolder = (conversationId: string) => `answers/${blobNameSegment(conversationId)}/`;
  const answerBlobName = (conversationId: string, activityId: string) => `${answerFolder(conversationId)}${blobNameSegment(activityId)}.json`;

  async function readAnswer(conversationId: string, activityId: string): Promise<StoredAnswer | undefined> {
    return (await readJsonBlob({ container: client, name: answerBlobName(conversationId, activityId) }))?.value as StoredAnswer | undefined;
  }

  function joined(feedback: StoredFeedback, answer: StoredAnswer | undefined): FeedbackRecord {
    return withoutUndefined({ ...feedback, question: answer?.question, answer: answer?.answer });
  }

  return {
    async recordAnswer(turn) {
      await container.ready();
      const createdAt = now().toISOString();
      const stored: StoredAnswer = {
        conversationId: turn.conversationId,
        activityId: turn.activityId,
        question: maskPersonalData(turn.question),
        answer: maskPersonalData(turn.answer),
        mode: turn.mode,
        citations: turn.citations,
        createdAt,
      };
      const metadata = {
        [ORDER_METADATA]: `${compactTimestamp(new Date(createdAt))}-${nextSequence()}`,
        [ACTIVITY_METADATA]: encodeURIComponent(turn.activityId),
      };
      await writeJsonBlob({ container: client, name: answerBlobName(turn.conversationId, turn.activityId), value: stored, metadata });
    },
    async recordFeedback({ conversationId, activityId, reaction, comment }) {
      await container.ready();
      const createdAt = now().toISOString();
      const stored: StoredFeedback = withoutUndefined({ conversationId, activityId, reaction, comment: comment ? maskPersonalData(comment) : undefined, createdAt });
      const name = `feedback/${compactTimestamp(new Date(createdAt))}-${nextSequence()}-${randomBytes(6).toString('hex')}.json`;
      await writeJsonBlob({ container: client, name, value: stored, conditions: { ifNoneMatch: '*' } });
      return joined(stored, await readAnswer(conversationId, activityId));
    },
    async listFeedback() {
      await container.ready();
      const names: string[] = [];
      for await (const blob of client.listBlobsFlat({ prefix: 'feedback/' })) names.push(blob.name);
      names.sort();
      const feedback = await mapWithConcurrency({
        items: names,
        concurrency: DOWNLOAD_CONCURRENCY,
        map: async (name) => (await readJsonBlob({ container: client, name }))?.value as StoredFeedback | undefined,
      });
      const found = feedback.filter((item) => item !== undefined);
      const answerKeys = [...new Set(found.map((item) => JSON.stringify([item.conversationId, item.activityId])))];
      const answers = await mapWithConcurrency({
        items: answerKeys,
        concurrency: DOWNLOAD_CONCURRENCY,
        map: async (key) => {
          const [conversationId, activityId] = JSON.parse(key) as [string, string];
          return [key, await readAnswer(conversationId, activityId)] as const;
        },
      });
      const answerByKey = new Map(answers);
      return found.map((item) => joined(item, answerByKey.get(JSON.stringify([item.conversationId, item.activityId]))));
    },
    async latestAnswerId(conversationId) {
      await container.ready();
      let latest: { order: string; activityId: string } | undefined;
      for await (const blob of client.listBlobsFlat({ prefix: answerFolder(conversationId), includeMetadata: true })) {
        const order = blob.metadata?.[ORDER_METADATA];
        const activityId = blob.metadata?.[ACTIVITY_METADATA];
        if (order === undefined || activityId === undefined || (latest && order <= latest.order)) continue;
        latest = { order, activityId: decodeURIComponent(activityId) };
      }
      return latest?.activityId;
    },
    close() {
      // Nothing to release: every operation is a self-contained HTTP request.
    },
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
