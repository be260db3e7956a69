import type { DomainCommand } from '../shared/index.js';
import type { DeviceAttributes } from './events.js';

export type RegisterDevice = DomainCommand<'RegisterDevice', DeviceAttributes & { deviceId: string }>;
export type UpdateDevice = DomainCommand<'UpdateDevice', Partial<DeviceAttributes> & { deviceId: string }>;
export type RemoveDevice = DomainCommand<'RemoveDevice', { deviceId: string }>;

export type DeviceCommand = RegisterDevice | UpdateDevice | RemoveDevice;
