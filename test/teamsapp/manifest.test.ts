import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { substitutePlaceholders } from '../../scripts/teams-package/build-package.ts';
import { validateManifest } from '../../scripts/teams-package/validate-manifest.ts';
import { APP_DIR, EXAMPLE_BOT_ID, EXAMPLE_TEAMS_APP_ID } from './paths.ts';

type Json = Record<string, any>;

/** The committed manifest with its placeholders filled with example values. */
function filledManifest(): Json {
  const template: unknown = JSON.parse(readFileSync(path.join(APP_DIR, 'manifest.json'), 'utf8'));
  return substitutePlaceholders(template, {
    TEAMS_APP_ID: EXAMPLE_TEAMS_APP_ID,
    BOT_ID: EXAMPLE_BOT_ID,
    APP_NAME_SUFFIX: '',
  }) as Json;
}

describe('teamsapp/manifest.json', () => {
  it('passes validation once the placeholders are filled', () => {
    expect(validateManifest(filledManifest())).toEqual([]);
  });

  it('uses the placeholders the toolkit fills and a 1.2x schema', () => {
    const raw = JSON.parse(readFileSync(path.join(APP_DIR, 'manifest.json'), 'utf8')) as Json;
    expect(raw.id).toBe('${{TEAMS_APP_ID}}');
    expect(raw.bots[0].botId).toBe('${{BOT_ID}}');
    expect(raw.manifestVersion).toMatch(/^1\.2\d$/);
    expect(raw.$schema).toContain(`/v${raw.manifestVersion}/`);
  });

  it('offers the example prompts in every scope of the bot', () => {
    const bot = filledManifest().bots[0];
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    const listed = bot.commandLists.flatMap((list: Json) => list.scopes);
    expect([...listed].sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of bot.commandLists) {
      const titles = list.commands.map((c: Json) => c.title);
      expect(titles).toContain('Wat is taakgerichte bekostiging?');
      expect(titles).toContain('help');
      expect(list.commands.length).toBeGreaterThanOrEqual(3);
      expect(list.commands.length).toBeLessThanOrEqual(6);
    }
  });
});

describe('validateManifest', () => {
  it('reports a missing botId', () => {
    const manifest = filledManifest();
    delete manifest.bots[0].botId;
    const problems = validateManifest(manifest);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^bots\.0\.botId: /);
  });

  it('reports a short name of 40 characters', () => {
    const manifest = filledManifest();
    manifest.name.short = 'S'.repeat(40);
    expect(validateManifest(manifest)).toEqual(['name.short: is te lang: maximaal 30 tekens, nu 40']);
  });

  it('reports several problems at once', () => {
    const manifest = filledManifest();
    manifest.id = 'not-a-guid';
    manifest.developer.privacyUrl = 'http://stelselwijzer.example/privacy';
    manifest.accentColor = 'teal';
    manifest.version = '1.0';
    manifest.bots[0].commandLists[0].commands[0].title = 'T'.repeat(33);
    const problems = validateManifest(manifest).join('\n');
    expect(problems).toContain('id: moet een GUID zijn');
    expect(problems).toContain('developer.privacyUrl: moet een https-URL zijn');
    expect(problems).toContain('accentColor: ');
    expect(problems).toContain('version: ');
    expect(problems).toContain('bots.0.commandLists.0.commands.0.title: is te lang: maximaal 32 tekens, nu 33');
  });

  it('reports a description that is too long and a missing required block', () => {
    const manifest = filledManifest();
    manifest.description.short = 'x'.repeat(81);
    delete manifest.icons;
    const problems = validateManifest(manifest);
    expect(problems).toContain('description.short: is te lang: maximaal 80 tekens, nu 81');
    expect(problems.some((p) => p.startsWith('icons: '))).toBe(true);
  });

  it('reports a schema URL that does not match manifestVersion', () => {
    const manifest = filledManifest();
    manifest.manifestVersion = '1.22';
    expect(validateManifest(manifest).join('\n')).toMatch(/^\$schema: verwijst naar v1\.\d+ maar manifestVersion is 1\.22$/);
  });

  it('reports a command list for a scope the bot does not have', () => {
    const manifest = filledManifest();
    manifest.bots[0].scopes = ['personal'];
    const problems = validateManifest(manifest);
    expect(problems).toContain('bots.0.commandLists.1.scopes: team is geen scope van de bot');
    expect(problems).toContain('bots.0.commandLists.2.scopes: groupChat is geen scope van de bot');
  });

  it('reports placeholders that were not filled', () => {
    const manifest = filledManifest();
    manifest.name.full = 'Stelselwijzer ${{APP_NAME_SUFFIX}}';
    expect(validateManifest(manifest)).toContain(
      'name.full: bevat een niet-ingevulde variabele (Stelselwijzer ${{APP_NAME_SUFFIX}})',
    );
  });
});
