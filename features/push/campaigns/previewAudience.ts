import type { Knex } from 'knex';
import type { NotificationAudience } from '../../../domain/notification/index.js';
import { HttpProblem } from '../../../platform/http/index.js';
import { readAudiencePage } from '../fanOut/index.js';

const PAGE = 5_000;

/**
 * How many devices (and distinct users) an audience holds now, by paging it as the fan-out will
 * (readAudiencePage), before preferences, quiet hours and caps. Users are counted in memory, so
 * an audience over `maxDevices` is refused (422) rather than counted.
 */
export async function previewAudience(
  knex: Knex,
  audience: NotificationAudience,
  maxDevices = 1_000_000,
): Promise<{ devices: number; users: number }> {
  const users = new Set<string>();
  let devices = 0;
  let after: string | null = null;
  do {
    const page = await readAudiencePage(knex, audience, { after, limit: PAGE });
    if (!page)
      throw new HttpProblem(503, 'not-ready', 'Not ready', 'The audience read models are being built');
    devices += page.devices.length;
    for (const d of page.devices) users.add(d.userId);
    after = page.next;
    if (devices > maxDevices)
      throw new HttpProblem(
        422,
        'audience-too-large-to-preview',
        'The audience is too large to preview',
        `More than ${maxDevices} devices`,
      );
  } while (after);
  return { devices, users: users.size };
}
