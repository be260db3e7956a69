import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startChild } from '../../test/support/childProcess.js';

describe('readOrCreateOnce: a secret generated once into a folder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'eventide-once-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('when eight processes start on a fresh folder at the same instant, they should all get the one content written', async () => {
    const file = join(folder, 'keys', 'secret');
    const env = { RACE_FILE: file, RACE_AT: String(Date.now() + 6_000) };
    const children = Array.from({ length: 8 }, () => startChild('test/support/createOnceRacer.ts', env));
    await Promise.all(children.map((child) => child.waitFor('got:', 30_000)));
    const got = children.map((child) => /got:(\S+)/.exec(child.output())![1]);
    expect(new Set(got).size).toBe(1);
    expect(got[0]).toBe(readFileSync(file, 'utf8'));
    // No half-made file is left behind.
    expect(readdirSync(join(folder, 'keys'))).toEqual(['secret']);
  }, 40_000);
});
