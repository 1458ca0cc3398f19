/**
 * How the bot reaches Blob Storage: a connection string (Azurite, or an account key — avoid in
 * production), or the account URL with Microsoft Entra ID: the user-assigned managed identity whose
 * client id is `managedIdentityClientId`, else DefaultAzureCredential (e.g. `az login` on a laptop).
 * Access then comes from a role assignment (Storage Blob Data Contributor), not from a key.
 */
export type BlobAccess = { connectionString: string } | { accountUrl: string; managedIdentityClientId?: string };

/** Where conversation state and feedback are kept: on this machine, or in Azure Blob Storage for several instances. */
export type StorageConfig = { kind: 'local' } | ({ kind: 'blob'; containerName: string } & BlobAccess);
