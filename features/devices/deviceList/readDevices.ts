import type { Knex } from 'knex';
import { DEVICE_CATEGORY } from '../../../domain/device/index.js';
import { streamName } from '../../../infra/eventStore/index.js';
import { activeRows, activeTable, type ExportedRows } from '../../../projectors/runtime/index.js';

type Time = Date | string;
const iso = (value: Time) => new Date(value).toISOString();
const isoOrNull = (value: Time | null) => (value === null ? null : iso(value));

/** A device as staff see it (removed ones included). */
export interface DeviceSummary {
  id: string;
  platform: string;
  appVersion: string;
  locale: string;
  timezone: string;
  registeredAt: string;
  deletedAt: string | null;
}

/** An active device as its owner sees it: "last seen" is its session's last refresh. */
export interface ActiveDevice {
  id: string;
  name: string | null;
  platform: 'ios' | 'android' | 'web';
  model: string | null;
  osVersion: string | null;
  appVersion: string;
  locale: string;
  timezone: string;
  fingerprint: string | null;
  signInMethod: string | null;
  deviceKey: boolean;
  registeredAt: string;
  lastSeenAt: string;
  version: number;
}

interface DeviceRecord {
  device_id: string;
  name: string | null;
  platform: 'ios' | 'android' | 'web';
  model: string | null;
  os_version: string | null;
  app_version: string;
  locale: string;
  timezone: string;
  fingerprint: string | null;
  sign_in_method: string | null;
  has_key: boolean;
  registered_at: Time;
  deleted_at: Time | null;
  version: string | number;
}

const devicesTable = (knex: Knex) => activeTable(knex, 'devices', 'devices');

/** Every device the user registered, oldest first; undefined before the devices table is built. */
export async function devicesOf(knex: Knex, userId: string): Promise<DeviceSummary[] | undefined> {
  const table = await devicesTable(knex);
  if (!table) return undefined;
  const rows = await knex(table).where({ user_id: userId }).orderBy('registered_at').select<DeviceRecord[]>();
  return rows.map((d) => ({
    id: d.device_id,
    platform: d.platform,
    appVersion: d.app_version,
    locale: d.locale,
    timezone: d.timezone,
    registeredAt: iso(d.registered_at),
    deletedAt: isoOrNull(d.deleted_at),
  }));
}

/**
 * The user's devices not removed, most recently seen first (the later of the device's own update
 * and its session's last refresh); undefined before the devices or sessions table is built.
 */
export async function activeDevicesOf(knex: Knex, userId: string): Promise<ActiveDevice[] | undefined> {
  const [devices, sessions] = await Promise.all([
    devicesTable(knex),
    activeTable(knex, 'sessions', 'sessions'),
  ]);
  if (!devices || !sessions) return undefined;
  const rows = await knex(`${devices} as d`)
    .leftJoin(`${sessions} as s`, 's.session_id', 'd.session_id')
    .where('d.user_id', userId)
    .whereNull('d.deleted_at')
    .select<(DeviceRecord & { last_seen_at: Time })[]>(
      'd.*',
      knex.raw('greatest(d.updated_at, coalesce(s.last_used_at, d.updated_at)) as last_seen_at'),
    )
    .orderBy('last_seen_at', 'desc');
  return rows.map((r) => ({
    id: r.device_id,
    name: r.name,
    platform: r.platform,
    model: r.model,
    osVersion: r.os_version,
    appVersion: r.app_version,
    locale: r.locale,
    timezone: r.timezone,
    fingerprint: r.fingerprint,
    signInMethod: r.sign_in_method,
    deviceKey: r.has_key,
    registeredAt: iso(r.registered_at),
    lastSeenAt: iso(r.last_seen_at),
    version: Number(r.version),
  }));
}

/** The user's device rows as stored, and the streams of those devices (for their data export). */
export async function deviceExportOf(knex: Knex, userId: string): Promise<ExportedRows> {
  const rows = await activeRows(knex, 'devices', 'devices', { user_id: userId });
  return { rows, streams: rows.map((d) => streamName(DEVICE_CATEGORY, String(d.device_id))) };
}
