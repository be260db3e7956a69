import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestBackend } from '../support/startTestBackend.js';

describe('collections file at start', () => {
  it('when COLLECTIONS_FILE has mistakes, the backend should refuse to start and name each one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'collections-'));
    const file = join(dir, 'collections.json');
    writeFileSync(
      file,
      JSON.stringify({
        collections: {
          jobs: { scope: 'team', conflict: 'lww', schema: { type: 'object' } },
          notes: {
            scope: 'private',
            conflict: 'lww',
            schema: { type: 'object', properties: { a: { type: 'strng' } } },
          },
        },
      }),
    );
    try {
      await expect(startTestBackend('embedded', { env: { COLLECTIONS_FILE: file } })).rejects.toThrow(
        /collections\.json: collections\.jobs\.scope[\s\S]*collections\.json: collections\.notes\.schema/,
      );
      writeFileSync(file, '{ not json');
      await expect(startTestBackend('embedded', { env: { COLLECTIONS_FILE: file } })).rejects.toThrow(
        /not valid JSON/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
