import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/lib/errors/config-error.ts';
import { storageConfigFromEnv } from '../../../src/app/config/storage-env.ts';

const CONNECTION = 'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=eA==;EndpointSuffix=core.windows.net';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    storageConfigFromEnv(env);
  } catch (error) {
    if (ConfigError.isInstance(error)) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('storageConfigFromEnv', () => {
  it('is local without STORAGE, or with an empty one', () => {
    expect(storageConfigFromEnv({})).toEqual({ kind: 'local' });
    expect(storageConfigFromEnv({ STORAGE: '', AZURE_STORAGE_CONNECTION_STRING: CONNECTION })).toEqual({ kind: 'local' });
  });

  it('blob: connection string and the default container stelselwijzer', () => {
    expect(storageConfigFromEnv({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: ` ${CONNECTION} ` })).toEqual({ kind: 'blob', connectionString: CONNECTION, containerName: 'stelselwijzer' });
    expect(storageConfigFromEnv({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: CONNECTION, AZURE_STORAGE_CONTAINER: 'bot-state-2' })).toMatchObject({ containerName: 'bot-state-2' });
  });

  it('blob with a managed identity: the account URL and the identity\'s client id, no key', () => {
    const env = { STORAGE: 'blob', AZURE_STORAGE_ACCOUNT_URL: 'https://stelselst.blob.core.windows.net', AZURE_CLIENT_ID: 'mi-client-id' };
    expect(storageConfigFromEnv(env)).toEqual({ kind: 'blob', accountUrl: 'https://stelselst.blob.core.windows.net', managedIdentityClientId: 'mi-client-id', containerName: 'stelselwijzer' });
    expect(storageConfigFromEnv({ ...env, AZURE_CLIENT_ID: '' })).toEqual({ kind: 'blob', accountUrl: 'https://stelselst.blob.core.windows.net', containerName: 'stelselwijzer' });
  });

  it('STORAGE=blob needs an account URL or a connection string, not both', () => {
    const problems = problemsOf({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: '  ' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^AZURE_STORAGE_ACCOUNT_URL .*AZURE_STORAGE_CONNECTION_STRING: .*STORAGE=blob/);
    expect(problemsOf({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: CONNECTION, AZURE_STORAGE_ACCOUNT_URL: 'https://x.blob.core.windows.net' })[0]).toMatch(/^AZURE_STORAGE_CONNECTION_STRING: niet samen/);
    expect(problemsOf({ STORAGE: 'blob', AZURE_STORAGE_ACCOUNT_URL: 'stelselst' })[0]).toMatch(/^AZURE_STORAGE_ACCOUNT_URL: /);
  });

  it('an unknown STORAGE or an invalid container name names the variable', () => {
    expect(problemsOf({ STORAGE: 'cosmos' })[0]).toMatch(/^STORAGE: .*"cosmos"/);
    expect(problemsOf({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: CONNECTION, AZURE_STORAGE_CONTAINER: 'Bot_State' })[0]).toMatch(/^AZURE_STORAGE_CONTAINER: /);
    expect(problemsOf({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: CONNECTION, AZURE_STORAGE_CONTAINER: 'a--b' })[0]).toMatch(/^AZURE_STORAGE_CONTAINER: /);
  });
});
