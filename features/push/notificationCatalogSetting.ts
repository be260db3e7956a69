import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { defaultNotificationCatalog, parseNotificationCatalog } from '../../domain/notification/index.js';

/**
 * PUSH_TOPICS_FILE: the JSON file declaring the app's notification categories and topics
 * (README, "Topics and notification preferences"). Unset: security, social, marketing, no topics.
 * Every mistake in the file is reported at start.
 */
export const notificationCatalogSetting = z
  .string()
  .optional()
  .transform((path, ctx) => {
    if (path === undefined || path === '') return defaultNotificationCatalog;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: `cannot read ${path} as JSON: ${(e as Error).message}` });
      return z.NEVER;
    }
    const parsed = parseNotificationCatalog(json);
    if (!parsed.ok) {
      for (const message of parsed.errors) ctx.addIssue({ code: 'custom', message: `${path}: ${message}` });
      return z.NEVER;
    }
    return parsed.catalog;
  });
