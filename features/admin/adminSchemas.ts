import { z } from '../../platform/http/index.js';

export const UserIdParam = z.object({ id: z.string().openapi({ format: 'uuid' }) });
export const SuspendBody = z
  .strictObject({ reason: z.string().trim().min(1).max(500) })
  .openapi('SuspendUserRequest');
export const RoleBody = z
  .strictObject({ role: z.enum(['user', 'support', 'admin']) })
  .openapi('ChangeRoleRequest');
export const AdminActionResponse = z
  .object({
    userId: z.uuid(),
    role: z.enum(['user', 'support', 'admin']),
    suspended: z.boolean(),
    version: z.number().int(),
    position: z.number().int(),
  })
  .openapi('AdminActionResponse');
