import { describe, expect, it } from 'vitest';
import { emailTokens, passwordProblems } from './passwordPolicy.js';

describe('password policy', async () => {
  it('when an address is short, its whole, its local part from 3 characters and its domain name should all be protected', async () => {
    expect(emailTokens('jo@x.io')).toEqual(['jo@x.io']);
    expect(emailTokens('Ann.Lee+shop@Example.co.uk')).toEqual(
      expect.arrayContaining(['ann.lee+shop@example.co.uk', 'ann.lee+shop', 'ann', 'lee', 'shop', 'example']),
    );
    expect(await passwordProblems('jo@x.io violet tundra', 'jo@x.io')).toEqual([
      'must not contain the email address or a part of it',
    ]);
    expect(await passwordProblems('Example-violet-tundra-9', 'ann@example.com')).toHaveLength(1);
  });

  it('when a password is a breached or keyboard pattern, it should be refused with advice; a passphrase should pass', async () => {
    for (const weak of ['sunshine2020', 'qwertyuiop123', 'iloveyou2024!', 'Password1234'])
      expect((await passwordProblems(weak, 'ann@example.com'))[0], weak).toMatch(
        /too easy to guess \(strength [0-2] of 4/,
      );
    expect(await passwordProblems('violet ribbon tundra 42', 'ann@example.com')).toEqual([]);
  });

  it('when a password is long, only its first 64 characters should be scored, and the whole should still be checked for the email', async () => {
    const strong = `violet ribbon tundra 42 ${'z'.repeat(200)}`;
    expect(await passwordProblems(strong, 'ann@example.com')).toEqual([]);
    expect(await passwordProblems(`${strong}ann@example.com`, 'ann@example.com')).toHaveLength(1);
  });
});
