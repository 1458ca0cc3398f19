import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
import type { BlobConnectionOptions } from './blob-connection.ts';
import type { BlobAccess } from './storage-config.ts';

/**
 * The connection for `openBlobContainer`: the connection string as it is, or the account URL with a
 * Microsoft Entra ID credential — the user-assigned managed identity when its client id is known
 * (App Service), else DefaultAzureCredential (environment, workload identity, Azure CLI, …).
 */
export function blobConnectionOf(access: BlobAccess, containerName: string): BlobConnectionOptions {
  if ('connectionString' in access) return { connectionString: access.connectionString, containerName };
  const credential = access.managedIdentityClientId
    ? new ManagedIdentityCredential({ clientId: access.managedIdentityClientId })
    : new DefaultAzureCredential();
  return { accountUrl: access.accountUrl, credential, containerName };
}
