import path from 'node:path';
import type { Storage } from '@microsoft/agents-hosting';
import type { FeedbackStore } from './feedback-store.ts';
import { createSqliteStorage } from './sqlite-storage.ts';
import { openSqliteFeedbackStore } from './sqlite-feedback-store.ts';
import { blobConnectionOf } from './blob-access.ts';
import { openBlobContainer } from './blob-connection.ts';
import { createBlobFeedbackStore } from './blob-feedback-store.ts';
import { createBlobStorage } from './blob-storage.ts';
import type { StorageConfig } from './storage-config.ts';

/** The durable stores of the bot: conversation state for the Agents SDK and answers with their feedback. */
export interface Stores {
  conversationStorage: Storage;
  feedback: FeedbackStore;
  close(): void;
}

/**
 * Opens the stores the configuration names. `local`: SQLite files `<dataDir>/state.sqlite` (conversation state) and
 * SQLite in `<dataDir>/feedback.sqlite`, for one instance. `blob`: both in one Azure Blob container
 * (state under `state/`, answers and feedback under `answers/` and `feedback/`), shared by every
 * instance, reached with a managed identity or a connection string (see `BlobAccess`). The container
 * is created, or reached, before this resolves, so a wrong connection string, a missing role
 * assignment or an unreachable account stops the start instead of the first conversation.
 */
export async function openStores(options: { config: StorageConfig; dataDir: string }): Promise<Stores> {
  const { config, dataDir } = options;
  switch (config.kind) {
    case 'local': {
      const feedback = openSqliteFeedbackStore({ file: path.join(dataDir, 'feedback.sqlite') });
      const conversationStorage = createSqliteStorage({ file: path.join(dataDir, 'state.sqlite') });
      return {
        conversationStorage,
        feedback,
        close: () => {
          feedback.close();
          conversationStorage.close();
        },
      };
    }
    case 'blob': {
      const connection = blobConnectionOf(config, config.containerName);
      await openBlobContainer(connection).ready();
      const feedback = createBlobFeedbackStore(connection);
      return { conversationStorage: createBlobStorage(connection), feedback, close: () => feedback.close() };
    }
    default:
      return unknownKind(config);
  }
}

function unknownKind(config: never): never {
  throw new Error(`Unknown storage kind: ${JSON.stringify(config)}`);
}
