/**
 * Offline validation of a Teams app manifest and its icons. The manifest is checked against the
 * official schema (see official-schema.ts); this file adds what no schema can see: placeholders
 * such as ${{BOT_ID}} left unfilled, and the icon files themselves.
 * Returns readable problems instead of throwing, so every problem can be reported at once.
 */
import { PNG } from 'pngjs';
import { officialSchemaProblems, schemaVersionOf } from './official-schema.ts';

const PLACEHOLDER = /\$\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\}/;

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

/** Validates a manifest (after placeholder substitution). An empty list means it is fine. */
export function validateManifest(manifest: unknown): string[] {
  const schemaUrl = (manifest as { $schema?: unknown } | null)?.$schema;
  return [...leftoverPlaceholders(manifest), ...officialSchemaProblems(manifest, 'MicrosoftTeams', schemaVersionOf(schemaUrl))];
}

/** Validates a localization file (e.g. en.json) against the official localization schema. */
export function validateLocalization(localization: unknown): string[] {
  const schemaUrl = (localization as { $schema?: unknown } | null)?.$schema;
  return [
    ...leftoverPlaceholders(localization),
    ...officialSchemaProblems(localization, 'MicrosoftTeams.Localization', schemaVersionOf(schemaUrl)),
  ];
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
