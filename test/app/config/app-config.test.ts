import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAppConfig, PROJECT_DIR } from '../../../src/app/config/app-config.ts';
import { ConfigError } from '../../../src/lib/errors/config-error.ts';

describe('loadAppConfig', () => {
  it('defaults to local mode on port 3978 with data under the project', () => {
    const config = loadAppConfig({});
    expect(config.mode).toBe('local');
    expect(config.port).toBe(3978);
    expect(config.dataDir).toBe(path.join(PROJECT_DIR, 'data'));
    expect(config.indexDir).toBe(path.join(PROJECT_DIR, 'data', 'index'));
    expect(config.indexPrebuilt).toBe(false);
    expect(config.registrations).toEqual({ file: path.join(PROJECT_DIR, 'data', 'registrations.sqlite'), prebuilt: false });
    expect(config.playground.enabled).toBe(true);
  });

  it('takes PORT and DATA_DIR from the environment', () => {
    const config = loadAppConfig({ PORT: '4000', DATA_DIR: '/tmp/sw-data' });
    expect(config.port).toBe(4000);
    expect(config.indexDir).toBe('/tmp/sw-data/index');
    expect(config.registrations.file).toBe('/tmp/sw-data/registrations.sqlite');
  });

  it('takes a prebuilt index (INDEX_DIR) and registration store (REGISTRATIONS_FILE), relative paths from the working directory', () => {
    const config = loadAppConfig({ DATA_DIR: '/tmp/sw-data', INDEX_DIR: 'build/index', REGISTRATIONS_FILE: 'shared/registrations.sqlite' });
    expect(config.indexDir).toBe(path.resolve('build/index'));
    expect(config.indexPrebuilt).toBe(true);
    expect(config.registrations).toEqual({ file: path.resolve('shared/registrations.sqlite'), prebuilt: true });
    expect(config.dataDir).toBe('/tmp/sw-data');

    const absolute = loadAppConfig({ INDEX_DIR: '/home/site/wwwroot/build/index', REGISTRATIONS_FILE: '/mnt/gemeente/registrations.sqlite' });
    expect(absolute.indexDir).toBe('/home/site/wwwroot/build/index');
    expect(absolute.registrations.file).toBe('/mnt/gemeente/registrations.sqlite');
  });

  it('treats empty INDEX_DIR and REGISTRATIONS_FILE as not set', () => {
    const config = loadAppConfig({ DATA_DIR: '/tmp/sw-data', INDEX_DIR: '  ', REGISTRATIONS_FILE: '' });
    expect(config.indexDir).toBe('/tmp/sw-data/index');
    expect(config.indexPrebuilt).toBe(false);
    expect(config.registrations).toEqual({ file: '/tmp/sw-data/registrations.sqlite', prebuilt: false });
  });

  it('refuses a folder as REGISTRATIONS_FILE, together with the other problems', () => {
    try {
      loadAppConfig({ REGISTRATIONS_FILE: '/mnt/gemeente/', AZURE_OPENAI_API_KEY: 'k' });
      expect.unreachable();
    } catch (error) {
      expect(ConfigError.isInstance(error)).toBe(true);
      expect((error as ConfigError).problems).toEqual([
        expect.stringMatching(/^AZURE_OPENAI_ENDPOINT:/),
        expect.stringMatching(/^REGISTRATIONS_FILE: een bestand, geen map/),
      ]);
    }
  });

  it('names every invalid variable in one error', () => {
    try {
      loadAppConfig({ PORT: 'abc', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(ConfigError.isInstance(error)).toBe(true);
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('LOG_LEVEL');
    }
  });

  it('is production mode when credentials are present, and then requires clientId and tenantId', () => {
    expect(() => loadAppConfig({ clientSecret: 'b' })).toThrowError(/clientId[\s\S]*tenantId/);
    const config = loadAppConfig({ clientId: 'a', clientSecret: 'b', tenantId: 'c' });
    expect(config.mode).toBe('production');
    expect(config.playground.enabled).toBe(false);
    expect(config.auth).toEqual({ authType: 'ClientSecret', clientId: 'a', clientSecret: 'b', tenantId: 'c' });
  });

  it('runs on a user-assigned managed identity without any secret (the Azure deployment)', () => {
    const config = loadAppConfig({ authType: 'UserManagedIdentity', clientId: 'mi-client-id', tenantId: 't', NODE_ENV: 'production' });
    expect(config.mode).toBe('production');
    expect(config.auth).toEqual({ authType: 'UserManagedIdentity', clientId: 'mi-client-id', tenantId: 't' });
    // Without authType and without a secret or certificate the SDK picks the managed identity too.
    expect(loadAppConfig({ clientId: 'mi-client-id', tenantId: 't' }).auth.authType).toBe('UserManagedIdentity');
  });

  it('requires what the chosen auth type needs, and only known auth types', () => {
    expect(() => loadAppConfig({ authType: 'ClientSecret', clientId: 'a', tenantId: 't' })).toThrowError(/clientSecret: vereist in productiemodus bij authType ClientSecret/);
    expect(() => loadAppConfig({ authType: 'Certificate', clientId: 'a', tenantId: 't', certPemFile: 'c.pem' })).toThrowError(/certKeyFile/);
    expect(() => loadAppConfig({ authType: 'Password', clientId: 'a', tenantId: 't' })).toThrowError(/authType: onbekend type "Password"/);
    expect(loadAppConfig({ authType: 'SystemManagedIdentity', clientId: 'a', tenantId: 't' }).auth.authType).toBe('SystemManagedIdentity');
  });

  it('has no bot credentials in local mode', () => {
    expect(loadAppConfig({}).auth).toEqual({});
  });

  it('refuses NODE_ENV=production without credentials', () => {
    expect(() => loadAppConfig({ NODE_ENV: 'production' })).toThrowError(/clientId/);
  });
});
