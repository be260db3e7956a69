import { describe, expect, it } from 'vitest';
import { lazily } from './lazily.js';

describe('lazily', () => {
  it('when called many times, it should load once; when the load fails, the next call should load again', async () => {
    let loads = 0;
    const fail = [true, false];
    const get = lazily(async () => {
      loads++;
      if (fail.shift()) throw new Error('no');
      return loads;
    });
    await expect(get()).rejects.toThrow('no');
    expect(await Promise.all([get(), get(), get()])).toEqual([2, 2, 2]);
    expect(await get()).toBe(2);
    expect(loads).toBe(2);
  });
});
