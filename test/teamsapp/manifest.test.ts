import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localizationFilesOf, substitutePlaceholders } from '../../scripts/teams-package/build-package.ts';
import { validateLocalization, validateManifest } from '../../scripts/teams-package/validate-manifest.ts';
import { APP_DIR, EXAMPLE_BOT_ID, EXAMPLE_TEAMS_APP_ID } from './paths.ts';

type Json = Record<string, any>;

const VARS = { TEAMS_APP_ID: EXAMPLE_TEAMS_APP_ID, BOT_ID: EXAMPLE_BOT_ID, APP_NAME_SUFFIX: '' };
const readJson = (file: string): Json => JSON.parse(readFileSync(path.join(APP_DIR, file), 'utf8')) as Json;

/** The committed manifest with its placeholders filled with example values. */
function filledManifest(): Json {
  return substitutePlaceholders(readJson('manifest.json'), VARS) as Json;
}

describe('teamsapp/manifest.json against the official schema', () => {
  it('has no schema errors once the placeholders are filled', () => {
    expect(validateManifest(filledManifest())).toEqual([]);
  });

  it('uses the placeholders the toolkit fills and names the schema of its manifestVersion', () => {
    const raw = readJson('manifest.json');
    expect(raw.id).toBe('${{TEAMS_APP_ID}}');
    expect(raw.bots[0].botId).toBe('${{BOT_ID}}');
    expect(raw.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${raw.manifestVersion}/MicrosoftTeams.schema.json`);
  });

  it('is Dutch by default with an English localization file that passes its official schema', () => {
    const manifest = filledManifest();
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('nl-nl');
    expect(localizationFilesOf(manifest)).toEqual(['en.json']);
    const english = substitutePlaceholders(readJson('en.json'), VARS) as Json;
    expect(validateLocalization(english)).toEqual([]);
    expect(english['description.short']).toMatch(/municipalities/);
    // Every command string of the manifest has its English counterpart.
    manifest.bots[0].commandLists.forEach((list: Json, l: number) =>
      list.commands.forEach((command: Json, c: number) => {
        for (const field of ['title', 'description', 'prompt'].filter((f) => command[f])) {
          expect(english[`bots[0].commandLists[${l}].commands[${c}].${field}`], `${l}.${c}.${field}`).toBeTruthy();
        }
      }),
    );
  });

  it('offers the example prompts in every scope, each sending its full question', () => {
    const bot = filledManifest().bots[0];
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    const listed = bot.commandLists.flatMap((list: Json) => list.scopes);
    expect([...listed].sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of bot.commandLists) {
      const titles = list.commands.map((c: Json) => c.title);
      expect(titles).toContain('Wat is taakgerichte bekostiging?');
      expect(titles).toContain('help');
      expect(list.commands.length).toBeGreaterThanOrEqual(3);
      for (const command of list.commands.filter((c: Json) => c.title !== 'help')) {
        expect(command.type).toBe('prompt');
        expect(command.prompt).toMatch(/^[A-Z][^?]{15,}\?$/);
      }
    }
    const prompts = bot.commandLists[0].commands.map((c: Json) => c.prompt);
    expect(prompts).toContain('Moeten wij overstappen op taakgericht bekostigen?');
    expect(prompts).toContain('Hoeveel residentiële plaatsingen zijn er dit jaar?');
  });
});

describe('validateManifest', () => {
  it('rejects what the former hand-made check let through: unknown fields, a non-GUID id, a bad permission', () => {
    const manifest = filledManifest();
    manifest.bots[0].unknownBotField = true;
    manifest.webApplicationInfo = { id: 'not-a-guid', resource: 'api://stelselwijzer.example/x' };
    manifest.permissions = ['readEverything'];
    manifest.unknownTopLevelField = 1;
    const problems = validateManifest(manifest);
    expect(problems).toContain('bots.0: must NOT have additional properties (unknownBotField)');
    expect(problems).toContain('(manifest): must NOT have additional properties (unknownTopLevelField)');
    expect(problems.some((p) => p.startsWith('webApplicationInfo.id: must match pattern'))).toBe(true);
    expect(problems.some((p) => p.startsWith('permissions.0: must be equal to one of the allowed values'))).toBe(true);
  });

  it('reports a missing botId and a short name of 40 characters', () => {
    const manifest = filledManifest();
    delete manifest.bots[0].botId;
    manifest.name.short = 'S'.repeat(40);
    expect(validateManifest(manifest).sort()).toEqual([
      "bots.0: must have required property 'botId'",
      'name.short: must NOT have more than 30 characters',
    ]);
  });

  it('reports a manifestVersion other than the one its schema is for, and a schema the package does not ship', () => {
    const manifest = filledManifest();
    manifest.manifestVersion = '1.22';
    expect(validateManifest(manifest)).toEqual(['manifestVersion: must be equal to constant']);
    manifest.$schema = 'https://developer.microsoft.com/json-schemas/teams/v9.99/MicrosoftTeams.schema.json';
    expect(validateManifest(manifest)).toEqual([expect.stringMatching(/^\$schema: schema v9\.99 staat niet in @microsoft\/app-manifest/)]);
  });

  it('reports placeholders that were not filled', () => {
    const manifest = filledManifest();
    manifest.name.full = 'Stelselwijzer ${{APP_NAME_SUFFIX}}';
    expect(validateManifest(manifest)).toEqual(['name.full: bevat een niet-ingevulde variabele (Stelselwijzer ${{APP_NAME_SUFFIX}})']);
  });

  it('rejects a localization file with an unknown key', () => {
    const english = substitutePlaceholders(readJson('en.json'), VARS) as Json;
    english['bots[0].commandLists[0].commands[0].colour'] = 'blue';
    expect(validateLocalization(english)).toEqual(['(manifest): must NOT have additional properties (bots[0].commandLists[0].commands[0].colour)']);
  });
});
