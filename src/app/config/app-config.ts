import path from 'node:path';
import { z } from 'zod';
import type { AuthConfiguration } from '@microsoft/agents-hosting';
import { REGISTRATION_FILE_NAME } from '../../sources/registrations/index.ts';
import { botAuthProblems, hasBotCredentials, sdkAuthConfiguration, type BotAuthEnv } from './bot-auth-config.ts';
import { ConfigError } from '../../lib/errors/index.ts';
import type { OpenAiServiceConfig } from '../../lib/index.ts';
import { resolveOwnGemeente } from './own-gemeente.ts';
import type { CbsBaseUrls } from '../../sources/cbs/index.ts';
import type { StorageConfig } from '../../storage/index.ts';
import { cbsBaseUrlsFromEnv } from './cbs-env.ts';
import { storageConfigFromEnv } from './storage-env.ts';

export type { OpenAiServiceConfig } from '../../lib/index.ts';

export type RunMode = 'local' | 'production';

/** The typed configuration of Stelselwijzer, parsed once at start-up from the environment. */
export interface AppConfig {
  mode: RunMode;
  port: number;
  projectDir: string;
  dataDir: string;
  knowledgeDir: string;
  /** The knowledge index: INDEX_DIR when set, else DATA_DIR/index. */
  indexDir: string;
  /**
   * true when INDEX_DIR is set: the index was built by a job (`cli ingest`) and is only read,
   * never built or updated at start-up. false: DATA_DIR/index, built when missing or outdated.
   */
  indexPrebuilt: boolean;
  /**
   * The gemeente's registration store. With REGISTRATIONS_FILE: a file built by a job
   * (`cli import-registrations`), opened read-only by the bot (`prebuilt`). Without it:
   * DATA_DIR/registrations.sqlite, loaded with voorbeelddata while it is empty.
   */
  registrations: { file: string; prebuilt: boolean };
  /** OWN_GEMEENTE as a gemeentecode: what "we" means when the registration holds several gemeenten. */
  ownGemeenteCode?: string;
  logLevel: string;
  playground: { enabled: boolean; port: number };
  /**
   * The bot's credentials for the Agents SDK, with `authType` explicit: a user-assigned managed
   * identity (preferred, no secret), a client secret, a certificate, federated credentials, …
   * Empty in local mode.
   */
  auth: AuthConfiguration;
  embeddings: 'local' | 'openai';
  /** Questions per user: a burst, then a steady rate (per instance). */
  rateLimit: { burst: number; perMinute: number };
  /** An OpenAI, Azure OpenAI or OpenAI-compatible service, when configured. */
  openai?: OpenAiServiceConfig;
  /** Where conversation state and feedback are kept (STORAGE, AZURE_STORAGE_*). */
  storage: StorageConfig;
  /** The CBS OData APIs (CBS_ODATA_V4_URL, CBS_ODATA_V3_URL). */
  cbs: CbsBaseUrls;
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
  INDEX_DIR: optionalText,
  REGISTRATIONS_FILE: optionalText,
  OWN_GEMEENTE: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  PLAYGROUND: z.enum(['auto', 'on', 'off']).default('auto'),
  PLAYGROUND_PORT: z.coerce.number().int().min(1).max(65535).default(56150),
  authType: optionalText,
  clientId: optionalText,
  clientSecret: optionalText,
  tenantId: optionalText,
  certPemFile: optionalText,
  certKeyFile: optionalText,
  FICClientId: optionalText,
  WIDAssertionFile: optionalText,
  EMBEDDINGS: z.enum(['local', 'openai']).default('local'),
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(1000).default(10),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().min(0.1).max(6000).default(12),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_EMBEDDINGS_MODEL: z.string().default('text-embedding-3-small'),
  EMBEDDINGS_DIMENSIONS: z.coerce.number().int().min(8).max(8192).optional(),
  AZURE_OPENAI_API_KEY: optionalText,
  AZURE_OPENAI_ENDPOINT: z.url().optional(),
  AZURE_OPENAI_DEPLOYMENT: optionalText,
  AZURE_OPENAI_EMBEDDINGS_DEPLOYMENT: optionalText,
  AZURE_OPENAI_API_VERSION: z.string().default('2024-10-21'),
});

type ParsedEnv = z.infer<typeof envSchema>;

function openAiServiceOf(e: ParsedEnv): OpenAiServiceConfig | undefined {
  if (e.AZURE_OPENAI_API_KEY && e.AZURE_OPENAI_ENDPOINT) {
    return {
      kind: 'azure',
      apiKey: e.AZURE_OPENAI_API_KEY,
      endpoint: e.AZURE_OPENAI_ENDPOINT,
      chatDeployment: e.AZURE_OPENAI_DEPLOYMENT,
      embeddingsDeployment: e.AZURE_OPENAI_EMBEDDINGS_DEPLOYMENT,
      apiVersion: e.AZURE_OPENAI_API_VERSION,
      embeddingsDimensions: e.EMBEDDINGS_DIMENSIONS,
    };
  }
  if (e.OPENAI_API_KEY) {
    return {
      kind: 'openai',
      apiKey: e.OPENAI_API_KEY,
      baseUrl: e.OPENAI_BASE_URL,
      chatModel: e.OPENAI_MODEL,
      embeddingsModel: e.OPENAI_EMBEDDINGS_MODEL,
      embeddingsDimensions: e.EMBEDDINGS_DIMENSIONS,
    };
  }
  return undefined;
}

