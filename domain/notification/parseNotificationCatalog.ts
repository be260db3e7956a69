import {
  MESSAGES_CATEGORY,
  NAME,
  SECURITY_CATEGORY,
  type NotificationCatalog,
  type NotificationCategory,
  type NotificationTopic,
} from './catalog.js';

export type CatalogParse = { ok: true; catalog: NotificationCatalog } | { ok: false; errors: string[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks an object has only `allowed` keys, reporting each other one. */
function unknownKeys(value: Record<string, unknown>, allowed: string[], where: string, errors: string[]) {
  for (const key of Object.keys(value))
    if (!allowed.includes(key)) errors.push(`${where}: unknown field "${key}"`);
}

/**
 * Reads the PUSH_TOPICS_FILE JSON: `{ "categories": [{ "name", "mutable"? }], "topics": [{ "name",
 * "subscribers": "users" | "admins" }] }`. Every mistake is listed, not only the first. The
 * `security` category is always there and never mutable (declaring it mutable is a mistake);
 * `messages` (chat message pushes) is always there too, mutable unless the file says otherwise.
 */
export function parseNotificationCatalog(json: unknown): CatalogParse {
  const errors: string[] = [];
  if (!isObject(json)) return { ok: false, errors: ['the file must hold a JSON object'] };
  unknownKeys(json, ['categories', 'topics'], 'the file', errors);
  const categories: NotificationCategory[] = [{ name: SECURITY_CATEGORY, mutable: false }];
  const topics: NotificationTopic[] = [];
  const seen = (list: { name: string }[], name: string) => list.some((c) => c.name === name);

  const rawCategories = json.categories ?? [];
  if (!Array.isArray(rawCategories)) errors.push('categories: must be an array');
  else
    rawCategories.forEach((raw: unknown, i) => {
      const where = `categories[${i}]`;
      if (!isObject(raw)) return errors.push(`${where}: must be an object`);
      unknownKeys(raw, ['name', 'mutable'], where, errors);
      const { name, mutable = true } = raw;
      if (typeof name !== 'string' || !NAME.test(name))
        return errors.push(`${where}.name: lower-case letters, digits, "_", "-" or ".", 1–64 long`);
      if (typeof mutable !== 'boolean') return errors.push(`${where}.mutable: true or false`);
      if (name === SECURITY_CATEGORY) {
        if (mutable) errors.push(`${where}: "security" cannot be muted (mutable must be false)`);
        return;
      }
      if (seen(categories, name)) return errors.push(`${where}: "${name}" is declared twice`);
      categories.push({ name, mutable });
    });

  if (!seen(categories, MESSAGES_CATEGORY))
    categories.splice(1, 0, { name: MESSAGES_CATEGORY, mutable: true });

  const rawTopics = json.topics ?? [];
  if (!Array.isArray(rawTopics)) errors.push('topics: must be an array');
  else
    rawTopics.forEach((raw: unknown, i) => {
      const where = `topics[${i}]`;
      if (!isObject(raw)) return errors.push(`${where}: must be an object`);
      unknownKeys(raw, ['name', 'subscribers'], where, errors);
      const { name, subscribers = 'users' } = raw;
      if (typeof name !== 'string' || !NAME.test(name))
        return errors.push(`${where}.name: lower-case letters, digits, "_", "-" or ".", 1–64 long`);
      if (subscribers !== 'users' && subscribers !== 'admins')
        return errors.push(`${where}.subscribers: "users" or "admins"`);
      if (seen(topics, name)) return errors.push(`${where}: "${name}" is declared twice`);
      topics.push({ name, subscribers });
    });

  return errors.length > 0 ? { ok: false, errors } : { ok: true, catalog: { categories, topics } };
}
