import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.ts';
import { storageConfigFromEnv } from '../../src/storage/storage-config.ts';

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

  it('STORAGE=blob without a connection string names AZURE_STORAGE_CONNECTION_STRING', () => {
    const problems = problemsOf({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: '  ' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^AZURE_STORAGE_CONNECTION_STRING: .*STORAGE=blob/);
  });

  it('an unknown STORAGE or an invalid container name names the variable', () => {
    expect(problemsOf({ STORAGE: 'cosmos' })[0]).toMatch(/^STORAGE: .*"cosmos"/);
    expect(problemsOf({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: CONNECTION, AZURE_STORAGE_CONTAINER: 'Bot_State' })[0]).toMatch(/^AZURE_STORAGE_CONTAINER: /);
    expect(problemsOf({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: CONNECTION, AZURE_STORAGE_CONTAINER: 'a--b' })[0]).toMatch(/^AZURE_STORAGE_CONTAINER: /);
  });
});
