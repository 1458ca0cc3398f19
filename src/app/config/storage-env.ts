import { z } from 'zod';
import { ConfigError } from '../../lib/errors/index.ts';
import type { StorageConfig } from '../../storage/index.ts';

const emptyAsMissing = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** Azure container names: 3–63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit. */
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

const storageEnvSchema = z.object({
  STORAGE: z.preprocess(emptyAsMissing, z.enum(['local', 'blob']).default('local')),
  AZURE_STORAGE_CONNECTION_STRING: z.preprocess(emptyAsMissing, z.string().trim().optional()),
  AZURE_STORAGE_ACCOUNT_URL: z.preprocess(emptyAsMissing, z.url({ protocol: /^https?$/ }).trim().optional()),
  AZURE_CLIENT_ID: z.preprocess(emptyAsMissing, z.string().trim().optional()),
  AZURE_STORAGE_CONTAINER: z.preprocess(
    emptyAsMissing,
    z.string().trim().regex(CONTAINER_NAME, '3–63 kleine letters, cijfers en enkele streepjes / 3–63 lower-case letters, digits and single hyphens').default('stelselwijzer'),
  ),
});

/**
 * Reads `STORAGE=local|blob` (default `local`); for `blob` either `AZURE_STORAGE_ACCOUNT_URL`
 * (Entra ID; with `AZURE_CLIENT_ID`, the user-assigned managed identity) or
 * `AZURE_STORAGE_CONNECTION_STRING`, and `AZURE_STORAGE_CONTAINER` (default `stelselwijzer`).
 * Every problem is reported at once in a `ConfigError`, each naming its variable.
 */
export function storageConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StorageConfig {
  const parsed = storageEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message} (waarde: ${JSON.stringify(env[String(issue.path[0])])})`));
  }
  const e = parsed.data;
  if (e.STORAGE === 'local') return { kind: 'local' };
  if (e.AZURE_STORAGE_ACCOUNT_URL && e.AZURE_STORAGE_CONNECTION_STRING) {
    throw new ConfigError(['AZURE_STORAGE_CONNECTION_STRING: niet samen met AZURE_STORAGE_ACCOUNT_URL; kies er één / set only one of the two']);
  }
  if (e.AZURE_STORAGE_ACCOUNT_URL) {
    return {
      kind: 'blob',
      accountUrl: e.AZURE_STORAGE_ACCOUNT_URL,
      ...(e.AZURE_CLIENT_ID ? { managedIdentityClientId: e.AZURE_CLIENT_ID } : {}),
      containerName: e.AZURE_STORAGE_CONTAINER,
    };
  }
  if (!e.AZURE_STORAGE_CONNECTION_STRING) {
    throw new ConfigError([
      'AZURE_STORAGE_ACCOUNT_URL (met managed identity) of AZURE_STORAGE_CONNECTION_STRING: vereist bij STORAGE=blob / required when STORAGE=blob',
    ]);
  }
  return { kind: 'blob', connectionString: e.AZURE_STORAGE_CONNECTION_STRING, containerName: e.AZURE_STORAGE_CONTAINER };
}
