import type { Knex } from 'knex';
import { versionedTable } from './Projection.js';

const cache = new Map<string, { version: number | undefined; at: number }>();
const TTL_MS = 1000;

/** The version of a projection that serves reads (blue/green), cached for a second. */
export async function activeVersion(knex: Knex, projection: string): Promise<number | undefined> {
  const hit = cache.get(projection);
  if (hit && performance.now() - hit.at < TTL_MS && hit.version !== undefined) return hit.version;
  const row = await knex('projection_registry')
    .where({ projection })
    .first<{ active_version: number } | undefined>('active_version');
  cache.set(projection, { version: row?.active_version, at: performance.now() });
  return row?.active_version;
}

/** The physical table serving reads for `base` of `projection`, or undefined before its first build. */
export async function activeTable(knex: Knex, projection: string, base: string): Promise<string | undefined> {
  const version = await activeVersion(knex, projection);
  return version === undefined ? undefined : versionedTable(base, version);
}

/** The lowest checkpoint over the active versions' partitions: every event up to it is visible. */
export async function projectionsPosition(knex: Knex, projections: readonly string[]): Promise<number> {
  const result = await knex.raw<{ rows: { position: number | null; missing: number }[] }>(
    `select min(c.position) as position,
            (select count(*) from unnest(?::text[]) p where p not in (select projection from projection_registry)) as missing
       from projection_checkpoints c
       join projection_registry r on r.projection = c.projection and r.active_version = c.version
      where c.projection = any(?::text[])`,
    [[...projections], [...projections]],
  );
  const row = result.rows[0];
  if (!row || Number(row.missing) > 0) return 0;
  return Number(row.position ?? 0);
}

/**
 * Blue/green: once every partition of `version` has reached `head`, it becomes the active
 * version (never going back to an older one). True when this call switched it.
 */
export async function switchOverWhenCaughtUp(
  knex: Knex,
  projection: string,
  version: number,
  head: number,
): Promise<boolean> {
  const rows = await knex('projection_checkpoints')
    .where({ projection, version })
    .select<{ position: number; partitions: number }[]>('position', 'partitions');
  const partitions = rows[0]?.partitions ?? 1;
  if (rows.length < partitions || rows.some((r) => Number(r.position) < head)) return false;
  const switched = await knex.raw<{ rows: unknown[] }>(
    `insert into projection_registry (projection, active_version) values (?, ?)
     on conflict (projection) do update set active_version = excluded.active_version, switched_at = now()
     where projection_registry.active_version < excluded.active_version
     returning projection`,
    [projection, version],
  );
  return switched.rows.length > 0;
}
