/**
 * Validation against the official Teams JSON schemas as shipped in the `@microsoft/app-manifest` npm
 * package (draft-04, read from node_modules: nothing is fetched), for the manifest and its
 * localization files. Returns readable problems, one per schema error, instead of throwing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

export type TeamsSchemaKind = 'MicrosoftTeams' | 'MicrosoftTeams.Localization';

// Both are CommonJS modules whose export is also their `default` property.
const Ajv = AjvDraft04.default;
const addFormats = ajvFormats.default;

const require = createRequire(import.meta.url);
/** build/json-schemas/teams/v<version>/<kind>.schema.json inside the package. */
const SCHEMA_ROOT = path.join(path.dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams');

const compiled = new Map<string, ValidateFunction>();

function validatorFor(kind: TeamsSchemaKind, version: string): ValidateFunction | undefined {
  const key = `${kind}@${version}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  let schema: object;
  try {
    schema = JSON.parse(readFileSync(path.join(SCHEMA_ROOT, `v${version}`, `${kind}.schema.json`), 'utf8')) as object;
  } catch {
    return undefined;
  }
  // As @microsoft/app-manifest itself validates: all errors, the formats the schemas use, no strict
  // typing. Patterns are compiled without the `u` flag: the localization schema has patterns such as
  // `\[\b([0-9]|…)\b]` with an unescaped `]`, valid in plain but not in unicode regular expressions.
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  compiled.set(key, validate);
  return validate;
}

/** The version in a `$schema` URL such as …/teams/v1.29/MicrosoftTeams.schema.json: `1.29`. */
export function schemaVersionOf(schemaUrl: unknown): string | undefined {
  return typeof schemaUrl === 'string' ? /\/v(\d+\.\d+)\/MicrosoftTeams(?:\.Localization)?\.schema\.json$/.exec(schemaUrl)?.[1] : undefined;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath ? error.instancePath.slice(1).replaceAll('/', '.') : '(manifest)';
  const params = error.params as Record<string, unknown>;
  const detail =
    params.additionalProperty !== undefined
      ? ` (${String(params.additionalProperty)})`
      : params.allowedValues !== undefined
        ? ` (${(params.allowedValues as unknown[]).join(', ')})`
        : '';
  return `${where}: ${error.message ?? 'is ongeldig'}${detail}`;
}

/**
 * Validates `document` against the official schema of `kind` for `version`. An unknown version
 * (one the package does not ship) is itself a problem.
 */
export function officialSchemaProblems(document: unknown, kind: TeamsSchemaKind, version: string | undefined): string[] {
  if (!version) return [`$schema: verwijst niet naar een ${kind}.schema.json met versie / does not name a schema version`];
  const validate = validatorFor(kind, version);
  if (!validate) return [`$schema: schema v${version} staat niet in @microsoft/app-manifest / unknown schema version`];
  if (validate(document)) return [];
  // anyOf/oneOf report every branch that failed plus their summary; the summary is enough.
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  return [...new Set(errors.map(describe))];
}
