/**
 * Offline validation of a Teams app manifest (schema 1.2x) and its icons: the required fields and
 * the length and format limits of the official MicrosoftTeams.schema.json that matter for a bot app.
 * Returns readable problems instead of throwing, so every problem can be reported at once.
 */
import { PNG } from 'pngjs';
import { z } from 'zod';

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
const MANIFEST_VERSION = /^1\.2\d$/;
const SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/(?:en-us\/)?json-schemas\/teams\/v(1\.\d+)\/MicrosoftTeams\.schema\.json$/;
const PLACEHOLDER = /\$\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\}/;
const BOT_SCOPES = ['team', 'personal', 'groupChat', 'copilot'] as const;

const text = (max: number) =>
  z
    .string({ error: 'ontbreekt of is geen tekst' })
    .min(1, { error: 'mag niet leeg zijn' })
    .max(max, { error: (issue) => `is te lang: maximaal ${max} tekens, nu ${String(issue.input).length}` });

const guid = z.string({ error: 'ontbreekt' }).regex(GUID, { error: 'moet een GUID zijn' });

const httpsUrl = z
  .string({ error: 'ontbreekt' })
  .max(2048, { error: 'is langer dan 2048 tekens' })
  .regex(/^https:\/\/[^\s]+$/, { error: 'moet een https-URL zijn' });

const iconPath = z
  .string({ error: 'ontbreekt' })
  .regex(/^[^:\\/]+\.png$/i, { error: 'moet de naam van een PNG-bestand in de root van het pakket zijn' });

const scopeList = (maxItems: number) =>
  z
    .array(z.enum(BOT_SCOPES, { error: `onbekende scope (toegestaan: ${BOT_SCOPES.join(', ')})` }))
    .min(1, { error: 'moet minstens één scope bevatten' })
    .max(maxItems, { error: `mag hoogstens ${maxItems} scopes bevatten` })
    .refine((scopes) => new Set(scopes).size === scopes.length, { error: 'bevat dubbele scopes' });

// The Teams limits for bot commands; only command lists for the copilot scope may be longer.
const commandSchema = z.object({ title: text(32), description: text(128) });

const commandListSchema = z.object({
  scopes: scopeList(4),
  commands: z
    .array(commandSchema)
    .min(1, { error: 'moet minstens één commando bevatten' })
    .max(12, { error: 'mag hoogstens 12 commando’s bevatten' }),
});

const botSchema = z.object({
  botId: guid,
  scopes: scopeList(4),
  supportsFiles: z.boolean().optional(),
  isNotificationOnly: z.boolean().optional(),
  commandLists: z.array(commandListSchema).max(3, { error: 'mag hoogstens 3 lijsten bevatten' }).optional(),
});

export const manifestSchema = z.object({
  $schema: z.string({ error: 'ontbreekt' }).regex(SCHEMA_URL, { error: 'moet de URL van MicrosoftTeams.schema.json zijn' }),
  manifestVersion: z.string({ error: 'ontbreekt' }).regex(MANIFEST_VERSION, { error: 'moet een versie 1.2x zijn' }),
  version: z.string({ error: 'ontbreekt' }).regex(SEMVER, { error: 'moet een semver-versie zijn, zoals 1.0.0' }),
  id: guid,
  developer: z.object(
    { name: text(32), websiteUrl: httpsUrl, privacyUrl: httpsUrl, termsOfUseUrl: httpsUrl },
    { error: 'ontbreekt' },
  ),
  name: z.object({ short: text(30), full: text(100) }, { error: 'ontbreekt' }),
  description: z.object({ short: text(80), full: text(4000) }, { error: 'ontbreekt' }),
  icons: z.object({ color: iconPath, outline: iconPath }, { error: 'ontbreekt' }),
  accentColor: z.string({ error: 'ontbreekt' }).regex(HEX_COLOR, { error: 'moet een kleurcode zijn, zoals #0E6A78' }),
  bots: z
    .array(botSchema, { error: 'ontbreekt' })
    .min(1, { error: 'moet precies één bot bevatten' })
    .max(1, { error: 'mag hoogstens één bot bevatten' }),
  validDomains: z.array(z.string()).optional(),
});

export type TeamsManifest = z.infer<typeof manifestSchema>;

function pathOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(manifest)' : path.map(String).join('.');
}

/** Placeholders such as ${{BOT_ID}} that were left in any string of the manifest. */
function leftoverPlaceholders(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') {
    return PLACEHOLDER.test(value) ? [`${pathOf(path)}: bevat een niet-ingevulde variabele (${value})`] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => leftoverPlaceholders(item, [...path, String(i)]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leftoverPlaceholders(item, [...path, key]));
  }
  return [];
}

/** Rules that span several fields and so are checked after the shape is known to be right. */
function crossFieldProblems(manifest: TeamsManifest): string[] {
  const problems: string[] = [];
  const schemaVersion = SCHEMA_URL.exec(manifest.$schema)?.[1];
  if (schemaVersion !== manifest.manifestVersion) {
    problems.push(`$schema: verwijst naar v${schemaVersion} maar manifestVersion is ${manifest.manifestVersion}`);
  }
  manifest.bots.forEach((bot, b) => {
    const seen = new Set<string>();
    bot.commandLists?.forEach((list, l) => {
      for (const scope of list.scopes) {
        if (!bot.scopes.includes(scope)) {
          problems.push(`bots.${b}.commandLists.${l}.scopes: ${scope} is geen scope van de bot`);
        }
        if (seen.has(scope)) problems.push(`bots.${b}.commandLists.${l}.scopes: ${scope} staat in meer dan één lijst`);
        seen.add(scope);
      }
    });
  });
  return problems;
}

/** Validates a manifest (after placeholder substitution). An empty list means it is fine. */
export function validateManifest(manifest: unknown): string[] {
  const placeholders = leftoverPlaceholders(manifest);
  const parsed = manifestSchema.safeParse(manifest);
  if (!parsed.success) {
    return [...placeholders, ...parsed.error.issues.map((issue) => `${pathOf(issue.path)}: ${issue.message}`)];
  }
  return [...placeholders, ...crossFieldProblems(parsed.data)];
}

/** Checks the icon files: PNG, the required size, and white-on-transparent for the outline icon. */
export function validateIcons(color: Buffer, outline: Buffer): string[] {
  const problems: string[] = [];
  const read = (name: string, data: Buffer): PNG | undefined => {
    try {
      return PNG.sync.read(data);
    } catch {
      problems.push(`${name}: is geen geldig PNG-bestand`);
      return undefined;
    }
  };
  const colorPng = read('icons.color', color);
  if (colorPng && (colorPng.width !== 192 || colorPng.height !== 192)) {
    problems.push(`icons.color: moet 192×192 pixels zijn, is ${colorPng.width}×${colorPng.height}`);
  }
  const outlinePng = read('icons.outline', outline);
  if (outlinePng) {
    if (outlinePng.width !== 32 || outlinePng.height !== 32) {
      problems.push(`icons.outline: moet 32×32 pixels zijn, is ${outlinePng.width}×${outlinePng.height}`);
    }
    const d = outlinePng.data;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i + 3] !== 0 && (d[i] !== 255 || d[i + 1] !== 255 || d[i + 2] !== 255)) {
        problems.push('icons.outline: mag alleen witte pixels op een transparante achtergrond bevatten');
        break;
      }
    }
  }
  return problems;
}