function serviceProblems(e: ParsedEnv, openai: OpenAiServiceConfig | undefined): string[] {
  const problems: string[] = [];
  if (e.AZURE_OPENAI_API_KEY && !e.AZURE_OPENAI_ENDPOINT) problems.push('AZURE_OPENAI_ENDPOINT: vereist naast AZURE_OPENAI_API_KEY / required with AZURE_OPENAI_API_KEY');
  if (e.EMBEDDINGS === 'openai' && !openai) {
    problems.push('EMBEDDINGS=openai: stel OPENAI_API_KEY (en eventueel OPENAI_BASE_URL) of AZURE_OPENAI_API_KEY en AZURE_OPENAI_ENDPOINT in / configure an OpenAI or Azure OpenAI service');
  }
  if (e.EMBEDDINGS === 'openai' && openai?.kind === 'azure' && !openai.embeddingsDeployment) {
    problems.push('AZURE_OPENAI_EMBEDDINGS_DEPLOYMENT: vereist bij EMBEDDINGS=openai met Azure OpenAI / required for embeddings on Azure OpenAI');
  }
  return problems;
}

function locationProblems(e: ParsedEnv): string[] {
  const problems: string[] = [];
  if (e.REGISTRATIONS_FILE && /[\\/]$/.test(e.REGISTRATIONS_FILE)) {
    problems.push(`REGISTRATIONS_FILE: een bestand, geen map (bijvoorbeeld ${e.REGISTRATIONS_FILE}registrations.sqlite) / a file, not a folder`);
  }
  return problems;
}

export const PROJECT_DIR = path.resolve(import.meta.dirname, '..', '..', '..');

/**
 * Parses the environment into an AppConfig. Every problem is collected and reported at once,
 * each naming its variable. Production mode (credentials present or NODE_ENV=production)
 * requires the bot's credentials complete for their auth type (see bot-auth-config.ts).
 * LOG_LEVEL defaults to `defaultLogLevel` (the CLI's 'warn'), else 'info'.
 */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env, options: { defaultLogLevel?: string } = {}): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message} (waarde: ${JSON.stringify(env[String(issue.path[0])])})`),
    );
  }
  const e = parsed.data;
  const openai = openAiServiceOf(e);
  const ownGemeente = e.OWN_GEMEENTE ? resolveOwnGemeente(e.OWN_GEMEENTE) : undefined;
  const problems = [...serviceProblems(e, openai), ...locationProblems(e), ...(ownGemeente?.kind === 'problem' ? [ownGemeente.message] : [])];
  if (problems.length > 0) throw new ConfigError(problems);
  const botAuth: BotAuthEnv = {
    authType: e.authType,
    clientId: e.clientId,
    clientSecret: e.clientSecret,
    tenantId: e.tenantId,
    certPemFile: e.certPemFile,
    certKeyFile: e.certKeyFile,
    FICClientId: e.FICClientId,
    WIDAssertionFile: e.WIDAssertionFile,
  };
  const mode: RunMode = hasBotCredentials(botAuth) || e.NODE_ENV === 'production' ? 'production' : 'local';
  if (mode === 'production') {
    const authProblems = botAuthProblems(botAuth);
    if (authProblems.length > 0) throw new ConfigError(authProblems);
  }
  const dataDir = e.DATA_DIR ? path.resolve(e.DATA_DIR) : path.join(PROJECT_DIR, 'data');
  const storage = storageConfigFromEnv(env);
  return {
    mode,
    port: e.PORT,
    projectDir: PROJECT_DIR,
    dataDir,
    knowledgeDir: e.KNOWLEDGE_DIR ? path.resolve(e.KNOWLEDGE_DIR) : path.join(PROJECT_DIR, 'knowledge'),
    indexDir: e.INDEX_DIR ? path.resolve(e.INDEX_DIR) : path.join(dataDir, 'index'),
    indexPrebuilt: Boolean(e.INDEX_DIR),
    registrations: e.REGISTRATIONS_FILE
      ? { file: path.resolve(e.REGISTRATIONS_FILE), prebuilt: true }
      : { file: path.join(dataDir, REGISTRATION_FILE_NAME), prebuilt: false },
    ...(ownGemeente?.kind === 'code' ? { ownGemeenteCode: ownGemeente.code } : {}),
    logLevel: e.LOG_LEVEL ?? options.defaultLogLevel ?? 'info',
    playground: { enabled: mode === 'local' && e.PLAYGROUND !== 'off', port: e.PLAYGROUND_PORT },
    auth: sdkAuthConfiguration(botAuth),
    embeddings: e.EMBEDDINGS,
    rateLimit: { burst: e.RATE_LIMIT_BURST, perMinute: e.RATE_LIMIT_PER_MINUTE },
    ...(openai ? { openai } : {}),
    storage,
    cbs: cbsBaseUrlsFromEnv(env),
  };
}
