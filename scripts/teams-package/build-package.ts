/**
 * Builds the Teams app package: fills the ${{VAR}} placeholders of teamsapp/manifest.json and its
 * localization files from the environment, validates them against the official schemas and zips
 * manifest.json, the localization files, color.png and outline.png at the root.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { validateIcons, validateLocalization, validateManifest } from './validate-manifest.ts';

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Thrown when the package cannot be built; `problems` lists every reason, one line each. */
export class TeamsPackageError extends Error {
  constructor(
    readonly summary: string,
    readonly problems: string[],
  ) {
    super(`${summary}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TeamsPackageError';
  }
}

/**
 * A stable GUID for the Teams app derived from the bot id (name-based, UUID version 5 layout),
 * so that repeated packaging for the same bot keeps the same app id in Teams.
 */
export function teamsAppIdFor(botId: string): string {
  const hash = createHash('sha1').update(`stelselwijzer-teams-app:${botId.toLowerCase()}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The values for the manifest placeholders: the environment, plus the fallbacks
 * BOT_ID ← clientId (the Agents SDK variable), TEAMS_APP_ID ← derived from BOT_ID, APP_NAME_SUFFIX ← ''.
 */
export function resolveVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') vars[key] = value.trim();
  }
  const botId = vars.BOT_ID ?? vars.clientId;
  if (botId) {
    vars.BOT_ID = botId;
    vars.TEAMS_APP_ID ??= teamsAppIdFor(botId);
  }
  vars.APP_NAME_SUFFIX ??= '';
  return vars;
}

const HINTS: Record<string, string> = {
  BOT_ID: 'BOT_ID (of clientId): de client-id van de app-registratie van de bot',
  TEAMS_APP_ID: 'TEAMS_APP_ID: de GUID van de Teams-app',
};

/** Replaces every ${{NAME}} in every string of a JSON value; names without a value are reported. */
export function substitutePlaceholders(value: unknown, vars: Record<string, string>): unknown {
  const missing = new Set<string>();
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (whole, name: string) => {
        const replacement = vars[name];
        if (replacement === undefined) {
          missing.add(name);
          return whole;
        }
        return replacement;
      });
    }
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, walk(item)]));
    }
    return node;
  };
  const result = walk(value);
  // TEAMS_APP_ID is derived from BOT_ID, so a missing BOT_ID is the one thing to fix.
  if (missing.has('BOT_ID')) missing.delete('TEAMS_APP_ID');
  if (missing.size > 0) {
    throw new TeamsPackageError(
      'Ontbrekende variabelen voor het Teams-app-pakket (zet ze in .env of in de omgeving) / missing variables:',
      [...missing].map((name) => HINTS[name] ?? name),
    );
  }
  return result;
}

export interface PackageOptions {
  /** Folder with manifest.json and the icons (teamsapp/). */
  appDir: string;
  /** Where the zip is written. */
  outFile: string;
  env: NodeJS.ProcessEnv;
}

export interface PackageResult {
  outFile: string;
  manifest: Record<string, unknown>;
}

/** The localization files a manifest names (localizationInfo), as paths relative to the package root. */
export function localizationFilesOf(manifest: Record<string, unknown>): string[] {
  const info = manifest.localizationInfo as { defaultLanguageFile?: string; additionalLanguages?: { file: string }[] } | undefined;
  return [...(info?.defaultLanguageFile ? [info.defaultLanguageFile] : []), ...(info?.additionalLanguages ?? []).map((l) => l.file)];
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

/** Builds, validates and writes the app package; throws TeamsPackageError listing all problems. */
export async function buildTeamsPackage({ appDir, outFile, env }: PackageOptions): Promise<PackageResult> {
  const vars = resolveVariables(env);
  const manifest = substitutePlaceholders(await readJson(path.join(appDir, 'manifest.json')), vars) as Record<string, unknown>;
  const problems = validateManifest(manifest);
  const localizations = new Map<string, unknown>();
  for (const file of problems.length === 0 ? localizationFilesOf(manifest) : []) {
    const localization = substitutePlaceholders(await readJson(path.join(appDir, file)), vars);
    localizations.set(file, localization);
    problems.push(...validateLocalization(localization).map((problem) => `${file}: ${problem}`));
  }
  if (problems.length > 0) {
    throw new TeamsPackageError('Het manifest is ongeldig / the manifest is invalid:', problems);
  }
  const icons = manifest.icons as { color: string; outline: string };
  const [color, outline] = await Promise.all([
    readFile(path.join(appDir, icons.color)),
    readFile(path.join(appDir, icons.outline)),
  ]);
  const iconProblems = validateIcons(color, outline);
  if (iconProblems.length > 0) {
    throw new TeamsPackageError('De iconen zijn ongeldig / the icons are invalid:', iconProblems);
  }
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [file, localization] of localizations) zip.file(file, `${JSON.stringify(localization, null, 2)}\n`);
  zip.file(icons.color, color);
  zip.file(icons.outline, outline);
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, data);
  return { outFile, manifest };
}
