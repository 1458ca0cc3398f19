import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
import { describe, expect, it } from 'vitest';
import { blobConnectionOf } from '../../src/storage/blob-access.ts';

describe('blobConnectionOf', () => {
  it('keeps a connection string as it is', () => {
    expect(blobConnectionOf({ connectionString: 'UseDevelopmentStorage=true' }, 'c')).toEqual({ connectionString: 'UseDevelopmentStorage=true', containerName: 'c' });
  });

  it('reaches an account URL with the user-assigned managed identity, or DefaultAzureCredential without its client id', () => {
    const withIdentity = blobConnectionOf({ accountUrl: 'https://a.blob.core.windows.net', managedIdentityClientId: 'mi' }, 'c');
    expect(withIdentity).toMatchObject({ accountUrl: 'https://a.blob.core.windows.net', containerName: 'c' });
    expect('credential' in withIdentity && withIdentity.credential).toBeInstanceOf(ManagedIdentityCredential);
    const fallback = blobConnectionOf({ accountUrl: 'https://a.blob.core.windows.net' }, 'c');
    expect('credential' in fallback && fallback.credential).toBeInstanceOf(DefaultAzureCredential);
  });
});
