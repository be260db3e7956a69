import type { Upcaster } from '../shared/index.js';

/**
 * DeviceRegistered v1 → v2: devices registered before the devices list carry no `osVersion`,
 * `model` or `name`; v2 always names them, null when unknown.
 */
export const deviceUpcasters: readonly Upcaster[] = [
  {
    eventType: 'DeviceRegistered',
    fromVersion: 1,
    upcast: (data) => ({
      ...data,
      osVersion: data.osVersion ?? null,
      model: data.model ?? null,
      name: data.name ?? null,
    }),
  },
];
