import { describe, expect, it } from 'vitest';
import { TypingThrottle } from './TypingThrottle.js';

const clock = () => {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

describe('TypingThrottle', () => {
  it('when keystrokes come every 100 ms in one conversation, it should let one call through per interval', () => {
    const time = clock();
    const throttle = new TypingThrottle({ perConversationMs: 3_000, count: 10, windowMs: 10_000 }, time.now);
    const passed: number[] = [];
    for (let t = 0; t < 10_000; t += 100, time.advance(100)) if (throttle.take('c1')) passed.push(t);
    expect(passed).toEqual([0, 3_000, 6_000, 9_000]);
  });

  it('when many conversations type at once, it should never exceed the server limit in any window', () => {
    const time = clock();
    const throttle = new TypingThrottle({ perConversationMs: 3_000, count: 10, windowMs: 10_000 }, time.now);
    const sent: number[] = [];
    for (let t = 0; t < 30_000; t += 250, time.advance(250))
      for (let c = 0; c < 8; c++) if (throttle.take(`c${c}`)) sent.push(t);
    for (const start of sent)
      expect(sent.filter((t) => t >= start && t < start + 10_000).length).toBeLessThanOrEqual(10);
    expect(sent.length).toBeGreaterThanOrEqual(25);
  });

  it('when the conversation is reset (message sent), the next keystroke should go at once', () => {
    const time = clock();
    const throttle = new TypingThrottle(undefined, time.now);
    expect(throttle.take('c1')).toBe(true);
    time.advance(500);
    expect(throttle.take('c1')).toBe(false);
    throttle.reset('c1');
    expect(throttle.take('c1')).toBe(true);
  });
});
