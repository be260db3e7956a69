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
});
