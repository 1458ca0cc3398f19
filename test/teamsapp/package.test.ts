import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildTeamsPackage,
  resolveVariables,
  TeamsPackageError,
  teamsAppIdFor,
} from '../../scripts/teams-package/build-package.ts';
import { APP_DIR, EXAMPLE_BOT_ID, EXAMPLE_TEAMS_APP_ID } from './paths.ts';

const tempDirs: string[] = [];
function tempZip(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'teams-package-'));
  tempDirs.push(dir);
  return path.join(dir, 'nested', 'appPackage.zip');
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('buildTeamsPackage', () => {
  it('writes a zip with exactly manifest.json, en.json, color.png and outline.png, placeholders filled', async () => {
    const outFile = tempZip();
    const result = await buildTeamsPackage({ appDir: APP_DIR, outFile, env: { BOT_ID: EXAMPLE_BOT_ID } });
    expect(result.outFile).toBe(outFile);

    const zip = await JSZip.loadAsync(readFileSync(outFile));
    const files = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
    expect(files.sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    expect(await zip.file('en.json')!.async('string')).toContain('"name.short": "Stelselwijzer"');

    const text = await zip.file('manifest.json')!.async('string');
    expect(text).not.toContain('${{');
    const manifest = JSON.parse(text);
    expect(manifest.bots[0].botId).toBe(EXAMPLE_BOT_ID);
    expect(manifest.id).toBe(teamsAppIdFor(EXAMPLE_BOT_ID));
    expect(manifest.name.short).toBe('Stelselwijzer');

    const colorInZip = await zip.file('color.png')!.async('nodebuffer');
    expect(colorInZip.equals(readFileSync(path.join(APP_DIR, 'color.png')))).toBe(true);
  });

  it('takes the bot id from clientId and an explicit TEAMS_APP_ID and suffix', async () => {
    const outFile = tempZip();
    const { manifest } = await buildTeamsPackage({
      appDir: APP_DIR,
      outFile,
      env: { clientId: EXAMPLE_BOT_ID, TEAMS_APP_ID: EXAMPLE_TEAMS_APP_ID, APP_NAME_SUFFIX: '-dev' },
    });
    expect((manifest.bots as { botId: string }[])[0]!.botId).toBe(EXAMPLE_BOT_ID);
    expect(manifest.id).toBe(EXAMPLE_TEAMS_APP_ID);
    expect((manifest.name as { short: string }).short).toBe('Stelselwijzer-dev');
  });

  it('fails naming BOT_ID when no bot id is set', async () => {
    const error = await buildTeamsPackage({ appDir: APP_DIR, outFile: tempZip(), env: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamsPackageError);
    expect((error as TeamsPackageError).problems).toEqual([
      'BOT_ID (of clientId): de client-id van de app-registratie van de bot',
    ]);
  });

  it('fails with the validation problems when the bot id is not a GUID', async () => {
    const error = await buildTeamsPackage({ appDir: APP_DIR, outFile: tempZip(), env: { BOT_ID: 'abc' } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TeamsPackageError);
    expect((error as TeamsPackageError).problems).toEqual([expect.stringMatching(/^bots\.0\.botId: must match pattern /)]);
  });
});

describe('resolveVariables and teamsAppIdFor', () => {
  it('derives a stable, valid GUID per bot id', () => {
    const id = teamsAppIdFor(EXAMPLE_BOT_ID);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(teamsAppIdFor(EXAMPLE_BOT_ID.toUpperCase())).toBe(id);
    expect(teamsAppIdFor('11111111-2222-3333-4444-555555555555')).not.toBe(id);
  });

  it('prefers BOT_ID over clientId and ignores empty values', () => {
    const vars = resolveVariables({ BOT_ID: ' ', clientId: EXAMPLE_BOT_ID, TEAMS_APP_ID: '' });
    expect(vars.BOT_ID).toBe(EXAMPLE_BOT_ID);
    expect(vars.TEAMS_APP_ID).toBe(teamsAppIdFor(EXAMPLE_BOT_ID));
    expect(resolveVariables({ BOT_ID: EXAMPLE_TEAMS_APP_ID, clientId: EXAMPLE_BOT_ID }).BOT_ID).toBe(
      EXAMPLE_TEAMS_APP_ID,
    );
    expect(resolveVariables({}).APP_NAME_SUFFIX).toBe('');
  });
});
