import { problems } from '../../platform/http/index.js';

const NAME = /^[a-z][a-z0-9_]{0,62}$/;
const FIELD = /^[A-Za-z0-9_]{1,128}$/;

/**
 * What part of the feed a request asks for: `collections=jobs,profile` keeps only those
 * collections; `fields[jobs]=title,status` keeps only those fields of each `jobs` document.
 * A filtered feed has cursors of its own (`scope`), so a filtered cursor cannot be used to pull
 * the whole feed, which would skip the rows the filter left out.
 */
export interface FeedSelection {
  collections: string[] | undefined;
  fields: Map<string, Set<string>>;
  /** Part of the cursor's subject: empty for the whole feed. */
  scope: string;
}

const list = (value: unknown, what: string, pattern: RegExp): string[] => {
  if (typeof value !== 'string')
    throw problems.badRequest('bad-selection', `${what} must be a comma-separated list`);
  const items = value.split(',').map((v) => v.trim());
  if (items.length === 0 || items.length > 100 || items.some((i) => !pattern.test(i))) {
    throw problems.badRequest('bad-selection', `${what} must be a comma-separated list of names`);
  }
  return [...new Set(items)].sort();
};

export function feedSelection(query: Record<string, unknown>): FeedSelection {
  const collections =
    query.collections === undefined ? undefined : list(query.collections, 'collections', NAME);
  const fields = new Map<string, Set<string>>();
  for (const [key, value] of Object.entries(query)) {
    const match = /^fields\[([^\]]*)\]$/.exec(key);
    if (!match) continue;
    if (!NAME.test(match[1]!)) throw problems.badRequest('bad-selection', `${key}: not a collection name`);
    fields.set(match[1]!, new Set(list(value, key, FIELD)));
  }
  const scope = collections ? `c=${collections.join(',')}` : '';
  return { collections, fields, scope };
}

/** Keeps only the selected fields of a document of `collection` (all when none are selected). */
export function selectFields(
  selection: FeedSelection,
  collection: string,
  document: Record<string, unknown>,
): Record<string, unknown> {
  const wanted = selection.fields.get(collection);
  if (!wanted) return document;
  return Object.fromEntries(Object.entries(document).filter(([name]) => wanted.has(name)));
}
