import type { TokenCredential } from '@azure/identity';
import { BlobServiceClient, type AnonymousCredential, type ContainerClient, type StorageSharedKeyCredential } from '@azure/storage-blob';

type BlobCredential = TokenCredential | StorageSharedKeyCredential | AnonymousCredential;

/**
 * Where the blobs live: a connection string (Azurite, shared key, SAS) or an account URL with a
 * credential (for example a managed identity), plus the container, which is created when missing.
 */
export type BlobConnectionOptions =
  | { connectionString: string; containerName: string }
  | { accountUrl: string; credential: BlobCredential; containerName: string };

/** A container client whose container is created on first use; `ready()` waits for that. */
export interface BlobContainer {
  client: ContainerClient;
  /** Creates the container if it does not exist yet; once per process, retried after a failure. */
  ready(): Promise<void>;
}

export function openBlobContainer(options: BlobConnectionOptions): BlobContainer {
  const service =
    'connectionString' in options
      ? BlobServiceClient.fromConnectionString(options.connectionString)
      : new BlobServiceClient(options.accountUrl, options.credential);
  const client = service.getContainerClient(options.containerName);
  let creation: Promise<void> | undefined;
  return {
    client,
    ready() {
      creation ??= client.createIfNotExists().then(
        () => undefined,
        (error: unknown) => {
          creation = undefined;
          throw error;
        },
      );
      return creation;
    },
  };
}
