import { AuthType, type AuthConfiguration } from '@microsoft/agents-hosting';

/** The bot's credentials as the Microsoft 365 Agents SDK reads them from the environment. */
export interface BotAuthEnv {
  authType?: string;
  clientId?: string;
  clientSecret?: string;
  tenantId?: string;
  certPemFile?: string;
  certKeyFile?: string;
  FICClientId?: string;
  WIDAssertionFile?: string;
}

export const AUTH_TYPES = Object.values(AuthType) as string[];

/** The settings each auth type needs besides clientId and tenantId. */
const REQUIRED_BY_TYPE: Partial<Record<string, (keyof BotAuthEnv)[]>> = {
  [AuthType.ClientSecret]: ['clientSecret'],
  [AuthType.Certificate]: ['certPemFile', 'certKeyFile'],
  [AuthType.FederatedCredentials]: ['FICClientId'],
  [AuthType.WorkloadIdentity]: ['WIDAssertionFile'],
};

/**
 * The auth type the SDK will use: `authType` when set, else what the settings imply, as the SDK's
 * own `resolveAuthType` decides (a client secret, a certificate, or — with neither — the user-assigned
 * managed identity whose client id is `clientId`).
 */
export function effectiveAuthType(env: BotAuthEnv): string {
  if (env.authType) return env.authType;
  if (env.FICClientId) return AuthType.FederatedCredentials;
  if (env.clientSecret) return AuthType.ClientSecret;
  if (env.certPemFile && env.certKeyFile) return AuthType.Certificate;
  return AuthType.UserManagedIdentity;
}

/** True when any bot credential is set: then the bot runs in production mode. */
export function hasBotCredentials(env: BotAuthEnv): boolean {
  return Object.values(env).some(Boolean);
}

/** What is missing or wrong for production mode, one line per variable; empty when complete. */
export function botAuthProblems(env: BotAuthEnv): string[] {
  const type = effectiveAuthType(env);
  if (!AUTH_TYPES.includes(type)) {
    return [`authType: onbekend type ${JSON.stringify(type)} (toegestaan: ${AUTH_TYPES.join(', ')}) / unknown auth type`];
  }
  const required: (keyof BotAuthEnv)[] = ['clientId', 'tenantId', ...(REQUIRED_BY_TYPE[type] ?? [])];
  return required
    .filter((name) => !env[name])
    .map((name) => `${name}: vereist in productiemodus bij authType ${type} (app-registratie of managed identity van de bot) / required in production mode`);
}

/** The configuration handed to the SDK (JWT validation and outgoing tokens), with the auth type made explicit. */
export function sdkAuthConfiguration(env: BotAuthEnv): AuthConfiguration {
  const settings = Object.fromEntries(Object.entries(env).filter(([, value]) => Boolean(value))) as BotAuthEnv;
  if (!hasBotCredentials(env)) return {};
  return { ...settings, authType: effectiveAuthType(env) } as AuthConfiguration;
}
