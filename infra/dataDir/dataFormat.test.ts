import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirError } from './DataDirError.js';
import {
  assertCompatible,
  compatibilityKey,
  FORMAT_FILE,
  PGLITE_VERSION,
  readDataFormat,
} from './dataFormat.js';

const format = (pglite: string) => ({ pglite, postgres: '16', createdAt: 'x', openedAt: 'x' });

describe('dataFormat', () => {
  it('when versions share the on-disk format key (0.minor before 1.0, the major after), they should be compatible', () => {
    expect(compatibilityKey('0.5.16')).toBe(compatibilityKey('0.5.2'));
    expect(compatibilityKey('0.4.9')).not.toBe(compatibilityKey('0.5.0'));
    expect(compatibilityKey('1.2.0')).toBe(compatibilityKey('1.9.3'));
    expect(compatibilityKey('2.0.0')).not.toBe(compatibilityKey('1.9.3'));
  });

  it('when the folder records another PGlite format, assertCompatible should throw naming both versions; the same or none should pass', () => {
    expect(() => assertCompatible('/srv/data', format('0.2.17'))).toThrow(DataDirError);
    expect(() => assertCompatible('/srv/data', format('0.2.17'))).toThrow(
      `The database in /srv/data was written by PGlite 0.2.17 (PostgreSQL 16); this build runs PGlite ${PGLITE_VERSION}`,
    );
    expect(() => assertCompatible('/srv/data', format(PGLITE_VERSION))).not.toThrow();
    expect(() => assertCompatible('/srv/data', undefined)).not.toThrow();
  });

  it('when the version record is damaged, readDataFormat should throw a DataDirError naming the file', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'format-unit-'));
    try {
      expect(readDataFormat(dataDir)).toBeUndefined();
      writeFileSync(join(dataDir, FORMAT_FILE), '{"pglite": 5');
      expect(() => readDataFormat(dataDir)).toThrow(`${join(dataDir, FORMAT_FILE)} is damaged`);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
