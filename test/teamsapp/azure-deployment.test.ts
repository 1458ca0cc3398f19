import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_DIR, PROJECT_DIR } from './paths.ts';

const bicep = readFileSync(path.join(APP_DIR, 'infra', 'azure.bicep'), 'utf8');
/** The Bicep without its comments: what Azure deploys. */
const code = bicep.replace(/\/\/.*$/gm, '');
const packageJson = JSON.parse(readFileSync(path.join(PROJECT_DIR, 'package.json'), 'utf8')) as { scripts: Record<string, string>; engines: { node: string } };

/** The value of `name: 'X'` in the web app's app settings, as written in the Bicep. */
function appSetting(name: string): string | undefined {
  return new RegExp(`\\{\\s*name:\\s*'${name}'\\s*value:\\s*([^\\n]+?)\\s*\\}`).exec(code)?.[1];
}

describe('infra/azure.bicep: managed identity, no secrets', () => {
  it('gives the web app a user-assigned identity that is the bot of type UserAssignedMSI', () => {
    expect(code).toMatch(/resource identity 'Microsoft\.ManagedIdentity\/userAssignedIdentities@/);
    expect(code).toMatch(/type: 'UserAssigned'\s+userAssignedIdentities: \{\s+'\$\{identity\.id\}': \{\}/);
    expect(code).toContain("msaAppType: 'UserAssignedMSI'");
    expect(code).toContain('msaAppId: identity.properties.clientId');
    expect(code).toContain('msaAppMSIResourceId: identity.id');
    expect(appSetting('authType')).toBe("'UserManagedIdentity'");
    expect(appSetting('clientId')).toBe('identity.properties.clientId');
    expect(appSetting('tenantId')).toBe('identity.properties.tenantId');
  });

  it('reaches Blob Storage through a role assignment for that identity, with shared keys switched off', () => {
    expect(code).toMatch(/resource \w+ 'Microsoft\.Authorization\/roleAssignments@/);
    expect(code).toContain("'ba92f5b4-2d11-453d-a403-e96b0029c9fe'"); // Storage Blob Data Contributor
    expect(code).toContain('principalId: identity.properties.principalId');
    expect(code).toContain('allowSharedKeyAccess: false');
    expect(appSetting('AZURE_STORAGE_ACCOUNT_URL')).toBe('storageAccount.properties.primaryEndpoints.blob');
    expect(appSetting('AZURE_CLIENT_ID')).toBe('identity.properties.clientId');
  });

  it('has no secret or account key in its parameters, app settings or outputs', () => {
    expect(code).not.toMatch(/listKeys|AccountKey|@secure\(\)|clientSecret|ClientSecret|connectionString|CONNECTION_STRING|SECRET/i);
    const outputs = [...code.matchAll(/^output (\w+) \w+ = (.+)$/gm)].map((m) => `${m[1]} = ${m[2]}`);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) expect(output).not.toMatch(/key|secret|password|token/i);
    const parameters = JSON.parse(readFileSync(path.join(APP_DIR, 'infra', 'azure.parameters.json'), 'utf8')) as { parameters: object };
    expect(JSON.stringify(parameters)).not.toMatch(/SECRET|Secret|Password/);
  });

  it('runs the compiled JavaScript on Node 22 LTS, with /readyz as health check', () => {
    expect(code).toContain("linuxFxVersion: 'NODE|22-lts'");
    expect(code).toContain("healthCheckPath: '/readyz'");
    expect(code).toContain("appCommandLine: 'npm run start:prod'");
    expect(packageJson.scripts['start:prod']).toBe('node dist/app/start.js');
    expect(packageJson.scripts.build).toContain('tsc -p tsconfig.build.json');
    // App Service installs the runtime dependencies only; it never compiles.
    expect(appSetting('CUSTOM_BUILD_COMMAND')).toBe("'npm ci --omit=dev --no-audit'");
  });

  it('still installs and tests on Node 20 (CI, developers): the engines range admits it', () => {
    expect(packageJson.engines.node).toMatch(/^>=20\.\d+$/);
    expect(packageJson.scripts.start).toBe('node --import tsx src/app/start.ts');
  });
});

describe('VS Code: local debugging in Teams as the toolkit template does it', () => {
  const readJsonc = (file: string) => JSON.parse(readFileSync(path.join(APP_DIR, '.vscode', file), 'utf8').replace(/^\s*\/\/.*$/gm, '').replace(/\s\/\/ .*$/gm, '')) as Record<string, any>;

  it('F5 runs prerequisites, tunnel, provision, deploy and the bot, then attaches to the inspector', () => {
    const tasks = readJsonc('tasks.json').tasks as Record<string, any>[];
    const byLabel = new Map(tasks.map((task) => [task.label as string, task]));
    expect(byLabel.get('Start Agent Locally')?.dependsOn).toEqual(['Validate prerequisites', 'Start local tunnel', 'Provision', 'Deploy', 'Start application']);
    for (const label of byLabel.get('Start Agent Locally')!.dependsOn as string[]) expect(byLabel.has(label), label).toBe(true);
    expect(byLabel.get('Start local tunnel')?.args.ports[0].writeToEnvironmentFile).toEqual({ endpoint: 'BOT_ENDPOINT', domain: 'BOT_DOMAIN' });
    expect(byLabel.get('Start application')?.command).toBe('npm run dev:teamsfx');
    expect(packageJson.scripts['dev:teamsfx']).toBe('node --env-file=.localConfigs --inspect=9239 --import tsx src/app/start.ts');

    const launch = readJsonc('launch.json');
    const attach = (launch.configurations as Record<string, any>[]).find((c) => c.name === 'Attach to Local Service');
    expect(attach).toMatchObject({ type: 'node', request: 'attach', port: 9239 });
    for (const compound of launch.compounds as Record<string, any>[]) {
      expect(compound.preLaunchTask).toBe('Start Agent Locally');
      expect(compound.configurations).toContain('Attach to Local Service');
    }
  });

  it('keeps .localConfigs, which holds the local client secret, out of git', () => {
    expect(readFileSync(path.join(PROJECT_DIR, '.gitignore'), 'utf8').split('\n')).toContain('.localConfigs');
  });
});
