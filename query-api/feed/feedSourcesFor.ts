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
