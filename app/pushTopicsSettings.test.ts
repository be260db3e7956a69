import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { configErrorOf } from '../test/support/configErrorOf.js';

const dir = mkdtempSync(join(tmpdir(), 'eventide-topics-settings-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const errorOf = configErrorOf;

describe('PUSH_TOPICS_FILE', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when unset, the built-in categories apply and there are no topics', () => {
    expect(loadConfig({}).PUSH_TOPICS_FILE).toEqual({
      categories: [
        { name: 'security', mutable: false },
        { name: 'messages', mutable: true },
        { name: 'social', mutable: true },
        { name: 'marketing', mutable: true },
      ],
      topics: [],
    });
  });

  it('when the file is sound, its categories and topics are read', () => {
    const path = file('ok.json', JSON.stringify({ topics: [{ name: 'news', subscribers: 'admins' }] }));
    expect(loadConfig({ PUSH_TOPICS_FILE: path }).PUSH_TOPICS_FILE).toEqual({
      categories: [
        { name: 'security', mutable: false },
        { name: 'messages', mutable: true },
      ],
      topics: [{ name: 'news', subscribers: 'admins' }],
    });
  });

  it('when the file has mistakes, the start fails naming each one', () => {
    const path = file(
      'bad.json',
      JSON.stringify({
        categories: [{ name: 'security', mutable: true }],
        topics: [{ name: 'News' }, { name: 'ops', subscribers: 'root' }],
      }),
    );
    const message = errorOf({ PUSH_TOPICS_FILE: path });
    expect(message).toContain('PUSH_TOPICS_FILE');
    expect(message).toContain('"security" cannot be muted');
    expect(message).toContain('topics[0].name');
    expect(message).toContain('topics[1].subscribers: "users" or "admins"');
  });

  it('when the file is missing or not JSON, the start fails saying so', () => {
    expect(errorOf({ PUSH_TOPICS_FILE: join(dir, 'missing.json') })).toContain('cannot read');
    expect(errorOf({ PUSH_TOPICS_FILE: file('broken.json', '{ nope') })).toContain('as JSON');
  });
});
