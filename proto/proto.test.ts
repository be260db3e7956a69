import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateProto } from '../scripts/genProto.js';
import { FeedPage } from './index.js';

describe('proto', () => {
  it('when the .proto sources are compiled again, the committed generated code should be identical', () => {
    const dir = mkdtempSync(join(tmpdir(), 'proto-'));
    try {
      generateProto(dir);
      for (const file of ['mobile.js', 'mobile.d.ts']) {
        expect(readFileSync(join(dir, file), 'utf8'), `${file} is stale: run npm run proto`).toBe(
          readFileSync(join('proto/generated', file), 'utf8'),
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('when a feed page is encoded and decoded, it should come back equal, tombstones included', () => {
    const page = FeedPage.create({
      changes: [
        { collection: 'devices', id: 'd1', version: 2, device: { id: 'd1', platform: 'ios', locale: 'en' } },
        { collection: 'devices', id: 'd2', version: 5, tombstone: { deletedAt: '2026-01-01T00:00:00Z' } },
      ],
      nextCursor: 'abc',
      hasMore: true,
      position: 42,
    });
    const decoded = FeedPage.decode(FeedPage.encode(page).finish());
    const json = FeedPage.toObject(decoded, { longs: Number, oneofs: true });
    expect(json).toMatchObject({
      nextCursor: 'abc',
      hasMore: true,
      position: 42,
      changes: [
        { collection: 'devices', id: 'd1', version: 2, body: 'device', device: { platform: 'ios' } },
        { id: 'd2', body: 'tombstone', tombstone: { deletedAt: '2026-01-01T00:00:00Z' } },
      ],
    });
  });
});
