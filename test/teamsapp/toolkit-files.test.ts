import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_DIR } from './paths.ts';

const read = (file: string) => readFileSync(path.join(APP_DIR, file), 'utf8');
const valuesOf = (yml: string, key: string) =>
  [...yml.matchAll(new RegExp(`^\\s*-?\\s*${key}:\\s*(\\S+)\\s*$`, 'gm'))].map((m) => m[1]!);

describe('Agents Toolkit project files', () => {
  for (const file of ['m365agents.yml', 'm365agents.local.yml', 'm365agents.playground.yml']) {
    it(`${file} declares schema v1.x and points at files that exist`, () => {
      const yml = read(file);
      const version = /^version:\s*(v1\.\d+)\s*$/m.exec(yml)?.[1];
      expect(version).toBeDefined();
      expect(yml).toContain(`m365-agents-toolkits/${version}/yaml.schema.json`);
      expect(yml).not.toMatch(/\t/);
      for (const manifestPath of valuesOf(yml, 'manifestPath')) {
        expect(manifestPath).toBe('./manifest.json');
      }
      for (const ref of [...valuesOf(yml, 'path'), ...valuesOf(yml, 'parameters')]) {
        expect(existsSync(path.join(APP_DIR, ref)), ref).toBe(true);
      }
      for (const zip of [...valuesOf(yml, 'appPackagePath'), ...valuesOf(yml, 'outputZipPath')]) {
        expect(zip).toBe('./build/appPackage.${{TEAMSFX_ENV}}.zip');
      }
    });
  }

  it('local debugging registers the bot at BOT_ENDPOINT and writes the Agents SDK credentials to ../.localConfigs, not ../.env', () => {
    const yml = read('m365agents.local.yml');
    for (const action of ['teamsApp/create', 'aadApp/create', 'botFramework/create', 'file/createOrUpdateEnvironmentFile']) {
      expect(yml).toContain(`uses: ${action}`);
    }
    expect(yml).toContain('messagingEndpoint: ${{BOT_ENDPOINT}}/api/messages');
    expect(yml).toContain('target: ../.localConfigs');
    expect(yml).not.toMatch(/target: \.\.\/\.env\b/);
    expect(yml).toMatch(/^\s+clientId: \$\{\{BOT_ID\}\}$/m);
    expect(yml).toMatch(/^\s+clientSecret: \$\{\{SECRET_BOT_PASSWORD\}\}$/m);
    expect(yml).toMatch(/^\s+tenantId: \$\{\{TEAMS_APP_TENANT_ID\}\}$/m);
  });

  it('the dev environment deploys infra/azure.bicep with parameters for every required bicep param', () => {
    const yml = read('m365agents.yml');
    for (const action of ['teamsApp/create', 'arm/deploy', 'azureAppService/zipDeploy', 'teamsApp/publishAppPackage']) {
      expect(yml).toContain(`uses: ${action}`);
    }
    // The bot's identity is the managed identity of infra/azure.bicep: no app registration with a secret.
    expect(yml).not.toContain('uses: aadApp/create');
    expect(yml).not.toContain('SECRET_');
    const bicep = read('infra/azure.bicep');
    const required = [...bicep.matchAll(/^param (\w+) \w+\s*$/gm)].map((m) => m[1]!);
    const parameters = Object.keys(JSON.parse(read('infra/azure.parameters.json')).parameters as object);
    expect(required.length).toBeGreaterThan(0);
    for (const name of required) expect(parameters, name).toContain(name);
    for (const name of parameters) expect(bicep).toMatch(new RegExp(`^param ${name} `, 'm'));
    for (const output of [...bicep.matchAll(/^output (\w+) /gm)].map((m) => m[1]!)) {
      expect(output).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
    expect(yml).toContain('resourceId: ${{AZURE_APP_SERVICE_RESOURCE_ID}}');
    expect(bicep).toContain('output AZURE_APP_SERVICE_RESOURCE_ID ');
  });

  it('the env examples document the variables the project files use', () => {
    const used = new Set(
      ['m365agents.yml', 'm365agents.local.yml', 'infra/azure.parameters.json', 'manifest.json']
        .flatMap((file) => [...read(file).matchAll(/\$\{\{(\w+)\}\}/g)].map((m) => m[1]!))
        .filter((name) => !name.startsWith('SECRET_') && name !== 'TEAMSFX_ENV'),
    );
    const documented = read('env/.env.dev.example') + read('env/.env.local.example');
    for (const name of used) expect(documented, name).toMatch(new RegExp(`^(# )?${name}=`, 'm'));
  });
});
