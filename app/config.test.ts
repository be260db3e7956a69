import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('when nothing is set, it should select every embedded default', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 8080, DATA_DIR: './data', NODE_ENV: 'development' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.KAFKA_BROKERS).toBeUndefined();
  });

  it('when PUBLIC_URL is unset, it should follow PORT and HOST; when set, it should be kept', () => {
    expect(loadConfig({}).PUBLIC_URL).toBe('http://localhost:8080');
    expect(loadConfig({ PORT: '9090' }).PUBLIC_URL).toBe('http://localhost:9090');
    expect(loadConfig({ PORT: '9090', HOST: '127.0.0.1' }).PUBLIC_URL).toBe('http://127.0.0.1:9090');
    expect(loadConfig({ PORT: '9090', HOST: '::1' }).PUBLIC_URL).toBe('http://[::1]:9090');
    expect(loadConfig({ PORT: '9090', PUBLIC_URL: 'https://api.example.com' }).PUBLIC_URL).toBe(
      'https://api.example.com',
    );
  });

  it('when several values are bad, the error should name each variable and what it must be', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        KAFKA_BROKERS: 'localhost',
        PASSWORD_SCRYPT_N: '3000',
        CURSOR_SECRET: 'short',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'DATABASE_URL', 'KAFKA_BROKERS', 'PASSWORD_SCRYPT_N', 'CURSOR_SECRET']) {
      expect(message).toMatch(new RegExp(`^  ${name}: .+`, 'm'));
    }
    expect(message).toContain('postgres://');
    expect(message).toContain('host:port');
  });

  it('when only part of the S3 settings is given, it should refuse to start', () => {
    expect(() => loadConfig({ S3_ENDPOINT: 'http://localhost:9000' })).toThrow(/set all four or none/);
  });

  it('when CORS_ORIGINS lists origins or `*`, it should keep them; a URL with a path or another scheme should be refused', () => {
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    expect(
      loadConfig({ CORS_ORIGINS: ' https://app.example.com, http://localhost:5173 ' }).CORS_ORIGINS,
    ).toEqual(['https://app.example.com', 'http://localhost:5173']);
    expect(loadConfig({ CORS_ORIGINS: '*' }).CORS_ORIGINS).toEqual(['*']);
    for (const bad of ['https://app.example.com/path', 'ftp://files.example.com', 'app.example.com']) {
      expect(() => loadConfig({ CORS_ORIGINS: bad }), bad).toThrow(/CORS_ORIGINS: /);
    }
  });

  it('when the operations settings are set, they should be checked: a short OPS_TOKEN is refused', () => {
    expect(loadConfig({}).OPS_HOST).toBe('127.0.0.1');
    expect(loadConfig({ OPS_PORT: '9100', OPS_TOKEN: 'x'.repeat(16) })).toMatchObject({ OPS_PORT: 9100 });
    expect(() => loadConfig({ OPS_TOKEN: 'short' })).toThrow(/OPS_TOKEN: at least 16/);
    expect(() => loadConfig({ HSTS_MAX_AGE_SECONDS: '-1' })).toThrow(/HSTS_MAX_AGE_SECONDS/);
  });
});
