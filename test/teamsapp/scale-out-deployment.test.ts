import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexFiles } from '../../src/sources/knowledge/index/index-files.ts';
import { APP_DIR } from './paths.ts';

const read = (file: string) => readFileSync(path.join(APP_DIR, file), 'utf8');

/** Where App Service puts the uploaded project (zip deploy). */
const WWWROOT = '/home/site/wwwroot';

interface Step {
  uses: string;
  args?: string;
  workingDirectory?: string;
}

/** The steps of one lifecycle stage (provision, deploy, publish) of m365agents.yml, in order. */
function stepsOf(yml: string, stage: string): Step[] {
  const block = new RegExp(`^${stage}:\\n([\\s\\S]*?)(?=^\\S|(?![\\s\\S]))`, 'm').exec(yml)?.[1] ?? '';
  return block
    .split(/^ {2}- (?=uses:)/m)
    .slice(1)
    .map((text) => {
      const value = (key: string) => new RegExp(`^\\s*${key}:\\s*(.+?)\\s*$`, 'm').exec(text)?.[1];
      return { uses: value('uses')!, args: value('args'), workingDirectory: value('workingDirectory') };
    });
}

/** The app settings of the web app in azure.bicep: `{ name: 'X' value: ... }` blocks, comments left out. */
function appSettingsOf(bicep: string): Map<string, string> {
  const code = bicep.replace(/\/\/.*$/gm, '');
  return new Map([...code.matchAll(/\{\s*name:\s*'(\w+)'\s*value:\s*([^\n]+?)\s*\}/g)].map((m) => [m[1]!, m[2]!.replace(/^'(.*)'$/, '$1')]));
}

/** True when a .webappignore pattern (gitignore style) leaves out `file`, a path relative to the project root. */
function ignores(patterns: string[], file: string): boolean {
  return patterns.some((pattern) => {
    const anchored = pattern.startsWith('/') || pattern.replace(/\/$/, '').includes('/');
    const glob = pattern.replace(/^\//, '').replace(/\/$/, '');
    const source = glob
      .split('')
      .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('');
    return new RegExp(`${anchored ? '^' : '(^|/)'}${source}(/|$)`).test(file);
  });
}

describe('scale-out deployment: one prebuilt index, per-instance DATA_DIR', () => {
  const deploy = stepsOf(read('m365agents.yml'), 'deploy');
  const settings = appSettingsOf(read('infra/azure.bicep'));
  const ingest = deploy.find((step) => step.uses === 'cli/runNpmCommand' && /\bingest\b/.test(step.args ?? ''));
  const indexArg = / --index (\S+)/.exec(ingest?.args ?? '')?.[1];

  it('deploy installs, builds the knowledge index and the JavaScript into the package, then uploads it', () => {
    expect(deploy.map((step) => step.uses)).toEqual(['cli/runNpmCommand', 'cli/runNpmCommand', 'cli/runNpmCommand', 'azureAppService/zipDeploy']);
    expect(deploy[0]).toMatchObject({ args: 'ci --no-audit', workingDirectory: '..' });
    expect(ingest).toEqual({ uses: 'cli/runNpmCommand', args: 'run cli -- ingest knowledge --index build/index', workingDirectory: '..' });
    expect(deploy.indexOf(ingest!)).toBe(1);
    expect(deploy[2]).toEqual({ uses: 'cli/runNpmCommand', args: 'run build', workingDirectory: '..' });
    expect(deploy[3]).toMatchObject({ workingDirectory: '..' });
  });

  it('the upload keeps the index the deploy step built', () => {
    const patterns = read('.webappignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(ignores(patterns, 'node_modules/zod/package.json')).toBe(true);
    expect(ignores(patterns, 'teamsapp/build/appPackage.dev.zip')).toBe(true);
    for (const file of Object.values(indexFiles(indexArg!))) expect(ignores(patterns, file), file).toBe(false);
    expect(ignores(patterns, 'dist/app/start.js')).toBe(false);
    expect(ignores(patterns, '.localConfigs')).toBe(true);
  });

  it('the App Service reads that index (INDEX_DIR) and keeps its writable data per instance (DATA_DIR, not on the shared /home)', () => {
    expect(settings.get('INDEX_DIR')).toBe(path.posix.join(WWWROOT, indexArg!));
    expect(settings.get('INDEX_DIR')).toBe('/home/site/wwwroot/build/index');
    const dataDir = settings.get('DATA_DIR');
    expect(dataDir).toMatch(/^\//);
    expect(dataDir).not.toMatch(/^\/home(\/|$)/);
    expect(settings.get('NODE_ENV')).toBe('production');
    expect(settings.get('STORAGE')).toBe('blob');
  });

  it('the gemeente\'s registration is not part of the deployment: REGISTRATIONS_FILE is left unset, with how to set it', () => {
    expect(settings.has('REGISTRATIONS_FILE')).toBe(false);
    expect(read('infra/azure.bicep')).toMatch(/\/\/.*REGISTRATIONS_FILE=\S+ npm run cli -- import-registrations /);
  });
});
