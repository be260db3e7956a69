import type { FeedSource } from '../../projectors/index.js';

/** The sources that can hold one of `collections`: a system source by name, 'app' ones for the rest. */
export function feedSourcesFor(
  sources: readonly FeedSource[],
  collections: readonly string[] | undefined,
): readonly FeedSource[] {
  if (!collections) return sources;
  const system = new Set(sources.flatMap((s) => (s.collections === 'app' ? [] : s.collections)));
  const hasApp = collections.some((c) => !system.has(c));
  return sources.filter((s) =>
    s.collections === 'app' ? hasApp : s.collections.some((c) => collections.includes(c)),
  );
}

/**
 * The projections a feed read waits for and pages up to: those of the sources of `collections`
 * for a filtered feed (its cursors are its own, so a read-your-write of one collection waits for
 * its projection only), every feed projection for the whole feed.
 */
export function feedProjectionsFor(
  sources: readonly FeedSource[],
  collections: readonly string[] | undefined,
): string[] {
  const all = [...new Set(sources.map((s) => s.projection))];
  if (!collections) return all;
  const own = [...new Set(feedSourcesFor(sources, collections).map((s) => s.projection))];
  return own.length > 0 ? own : all;
}
