import type { Storage, StoreItem } from '@microsoft/agents-hosting';
import { openBlobContainer, type BlobConnectionOptions } from './blob-connection.ts';
import { blobNameSegment } from './blob-name.ts';
import { readJsonBlob, storageErrorStatus, writeJsonBlob } from './blob-json.ts';
import { ETagConflictError } from '../lib/errors/index.ts';

export type BlobStorageOptions = BlobConnectionOptions & {
  /** The folder of the state blobs in the container; default `state`. */
  folder?: string;
};

/**
 * The Agents SDK `Storage` on Azure Blob Storage, shared by every instance of the bot: one JSON blob
 * per key (`state/<escaped key>.json`) with optimistic concurrency on the blob ETag.
 *
 * - `read` returns each found item with `eTag` set to its blob ETag; missing keys are left out.
 * - `write` of an item with that `eTag` succeeds only if the blob is unchanged (and still exists),
 *   otherwise it fails with `ETagConflictError`; an item without `eTag` or with `'*'` overwrites.
 *   After a successful write the item's `eTag` is set to the new ETag, so the same object can be
 *   saved again in the same turn.
 * - `delete` removes the blobs; missing keys are ignored.
 */
export function createBlobStorage(options: BlobStorageOptions): Storage {
  const container = openBlobContainer(options);
  const folder = options.folder ?? 'state';
  const blobName = (key: string) => `${folder}/${blobNameSegment(key, 900)}.json`;

  async function readOne(key: string): Promise<[string, StoreItem] | undefined> {
    const found = await readJsonBlob({ container: container.client, name: blobName(key) });
    if (!found) return undefined;
    return [key, { ...(found.value as StoreItem), eTag: found.etag }];
  }

  async function writeOne(key: string, item: StoreItem): Promise<void> {
    const { eTag, ...value } = item ?? {};
    const conditional = typeof eTag === 'string' && eTag !== '' && eTag !== '*';
    try {
      const response = await writeJsonBlob({ container: container.client, name: blobName(key), value, ...(conditional ? { conditions: { ifMatch: eTag } } : {}) });
      if (item && typeof item === 'object' && response.etag) item.eTag = response.etag;
    } catch (error) {
      const status = storageErrorStatus(error);
      if (conditional && (status === 412 || status === 404)) throw new ETagConflictError({ key, cause: error });
      throw error;
    }
  }

  return {
    async read(keys) {
      if (!keys || keys.length === 0) throw new ReferenceError('Keys are required when reading.');
      await container.ready();
      const found = await Promise.all([...new Set(keys)].map(readOne));
      return Object.fromEntries(found.filter((entry) => entry !== undefined));
    },
    async write(changes) {
      if (!changes) throw new ReferenceError('Changes are required when writing.');
      const entries = Object.entries(changes);
      if (entries.length === 0) return;
      await container.ready();
      await settleAll(entries.map(([key, item]) => writeOne(key, item as StoreItem)));
    },
    async delete(keys) {
      if (!keys || keys.length === 0) throw new ReferenceError('Keys are required when deleting.');
      await container.ready();
      await settleAll([...new Set(keys)].map((key) => container.client.getBlobClient(blobName(key)).deleteIfExists().then(() => undefined)));
    },
  };
}

/** Waits for every operation, then fails with the first error: no write is still running after a failure. */
async function settleAll(operations: Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(operations);
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}
