import { describe, expect, it } from 'vitest';
import { MemoryCache } from '../../infra/cache/index.js';
import { CacheChangeSignal } from '../../infra/changeSignal/index.js';
import { FeedChangeTracker } from './FeedChangeTracker.js';

describe('FeedChangeTracker', () => {
  it('when a user is unknown, it should not claim the feed unchanged', () => {
    const tracker = new FeedChangeTracker();
    expect(tracker.unchangedSince('u', 100)).toBe(false);
  });

  it('when a whole-feed read found the last change, a device behind the read but past the change should be unchanged', () => {
    const tracker = new FeedChangeTracker();
    tracker.advance('u', 10); // announced
    // One device reads from 10 up to 50 (others wrote meanwhile): nothing new for the user.
    tracker.settle('u', 10, undefined, 50);
    expect(tracker.unchangedSince('u', 20)).toBe(true);
    // Its next read, from 50 to 90: still nothing; the other device's cursor (20) stays current.
    tracker.settle('u', 50, undefined, 90);
    expect(tracker.unchangedSince('u', 20)).toBe(true);
    expect(tracker.unchangedSince('u', 5)).toBe(false);
  });

  it('when a read finds rows, the last one should be the latest change', () => {
    const tracker = new FeedChangeTracker();
    tracker.settle('u', 0, 42, 60);
    expect(tracker.latestKnown('u')).toBe(42);
    expect(tracker.unchangedSince('u', 42)).toBe(true);
    expect(tracker.unchangedSince('u', 41)).toBe(false);
  });

  it('when a change was announced after the read reached its end, the read should not hide it', () => {
    const tracker = new FeedChangeTracker();
    tracker.settle('u', 0, 10, 50);
    tracker.advance('u', 70); // committed after the read's snapshot, announced before it reports
    tracker.settle('u', 50, undefined, 60);
    expect(tracker.unchangedSince('u', 60)).toBe(false);
    expect(tracker.latestKnown('u')).toBe(70);
  });

  it('when a user nobody knew reads an empty page, the cursor should bound the last change', () => {
    const tracker = new FeedChangeTracker();
    tracker.settle('u', 30, undefined, 80);
    expect(tracker.unchangedSince('u', 30)).toBe(true);
    expect(tracker.unchangedSince('u', 29)).toBe(false);
  });

  it('when announcements were lost, it should know nothing again', async () => {
    const tracker = new FeedChangeTracker();
    const signal = new CacheChangeSignal(new MemoryCache());
    await tracker.start(signal);
    tracker.settle('u', 0, 5, 10);
    expect(tracker.unchangedSince('u', 100)).toBe(true);
    await signal.publishLost();
    await expect.poll(() => tracker.unchangedSince('u', 100)).toBe(false);
    await tracker.stop();
  });
});
