import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './config-error.ts';

export type RunMode = 'local' | 'production';

/** The typed configuration of Stelselwijzer, parsed once at start-up from the environment. */
export interface AppConfig {
  mode: RunMode;
  port: number;
  projectDir: string;
  dataDir: string;
  knowledgeDir: string;
  indexDir: string;
  logLevel: string;
  playground: { enabled: boolean; port: number };
  auth: { clientId?: string; clientSecret?: string; tenantId?: string };
  embeddings: 'local' | 'openai';
}

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const envSchema = z.object({
  NODE_ENV: optionalText,
  PORT: z.coerce.number().int().min(1).max(65535).default(3978),
  DATA_DIR: optionalText,
  KNOWLEDGE_DIR: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PLAYGROUND: z.enum(['auto', 'on', 'off']).default('auto'),
  PLAYGROUND_PORT: z.coerce.number().int().min(1).max(65535).default(56150),
  clientId: optionalText,
  clientSecret: optionalText,
  tenantId: optionalText,
  EMBEDDINGS: z.enum(['local', 'openai']).default('local'),
});

export const PROJECT_DIR = path.resolve(import.meta.dirname, '..', '..');

/**
 * Parses the environment into an AppConfig. Every problem is collected and reported at once,
 * each naming its variable. Production mode (credentials present or NODE_ENV=production)
 * requires the full set of app credentials.
 */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message} (waarde: ${JSON.stringify(env[String(issue.path[0])])})`),
    );
  }
  const e = parsed.data;
  const hasCredentials = Boolean(e.clientId || e.clientSecret || e.tenantId);
  const mode: RunMode = hasCredentials || e.NODE_ENV === 'production' ? 'production' : 'local';
  if (mode === 'production') {
    const missing = (['clientId', 'clientSecret', 'tenantId'] as const).filter((name) => !e[name]);
    if (missing.length > 0) {
      throw new ConfigError(
        missing.map((name) => `${name}: vereist in productiemodus (app-registratie van de bot) / required in production mode`),
      );
    }
  }
  const dataDir = e.DATA_DIR ? path.resolve(e.DATA_DIR) : path.join(PROJECT_DIR, 'data');
  return {
    mode,
    port: e.PORT,
    projectDir: PROJECT_DIR,
    dataDir,
    knowledgeDir: e.KNOWLEDGE_DIR ? path.resolve(e.KNOWLEDGE_DIR) : path.join(PROJECT_DIR, 'knowledge'),
    indexDir: path.join(dataDir, 'index'),
    logLevel: e.LOG_LEVEL,
    playground: { enabled: mode === 'local' && e.PLAYGROUND !== 'off', port: e.PLAYGROUND_PORT },
    auth: { clientId: e.clientId, clientSecret: e.clientSecret, tenantId: e.tenantId },
    embeddings: e.EMBEDDINGS,
  };
}
