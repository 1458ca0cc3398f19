import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAppConfig, PROJECT_DIR } from '../../src/config/app-config.ts';
import { ConfigError } from '../../src/config/config-error.ts';

describe('loadAppConfig', () => {
  it('defaults to local mode on port 3978 with data under the project', () => {
    const config = loadAppConfig({});
    expect(config.mode).toBe('local');
    expect(config.port).toBe(3978);
    expect(config.dataDir).toBe(path.join(PROJECT_DIR, 'data'));
    expect(config.indexDir).toBe(path.join(PROJECT_DIR, 'data', 'index'));
    expect(config.playground.enabled).toBe(true);
  });

  it('takes PORT and DATA_DIR from the environment', () => {
    const config = loadAppConfig({ PORT: '4000', DATA_DIR: '/tmp/sw-data' });
    expect(config.port).toBe(4000);
    expect(config.indexDir).toBe('/tmp/sw-data/index');
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

  it('is production mode when credentials are present, and then requires all of them', () => {
    expect(() => loadAppConfig({ clientId: 'abc' })).toThrowError(/clientSecret[\s\S]*tenantId/);
    const config = loadAppConfig({ clientId: 'a', clientSecret: 'b', tenantId: 'c' });
    expect(config.mode).toBe('production');
    expect(config.playground.enabled).toBe(false);
  });

  it('refuses NODE_ENV=production without credentials', () => {
    expect(() => loadAppConfig({ NODE_ENV: 'production' })).toThrowError(/clientId/);
  });
});
