import { describe, expect, it } from 'vitest';
import { PasswordStrength } from './PasswordStrength.js';

describe('PasswordStrength', () => {
  it('when passwords are checked, a worker should score them; after an idle spell it should end, and the next check start it again', async () => {
    const strength = new PasswordStrength(50);
    try {
      expect(strength.running).toBe(false);
      const [weak, strong] = await Promise.all([
        strength.check('qwertyuiop123', []),
        strength.check('violet ribbon tundra 42', []),
      ]);
      expect(weak.score).toBeLessThan(3);
      expect(weak.feedback.warning).toEqual(expect.any(String));
      expect(strong.score).toBeGreaterThanOrEqual(3);
      await expect.poll(() => strength.running, { timeout: 5_000 }).toBe(false);
      // The address's parts count against a password that holds them.
      const personal = await strength.check('annabelle-lee-1990', ['annabelle', 'lee']);
      expect(strength.running).toBe(true);
      expect(personal.score).toBeLessThan((await strength.check('violet ribbon tundra 42', [])).score);
    } finally {
      await strength.stop();
    }
  });

  it('when the worker is ended while a check waits, the check should fail rather than hang, and the next one work', async () => {
    const strength = new PasswordStrength();
    try {
      const waiting = strength.check('violet ribbon tundra 42', []);
      await strength.stop();
      await expect(waiting).rejects.toThrow(/exited/);
      expect((await strength.check('violet ribbon tundra 42', [])).score).toBeGreaterThanOrEqual(3);
    } finally {
      await strength.stop();
    }
  });
});
