import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../app/index.js';

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('when the configuration schema gains a variable, the README table should list it', () => {
    const missing = Object.keys(configSchema.shape).filter(
      (name) => !new RegExp(`^\\|\\s*\`${name}\`\\s*\\|`, 'm').test(readme),
    );
    expect(missing).toEqual([]);
  });

  it('when a script is named in the README, package.json should define it', () => {
    const scripts = Object.keys(
      (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts,
    );
    const named = [...readme.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]);
    expect(named.filter((n) => !scripts.includes(n!))).toEqual([]);
  });
});
