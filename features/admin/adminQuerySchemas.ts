import { z } from '../../platform/http/index.js';

const position = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const role = z.enum(['user', 'support', 'admin']);

export const SearchQuery = z.object({
  q: z.string().trim().max(254).default(''),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  after: z.string().max(254).optional(),
  min_position: position.optional(),
});
export const AuditQuery = z.object({
  userId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  after: position.optional(),
  min_position: position.optional(),
});
export const ViewQuery = z.object({ min_position: position.optional() });

export const AdminUser = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    emailVerified: z.boolean(),
    role,
    suspended: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('AdminUser');
export const UserPage = z
  .object({ users: z.array(AdminUser), next: z.string().nullable() })
  .openapi('AdminUserPage');
export const AdminSession = z
  .object({
    id: z.uuid(),
    deviceId: z.uuid().nullable(),
    startedAt: z.string(),
    lastUsedAt: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    revokeReason: z.string().nullable(),
  })
  .openapi('AdminSession');
export const AdminDevice = z
  .object({
    id: z.uuid(),
    platform: z.string(),
    appVersion: z.string(),
    locale: z.string(),
    timezone: z.string(),
    registeredAt: z.string(),
    deletedAt: z.string().nullable(),
  })
  .openapi('AdminDevice');
export const AdminUserView = z
  .object({ user: AdminUser, devices: z.array(AdminDevice), sessions: z.array(AdminSession) })
  .openapi('AdminUserView');
export const AuditEntry = z
  .object({
    position: z.number().int(),
    eventId: z.uuid(),
    at: z.string(),
    actorId: z.uuid().nullable(),
    action: z.enum(['role_changed', 'suspended', 'unsuspended', 'forced_sign_out', 'erased']),
    targetUserId: z.uuid(),
    details: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEntry');
export const AuditPage = z
  .object({ entries: z.array(AuditEntry), next: z.number().int().nullable() })
  .openapi('AuditLogPage');
