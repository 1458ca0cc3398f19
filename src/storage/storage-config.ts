import { z } from 'zod';
import { ConfigError } from '../config/config-error.ts';

/** Where conversation state and feedback are kept: on this machine, or in Azure Blob Storage for several instances. */
export type StorageConfig = { kind: 'local' } | { kind: 'blob'; connectionString: string; containerName: string };

const emptyAsMissing = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** Azure container names: 3–63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit. */
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

const storageEnvSchema = z.object({
  STORAGE: z.preprocess(emptyAsMissing, z.enum(['local', 'blob']).default('local')),
  AZURE_STORAGE_CONNECTION_STRING: z.preprocess(emptyAsMissing, z.string().trim().optional()),
  AZURE_STORAGE_CONTAINER: z.preprocess(
    emptyAsMissing,
    z.string().trim().regex(CONTAINER_NAME, '3–63 kleine letters, cijfers en enkele streepjes / 3–63 lower-case letters, digits and single hyphens').default('stelselwijzer'),
  ),
});

/**
 * Reads `STORAGE=local|blob` (default `local`), `AZURE_STORAGE_CONNECTION_STRING` (required for
 * `blob`) and `AZURE_STORAGE_CONTAINER` (default `stelselwijzer`). Every problem is reported at
 * once in a `ConfigError`, each naming its variable.
 */
export function storageConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StorageConfig {
  const parsed = storageEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message} (waarde: ${JSON.stringify(env[String(issue.path[0])])})`));
  }
  const e = parsed.data;
  if (e.STORAGE === 'local') return { kind: 'local' };
  if (!e.AZURE_STORAGE_CONNECTION_STRING) {
    throw new ConfigError(['AZURE_STORAGE_CONNECTION_STRING: vereist bij STORAGE=blob / required when STORAGE=blob']);
  }
  return { kind: 'blob', connectionString: e.AZURE_STORAGE_CONNECTION_STRING, containerName: e.AZURE_STORAGE_CONTAINER };
}
